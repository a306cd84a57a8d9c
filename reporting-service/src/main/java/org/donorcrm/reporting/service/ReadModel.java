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
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

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

    /** What a batch did: events applied, and events skipped because they had been applied before. */
    public record BatchResult(int applied, int skipped) {
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
        boolean applied = applyOnce(eventId, type, data, null);
        ledger.flushPending();
        if (applied) {
            changed.fire(new FiguresChanged(1));
        }
        return applied;
    }

    /**
     * Applies a batch of events in ONE transaction, in the order given (the live consumers pass a Kafka poll: each
     * partition's records in offset order). All or nothing: any failure (an unreadable event, a database error)
     * rolls the whole batch back and is thrown, so the caller can retry it or fall back to one event per
     * transaction. An event applied before (its id in processed_event) or twice in the batch counts once.
     */
    @Transactional
    public BatchResult applyBatch(List<Envelope> events) {
        Set<String> known = processedAmong(events);
        ledger.preloadAliases(donorsOfGifts(events, known));
        int applied = 0;
        for (Envelope event : events) {
            applied += applyOnce(event.id(), event.type(), event.data(), known) ? 1 : 0;
        }
        ledger.flushPending();
        if (applied > 0) {
            changed.fire(new FiguresChanged(applied));
        }
        return new BatchResult(applied, events.size() - applied);
    }

    /** The ids of the batch already in processed_event: one query instead of one per event. */
    private Set<String> processedAmong(List<Envelope> events) {
        List<String> ids = events.stream().map(Envelope::id).filter(Objects::nonNull).distinct().toList();
        Set<String> known = new HashSet<>();
        if (!ids.isEmpty()) {
            known.addAll(entityManager.createQuery("select p.eventId from ProcessedEvent p where p.eventId in :ids",
                    String.class).setParameter("ids", ids).getResultList());
        }
        return known;
    }

    /**
     * The donor ids of the batch's gift events still to apply, read ahead so that their aliases take one query; an
     * event that cannot be read here is left to its handler (which rejects it).
     */
    private Set<String> donorsOfGifts(List<Envelope> events, Set<String> known) {
        Set<String> donors = new HashSet<>();
        for (Envelope event : events) {
            if (event.data() == null || known.contains(event.id()) || !(GiftRecorded.TYPE.equals(event.type())
                    || GiftReversed.TYPE.equals(event.type()) || GiftReallocated.TYPE.equals(event.type()))) {
                continue;
            }
            try {
                String donorId = objectMapper.readTree(event.data()).path("donorId").textValue();
                if (donorId != null) {
                    donors.add(donorId);
                }
            } catch (JsonProcessingException | RuntimeException e) {
                // unreadable: its handler says so
            }
        }
        return donors;
    }

    // private, so that applyAll's calls are not intercepted: an unreadable event must not mark its batch rollback-only.
    // known: the ids processed so far in this transaction's batch (loaded up front, grown as events are applied), or
    // null to look the id up.
    private boolean applyOnce(String eventId, String type, String data, Set<String> known) {
        if (eventId == null || eventId.isBlank()) {
            throw new UnreadableEvent("event without id");
        }
        if (known != null ? known.contains(eventId) : entityManager.find(ProcessedEvent.class, eventId) != null) {
            return false;
        }
        switch (type == null ? "" : type) {
            case GiftRecorded.TYPE -> ledger.recorded(eventId, read(data, GiftRecorded.class));
            case GiftReversed.TYPE -> ledger.reversed(eventId, read(data, GiftReversed.class));
            case GiftReallocated.TYPE -> ledger.reallocated(eventId, read(data, GiftReallocated.class));
            case ReplicaEvents.DONOR_REGISTERED, ReplicaEvents.DONOR_UPDATED ->
                    replicas.donor(read(data, ReplicaEvents.DonorState.class));
            case ReplicaEvents.DONORS_MERGED -> {
                ReplicaEvents.DonorsMerged merge = read(data, ReplicaEvents.DonorsMerged.class);
                // the merge re-keys ledger rows: the rows of this transaction so far must be in the table first
                ledger.flushPending();
                ledger.forgetAliases();
                replicas.merged(merge);
            }
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
        if (known != null) {
            known.add(eventId);
        }
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
        Set<String> known = processedAmong(events);
        ledger.preloadAliases(donorsOfGifts(events, known));
        for (Envelope event : events) {
            try {
                applied += applyOnce(event.id(), event.type(), event.data(), known) ? 1 : 0;
            } catch (UnreadableEvent e) {
                unreadable++;
            }
        }
        ledger.flushPending();
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
