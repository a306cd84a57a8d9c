package org.donorcrm.donor.giving;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import org.donorcrm.platform.consume.BatchConsumer;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.util.concurrent.CompletionStage;

/**
 * Feeds the donors' giving facts from {@code crm.gifts}: each Kafka poll is applied to the {@link GivingLedger} in
 * one transaction by the platform's {@link BatchConsumer} (exactly once per event id, offsets committed after the
 * commit, database failures retried, a poison event applied one by one and sent alone to {@code crm.gifts.dlq.donor}).
 */
@ApplicationScoped
public class GiftEventsConsumer {

    private final BatchConsumer batchConsumer;
    private final GivingLedger ledger;

    public GiftEventsConsumer(BatchConsumer batchConsumer, GivingLedger ledger) {
        this.batchConsumer = batchConsumer;
        this.ledger = ledger;
    }

    @Incoming("gift-events")
    @Blocking
    public CompletionStage<Void> consume(KafkaRecordBatch<String, String> batch) {
        return batchConsumer.consume(batch, ledger);
    }
}
