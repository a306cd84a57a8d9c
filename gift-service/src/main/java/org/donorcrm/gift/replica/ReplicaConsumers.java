package org.donorcrm.gift.replica;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import org.donorcrm.platform.consume.BatchConsumer;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.util.concurrent.CompletionStage;

/**
 * Keeps the donor, fund and campaign replicas from {@code crm.donors} and {@code crm.campaigns}: each poll of a
 * channel is applied by {@link ReplicaService} in one transaction ({@link BatchConsumer}: exactly once, offsets after
 * the commit, database failures retried, a poison event alone to {@code crm.<topic>.dlq.gift}).
 */
@ApplicationScoped
public class ReplicaConsumers {

    private final BatchConsumer consumer;
    private final ReplicaService replicas;

    public ReplicaConsumers(BatchConsumer consumer, ReplicaService replicas) {
        this.consumer = consumer;
        this.replicas = replicas;
    }

    @Incoming("donor-events")
    @Blocking
    public CompletionStage<Void> donors(KafkaRecordBatch<String, String> batch) {
        return consumer.consume(batch, replicas);
    }

    @Incoming("campaign-events")
    @Blocking
    public CompletionStage<Void> campaigns(KafkaRecordBatch<String, String> batch) {
        return consumer.consume(batch, replicas);
    }
}
