package org.donorcrm.reporting.ledger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import org.donorcrm.platform.consume.BatchResult;
import org.donorcrm.platform.consume.Envelope;
import org.donorcrm.platform.consume.EventApplier;
import org.donorcrm.platform.consume.NotBatchable;
import org.donorcrm.platform.consume.ProcessedEvents;
import org.donorcrm.platform.consume.UnreadableEvent;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The one door through which events change the read models (income ledger, replicas and the known income of
 * {@link KnownIncome}), each event exactly
 * once: its id is recorded in {@code processed_event} in the same transaction as its effect, and an id seen before
 * is skipped. The live consumers and the rebuild both come through here, so a replay applies events exactly as they
 * were applied live.
 */
@ApplicationScoped
public class ReadModel implements EventApplier {

    private final ObjectMapper objectMapper;
    private final ProcessedEvents processed;
    private final IncomeLedger ledger;
    private final Replicas replicas;
    private final KnownIncome known;
    private final Event<FiguresChanged> changed;

    public ReadModel(ObjectMapper objectMapper, ProcessedEvents processed, IncomeLedger ledger, Replicas replicas,
                     KnownIncome known, Event<FiguresChanged> changed) {
        this.objectMapper = objectMapper;
        this.processed = processed;
        this.ledger = ledger;
        this.replicas = replicas;
        this.known = known;
        this.changed = changed;
    }

    @Override
    @Transactional
    public boolean apply(String eventId, String type, String data) {
        requireId(eventId);
        if (processed.seen(eventId)) {
            return false;
        }
        applyNew(eventId, type, data);
        processed.record(eventId, typeOf(type));
        ledger.flushPending();
        changed.fire(new FiguresChanged(1));
        return true;
    }

    /**
     * Applies a Kafka poll in ONE transaction, in the order given (each partition's records in offset order). All or
     * nothing: any failure (an unreadable event, a database error, an id that is not a lower-case UUID) rolls the
     * whole batch back and is thrown, so the caller can retry it or fall back to one event per transaction.
     */
    @Override
    @Transactional
    public BatchResult applyBatch(List<Envelope> events) {
        events.forEach(event -> NotBatchable.requireComparable(event.id()));
        Set<String> known = processed.among(events.stream().map(Envelope::id).toList());
        Set<String> donors = donorsOfGifts(events, known);
        donors.forEach(NotBatchable::requireComparable);
        ledger.preloadAliases(donors);
        List<Envelope> applied = new ArrayList<>();
        for (Envelope event : events) {
            if (applyOnce(event, known)) {
                applied.add(event);
            }
        }
        finish(applied);
        return new BatchResult(applied.size(), events.size() - applied.size());
    }

    /**
     * Applies a batch in one transaction, skipping the unreadable events (the rebuild's speed comes from this).
     * Every handler checks an event completely before it writes anything, so an unreadable event is skipped without
     * leaving half an effect, just as the live consumer sends it to the dead-letter topic.
     *
     * @return the number of events skipped as unreadable
     */
    @Transactional
    public int applyAll(List<Envelope> events) {
        int unreadable = 0;
        Set<String> known = processed.among(events.stream().map(Envelope::id).toList());
        ledger.preloadAliases(donorsOfGifts(events, known));
        List<Envelope> applied = new ArrayList<>();
        for (Envelope event : events) {
            try {
                if (applyOnce(event, known)) {
                    applied.add(event);
                }
            } catch (UnreadableEvent e) {
                unreadable++;
            }
        }
        finish(applied);
        return unreadable;
    }

    /** Records a batch's applied events, writes its ledger rows and tells the dashboards once it commits. */
    private void finish(List<Envelope> applied) {
        processed.recordAll(applied.stream().map(e -> new Envelope(e.id(), typeOf(e.type()), null)).toList());
        ledger.flushPending();
        if (!applied.isEmpty()) {
            changed.fire(new FiguresChanged(applied.size()));
        }
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

    // private, so that applyAll's calls are not intercepted: an unreadable event must not mark its batch
    // rollback-only. known: the ids processed so far in this transaction's batch (read up front, grown as events are
    // applied).
    private boolean applyOnce(Envelope event, Set<String> known) {
        requireId(event.id());
        if (known.contains(event.id())) {
            return false;
        }
        applyNew(event.id(), event.type(), event.data());
        known.add(event.id());
        return true;
    }

    private static void requireId(String eventId) {
        if (eventId == null || eventId.isBlank()) {
            throw new UnreadableEvent("event without id");
        }
    }

    private void applyNew(String eventId, String type, String data) {
        switch (typeOf(type)) {
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
            case KnownIncomeEvents.GRANT_COMMITTED ->
                    known.grantCommitted(read(data, KnownIncomeEvents.GrantCommitted.class));
            case KnownIncomeEvents.GRANT_INSTALMENT_RECEIVED ->
                    known.instalmentReceived(read(data, KnownIncomeEvents.GrantInstalmentReceived.class));
            case KnownIncomeEvents.MANDATE_SIGNED ->
                    known.mandateSigned(read(data, KnownIncomeEvents.MandateSigned.class));
            case KnownIncomeEvents.MANDATE_STATUS_CHANGED ->
                    known.mandateStatusChanged(read(data, KnownIncomeEvents.MandateStatusChanged.class));
            case KnownIncomeEvents.AGREEMENT_SIGNED ->
                    known.agreementSigned(read(data, KnownIncomeEvents.AgreementSigned.class));
            case KnownIncomeEvents.COLLECTION_SCHEDULED ->
                    known.collectionScheduled(read(data, KnownIncomeEvents.CollectionScheduled.class));
            default -> {
                // crm.grant.instalment-due.v1 and crm.collection.returned.v1 change nothing here: an instalment is
                // outstanding until received whether or not it was announced, and a returned collection's money
                // leaves through its gift's reversal (crm.gift.reversed.v1).
                // Types the read models do not use are marked processed too, so a replay skips them quickly.
            }
        }
    }

    private static String typeOf(String type) {
        return type == null ? "" : type;
    }

    private <T> T read(String data, Class<T> type) {
        try {
            return objectMapper.readValue(data, type);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new UnreadableEvent("event data is not a " + type.getSimpleName(), e);
        }
    }
}
