package org.donorcrm.campaign.messaging;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.ce.IncomingCloudEventMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import org.donorcrm.campaign.service.GiftLedger;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

import java.util.concurrent.CompletionStage;

/**
 * Feeds the campaign results from {@code crm.gifts} (recorded, reversed, reallocated) and {@code crm.donors}
 * (merges), in partition order. The offset is committed only after the event's effect and its id were
 * committed together, so a redelivered event is skipped by {@link GiftLedger}. An event that cannot be
 * applied goes to the topic's dead-letter topic and the consumer carries on.
 */
@ApplicationScoped
public class GiftEventsConsumer {

    private static final Logger LOG = Logger.getLogger(GiftEventsConsumer.class);

    private final GiftLedger ledger;

    public GiftEventsConsumer(GiftLedger ledger) {
        this.ledger = ledger;
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

    private CompletionStage<Void> apply(Message<String> message) {
        try {
            @SuppressWarnings("unchecked")
            IncomingCloudEventMetadata<String> event = message.getMetadata(IncomingCloudEventMetadata.class)
                    .orElseThrow(() -> new UnreadableEvent("not a CloudEvent"));
            TransientRetry.run(() -> ledger.apply(event.getId(), event.getType(), message.getPayload()));
            return message.ack();
        } catch (RuntimeException e) {
            LOG.warnf("event not applied, sent to the dead-letter topic: %s", e.getMessage());
            return message.nack(e);
        }
    }
}
