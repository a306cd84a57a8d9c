package org.donorcrm.reporting.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.donorcrm.reporting.messaging.GiftReallocated;
import org.donorcrm.reporting.messaging.GiftRecorded;
import org.donorcrm.reporting.messaging.GiftReversed;
import org.donorcrm.reporting.messaging.ProcessedEvent;
import org.donorcrm.reporting.messaging.ReplicaEvents;
import org.donorcrm.reporting.messaging.UnreadableEvent;

import java.time.Instant;
import java.util.List;

/**
 * The one door through which events change the read models (income ledger and replicas), each event exactly
 * once: its id is recorded in the same transaction as its effect, and an id seen before is skipped. The live
 * consumers and the rebuild both come through here, so a replay applies events exactly as they were applied live.
 */
@ApplicationScoped
public class ReadModel {

    /** One event as read from a topic. */
    public record Envelope(String id, String type, String data) {
    }

    private final EntityManager entityManager;
    private final ObjectMapper objectMapper;
    private final IncomeLedger ledger;
    private final Replicas replicas;
    private final Event<FiguresChanged> changed;

    public ReadModel(EntityManager entityManager, ObjectMapper objectMapper, IncomeLedger ledger, Replicas replicas,
                     Event<FiguresChanged> changed) {
        this.entityManager = entityManager;
        this.objectMapper = objectMapper;
        this.ledger = ledger;
        this.replicas = replicas;
        this.changed = changed;
    }

    /** @return false when the event had been applied before and nothing changed */
    @Transactional
    public boolean apply(String eventId, String type, String data) {
        boolean applied = applyOnce(eventId, type, data);
        if (applied) {
            changed.fire(new FiguresChanged(1));
        }
        return applied;
    }

    // private, so that applyAll's calls are not intercepted: an unreadable event must not mark its batch rollback-only
    private boolean applyOnce(String eventId, String type, String data) {
        if (eventId == null || eventId.isBlank()) {
            throw new UnreadableEvent("event without id");
        }
        if (entityManager.find(ProcessedEvent.class, eventId) != null) {
            return false;
        }
        switch (type == null ? "" : type) {
            case GiftRecorded.TYPE -> ledger.recorded(eventId, read(data, GiftRecorded.class));
            case GiftReversed.TYPE -> ledger.reversed(eventId, read(data, GiftReversed.class));
            case GiftReallocated.TYPE -> ledger.reallocated(eventId, read(data, GiftReallocated.class));
            case ReplicaEvents.DONOR_REGISTERED, ReplicaEvents.DONOR_UPDATED ->
                    replicas.donor(read(data, ReplicaEvents.DonorState.class));
            case ReplicaEvents.DONORS_MERGED -> replicas.merged(read(data, ReplicaEvents.DonorsMerged.class));
            case ReplicaEvents.DONOR_ERASED -> replicas.erased(read(data, ReplicaEvents.DonorErased.class));
            case ReplicaEvents.FUND_DEFINED -> replicas.fund(read(data, ReplicaEvents.FundDefined.class));
            case ReplicaEvents.CAMPAIGN_DEFINED -> replicas.campaign(read(data, ReplicaEvents.CampaignDefined.class));
            case ReplicaEvents.CAMPAIGN_COST_RECORDED ->
                    replicas.costRecorded(read(data, ReplicaEvents.CampaignCostRecorded.class));
            case ReplicaEvents.CAMPAIGN_COST_REMOVED ->
                    replicas.costRemoved(read(data, ReplicaEvents.CampaignCostRemoved.class));
            default -> {
                // Types the read models do not use are marked processed too, so a replay skips them quickly.
            }
        }
        ProcessedEvent processed = new ProcessedEvent();
        processed.eventId = eventId;
        processed.eventType = type == null ? "" : type;
        processed.processedAt = Instant.now();
        entityManager.persist(processed);
        return true;
    }

    /**
     * Applies a batch in one transaction (the rebuild's speed comes from this). Every handler checks an event
     * completely before it writes anything, so an unreadable event is skipped without leaving half an effect,
     * just as the live consumer sends it to the dead-letter topic.
     *
     * @return the number of events skipped as unreadable
     */
    @Transactional
    public int applyAll(List<Envelope> events) {
        int unreadable = 0;
        int applied = 0;
        for (Envelope event : events) {
            try {
                applied += applyOnce(event.id(), event.type(), event.data()) ? 1 : 0;
            } catch (UnreadableEvent e) {
                unreadable++;
            }
        }
        if (applied > 0) {
            changed.fire(new FiguresChanged(applied));
        }
        return unreadable;
    }

    private <T> T read(String data, Class<T> type) {
        try {
            return objectMapper.readValue(data, type);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new UnreadableEvent("event data is not a " + type.getSimpleName(), e);
        }
    }
}
