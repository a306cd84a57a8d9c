package org.donorcrm.donor.donate;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import org.donorcrm.platform.consume.BatchConsumer;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.util.concurrent.CompletionStage;

/**
 * Feeds the donation page's campaign replica from {@code crm.campaigns}, a poll per transaction through the
 * platform's {@link BatchConsumer} (exactly once, offsets after the commit, a poison event alone to
 * {@code crm.campaigns.dlq.donor}).
 */
@ApplicationScoped
public class CampaignEventsConsumer {

    private final BatchConsumer batchConsumer;
    private final CampaignReplicas replicas;

    public CampaignEventsConsumer(BatchConsumer batchConsumer, CampaignReplicas replicas) {
        this.batchConsumer = batchConsumer;
        this.replicas = replicas;
    }

    @Incoming("campaign-events")
    @Blocking
    public CompletionStage<Void> consume(KafkaRecordBatch<String, String> batch) {
        return batchConsumer.consume(batch, replicas);
    }
}
