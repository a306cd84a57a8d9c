package org.donorcrm.reporting.messaging;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.ce.IncomingCloudEventMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import org.donorcrm.reporting.service.ReadModel;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

import java.util.concurrent.CompletionStage;

/**
 * Feeds the read models from {@code crm.gifts}, {@code crm.donors} and {@code crm.campaigns}, each in partition
 * order. The offset is committed only after the event's effect and its id were committed to the database
 * together, so a crash in between redelivers an event that {@link ReadModel} then skips. An event that cannot be
 * applied goes to the channel's dead-letter topic and the consumer carries on.
 */
@ApplicationScoped
public class ReadModelConsumers {

    private static final Logger LOG = Logger.getLogger(ReadModelConsumers.class);

    private final ReadModel readModel;

    public ReadModelConsumers(ReadModel readModel) {
        this.readModel = readModel;
    }

    @Incoming("gift-events")
    @Blocking
    public CompletionStage<Void> gifts(Message<String> message) {
        return apply(message);
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
            TransientRetry.run(() -> readModel.apply(event.getId(), event.getType(), message.getPayload()));
            return message.ack();
        } catch (RuntimeException e) {
            // the reason names ids and types only: events carry no personal data
            LOG.warnf("event not applied, sent to the dead-letter topic: %s", e.getMessage());
            return message.nack(e);
        }
    }
}
