package org.donorcrm.gift.messaging;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.ce.IncomingCloudEventMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import org.donorcrm.gift.service.ReplicaService;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

import java.util.concurrent.CompletionStage;

/**
 * Keeps the donor, fund and campaign replicas from {@code crm.donors} and {@code crm.campaigns}. Each event is
 * applied once (its id is recorded with its effect); one that cannot be applied goes to the dead-letter topic.
 */
@ApplicationScoped
public class ReplicaConsumers {

    private static final Logger LOG = Logger.getLogger(ReplicaConsumers.class);

    private final ReplicaService replicas;

    public ReplicaConsumers(ReplicaService replicas) {
        this.replicas = replicas;
    }

    @Incoming("donor-events")
    @Blocking
    public CompletionStage<Void> donors(Message<String> message) {
        return apply(message);
    }

    @Incoming("campaign-events")
    @Blocking
    public CompletionStage<Void> campaigns(Message<String> message) {
        return apply(message);
    }

    private CompletionStage<Void> apply(Message<String> message) {
        try {
            @SuppressWarnings("unchecked")
            IncomingCloudEventMetadata<String> event = message.getMetadata(IncomingCloudEventMetadata.class)
                    .orElseThrow(() -> new UnreadableEvent("not a CloudEvent"));
            TransientRetry.run(() -> replicas.apply(event.getId(), event.getType(), message.getPayload()));
            return message.ack();
        } catch (RuntimeException e) {
            LOG.warnf("event not applied, sent to the dead-letter topic: %s", e.getMessage());
            return message.nack(e);
        }
    }
}
