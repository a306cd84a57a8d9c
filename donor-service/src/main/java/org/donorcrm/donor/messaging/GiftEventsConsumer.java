package org.donorcrm.donor.messaging;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.ce.IncomingCloudEventMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import org.donorcrm.donor.service.GivingLedger;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

import java.util.concurrent.CompletionStage;

/**
 * Feeds the donors' giving facts from {@code crm.gifts}, in partition order (one donor's gifts are on one
 * partition). The offset is committed only after the event's effect and its id were committed together, so a
 * redelivered event is skipped by {@link GivingLedger}. An event that cannot be applied goes to the
 * dead-letter topic {@code crm.gifts.dlq.donor} and the consumer carries on.
 */
@ApplicationScoped
public class GiftEventsConsumer {

    private static final Logger LOG = Logger.getLogger(GiftEventsConsumer.class);

    private final GivingLedger ledger;

    public GiftEventsConsumer(GivingLedger ledger) {
        this.ledger = ledger;
    }

    @Incoming("gift-events")
    @Blocking
    public CompletionStage<Void> consume(Message<String> message) {
        try {
            @SuppressWarnings("unchecked")
            IncomingCloudEventMetadata<String> event = message.getMetadata(IncomingCloudEventMetadata.class)
                    .orElseThrow(() -> new UnreadableEvent("not a CloudEvent"));
            TransientRetry.run(() -> ledger.apply(event.getId(), event.getType(), message.getPayload()));
            return message.ack();
        } catch (RuntimeException e) {
            LOG.warnf("gift event not applied, sent to the dead-letter topic: %s", e.getMessage());
            return message.nack(e);
        }
    }
}
