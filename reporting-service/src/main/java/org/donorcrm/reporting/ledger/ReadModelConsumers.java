package org.donorcrm.reporting.ledger;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import org.donorcrm.platform.consume.BatchConsumer;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.util.concurrent.CompletionStage;

/**
 * Feeds the read models from {@code crm.gifts}, {@code crm.donors} and {@code crm.campaigns}: each channel receives
 * the records of one Kafka poll as a batch and hands it to the platform's {@link BatchConsumer}, which applies it
 * through {@link ReadModel} in one transaction (exactly once, offsets after the commit, database failures retried,
 * a poison event dead-lettered to {@code crm.<topic>.dlq.reporting} on its own). Metrics under
 * {@code crm.reporting.consumer.*}. The dashboard's live refresh follows each committed transaction
 * ({@link FiguresChanged}).
 */
@ApplicationScoped
public class ReadModelConsumers {

    private final BatchConsumer batchConsumer;
    private final ReadModel readModel;

    public ReadModelConsumers(BatchConsumer batchConsumer, ReadModel readModel) {
        this.batchConsumer = batchConsumer;
        this.readModel = readModel;
    }

    @Incoming("gift-events")
    @Blocking
    public CompletionStage<Void> gifts(KafkaRecordBatch<String, String> batch) {
        return batchConsumer.consume(batch, readModel);
    }

    @Incoming("donor-events")
    @Blocking
    public CompletionStage<Void> donors(KafkaRecordBatch<String, String> batch) {
        return batchConsumer.consume(batch, readModel);
    }

    @Incoming("campaign-events")
    @Blocking
    public CompletionStage<Void> campaigns(KafkaRecordBatch<String, String> batch) {
        return batchConsumer.consume(batch, readModel);
    }
}
