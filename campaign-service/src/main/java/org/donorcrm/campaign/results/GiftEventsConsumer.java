package org.donorcrm.campaign.results;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import org.donorcrm.platform.consume.BatchConsumer;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.util.concurrent.CompletionStage;

/**
 * Feeds the campaign results from {@code crm.gifts} (recorded, reversed, reallocated) and {@code crm.donors}
 * (merges): each Kafka poll is applied to the {@link GiftLedger} in one transaction by the platform's
 * {@link BatchConsumer} (exactly once, offsets after the commit, database failures retried, a poison event alone to
 * {@code crm.<topic>.dlq.campaign}).
 */
@ApplicationScoped
public class GiftEventsConsumer {

    private final BatchConsumer batchConsumer;
    private final GiftLedger ledger;

    public GiftEventsConsumer(BatchConsumer batchConsumer, GiftLedger ledger) {
        this.batchConsumer = batchConsumer;
        this.ledger = ledger;
    }

    @Incoming("gift-events")
    @Blocking
    public CompletionStage<Void> gifts(KafkaRecordBatch<String, String> batch) {
        return batchConsumer.consume(batch, ledger);
    }

    @Incoming("donor-events")
    @Blocking
    public CompletionStage<Void> donors(KafkaRecordBatch<String, String> batch) {
        return batchConsumer.consume(batch, ledger);
    }
}
