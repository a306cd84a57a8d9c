package org.donorcrm.donor.giving;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.donorcrm.donor.donor.DonorRepository;
import org.donorcrm.platform.consume.BatchResult;
import org.donorcrm.platform.consume.Envelope;
import org.donorcrm.platform.consume.EventApplier;
import org.donorcrm.platform.consume.NotBatchable;
import org.donorcrm.platform.consume.ProcessedEvents;
import org.donorcrm.platform.consume.UnreadableEvent;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Applies gift events to the donors' gift facts and mandates, each exactly once: the event id is recorded in the
 * same transaction as its effect, and an id seen before is skipped. A gift or mandate of a donor that was merged
 * counts for the survivor. A reallocation moves money between funds, not between donors: it changes no giving
 * summary, only the funds a thank-you task names. A periodic-gift agreement and a scheduled collection only keep
 * which mandate pays which agreement and which mandate collected which gift (the annual statement's periodic gifts).
 * The other types on {@code crm.gifts} (grants, returned collections) are marked processed and skipped, so a new type
 * never lands in the dead-letter topic.
 * <p>
 * Two ways in, with the same effect: {@link #apply} takes one event in a transaction of its own and looks up what
 * it needs by id; {@link #applyBatch} takes a Kafka poll in ONE transaction, in the order given, and reads ahead
 * what its events need with one query per table (the ids already processed, the gift facts, the mandates, the
 * donors' merge chains) instead of one lookup per event. Both run the same handlers in the same order; only where a
 * handler finds what is already there differs ({@link Lookups}). Neither takes an explicit lock: the reads are plain
 * reads. A batch reads its donors' merge chains once, at its start, so a merge committed while a batch runs is seen
 * by the next batch (one event per transaction sees it from the next event on).
 */
@ApplicationScoped
public class GivingLedger implements EventApplier {

    /** The ids Java's string equality compares as the tables do ({@link NotBatchable}). */
    private static final Pattern COMPARABLE =
            Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    /** How far a merge chain is followed before it is taken for a loop (as {@link DonorRepository#survivorOf}). */
    private static final int MAX_HOPS = 100;

    private final EntityManager entityManager;
    private final ObjectMapper objectMapper;
    private final GiftFactRepository facts;
    private final DonorRepository donors;
    private final RecurringMandateRepository mandates;
    private final ProcessedEvents processedEvents;
    private final Lookups byId;

    public GivingLedger(EntityManager entityManager, ObjectMapper objectMapper, GiftFactRepository facts,
                        DonorRepository donors, RecurringMandateRepository mandates, ProcessedEvents processedEvents) {
        this.entityManager = entityManager;
        this.objectMapper = objectMapper.copy().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        this.facts = facts;
        this.donors = donors;
        this.mandates = mandates;
        this.processedEvents = processedEvents;
        this.byId = new ById();
    }

    /** @return false when the event had been applied before and nothing changed */
    @Override
    @Transactional
    public boolean apply(String eventId, String type, String data) {
        return applyOnce(eventId, type, data, byId);
    }

    /**
     * Applies a batch of events in ONE transaction, in the order given (the consumer passes a Kafka poll: each
     * partition's records in offset order), with the same effect as {@link #apply} called for each in turn. All or
     * nothing: any failure (an unreadable event, a database error, {@link NotBatchable}) rolls the whole batch back
     * and is thrown, so that the caller can retry it or fall back to one event per transaction. An event applied
     * before (its id in processed_event) or earlier in the same batch counts once.
     */
    @Override
    @Transactional
    public BatchResult applyBatch(List<Envelope> events) {
        InBatch known = readAhead(events);
        int applied = 0;
        for (Envelope event : events) {
            applied += applyOnce(event.id(), event.type(), event.data(), known) ? 1 : 0;
        }
        known.writeProcessed();
        return new BatchResult(applied, events.size() - applied);
    }

    // private, so that applyBatch's calls are not intercepted: a failing event fails its whole batch
    private boolean applyOnce(String eventId, String type, String data, Lookups known) {
        if (eventId == null || eventId.isBlank()) {
            throw new UnreadableEvent("event without id");
        }
        if (known.processed(eventId)) {
            return false;
        }
        if (GiftRecorded.TYPE.equals(type)) {
            recorded(eventId, known.read(eventId, data, GiftRecorded.class), known);
        } else if (GiftReversed.TYPE.equals(type)) {
            reversed(eventId, known.read(eventId, data, GiftReversed.class), known);
        } else if (GiftReallocated.TYPE.equals(type)) {
            reallocated(known.read(eventId, data, GiftReallocated.class), known);
        } else if (MandateSigned.TYPE.equals(type)) {
            signed(eventId, known.read(eventId, data, MandateSigned.class), known);
        } else if (MandateStatusChanged.TYPE.equals(type)) {
            statusChanged(eventId, known.read(eventId, data, MandateStatusChanged.class), known);
        } else if (AgreementSigned.TYPE.equals(type)) {
            agreementSigned(eventId, known.read(eventId, data, AgreementSigned.class));
        } else if (CollectionScheduled.TYPE.equals(type)) {
            collectionScheduled(eventId, known.read(eventId, data, CollectionScheduled.class));
        }
        known.markProcessed(eventId, type);
        return true;
    }

    private void recorded(String eventId, GiftRecorded gift, Lookups known) {
        if (gift.giftId() == null || gift.donorId() == null || gift.incomeDate() == null || gift.amount() == null
                || gift.channel() == null) {
            throw new UnreadableEvent("gift event " + eventId + " misses required fields");
        }
        if (known.fact(gift.giftId()) != null) {
            return; // the same gift announced again under another event id
        }
        GiftFact fact = new GiftFact();
        fact.giftId = gift.giftId();
        fact.originalDonorId = gift.donorId();
        fact.donorId = known.survivorOf(gift.donorId());
        fact.amount = gift.amount();
        fact.incomeDate = gift.incomeDate();
        fact.channel = gift.channel();
        fact.funds = GiftRecorded.funds(gift.allocations());
        known.persist(fact);
    }

    private void reallocated(GiftReallocated reallocation, Lookups known) {
        GiftFact fact = reallocation.giftId() == null ? null : known.fact(reallocation.giftId());
        String funds = GiftRecorded.funds(reallocation.allocations());
        if (fact != null && funds != null) {
            fact.funds = funds;
        }
    }

    private void reversed(String eventId, GiftReversed reversal, Lookups known) {
        if (reversal.giftId() == null || reversal.donorId() == null || reversal.reversalDate() == null
                || reversal.amount() == null || reversal.incomeDate() == null) {
            throw new UnreadableEvent("reversal event " + eventId + " misses required fields");
        }
        GiftFact fact = known.fact(reversal.giftId());
        if (fact == null) {
            // The recording may still be on its way on another partition (the donor was re-keyed by a merge
            // in between): the reversal carries enough to stand for it, and the late recording is then skipped.
            fact = new GiftFact();
            fact.giftId = reversal.giftId();
            fact.originalDonorId = reversal.donorId();
            fact.donorId = known.survivorOf(reversal.donorId());
            fact.amount = reversal.amount();
            fact.incomeDate = reversal.incomeDate();
            fact.channel = "UNKNOWN";
            known.persist(fact);
        }
        fact.reversed = true;
        fact.reversalDate = reversal.reversalDate();
    }

    private void signed(String eventId, MandateSigned signed, Lookups known) {
        if (signed.mandateId() == null || signed.donorId() == null) {
            throw new UnreadableEvent("mandate event " + eventId + " misses required fields");
        }
        RecurringMandate mandate = mandate(signed.mandateId(), signed.donorId(), known);
        mandate.status = "ACTIVE";
        mandate.endDate = signed.endDate();
    }

    private void statusChanged(String eventId, MandateStatusChanged changed, Lookups known) {
        if (changed.mandateId() == null || changed.donorId() == null || changed.status() == null) {
            throw new UnreadableEvent("mandate event " + eventId + " misses required fields");
        }
        mandate(changed.mandateId(), changed.donorId(), known).status = changed.status();
    }

    /** Keeps the agreement and the mandate that pays it, for the annual statement; a repeat changes nothing. */
    private void agreementSigned(String eventId, AgreementSigned signed) {
        if (signed.agreementId() == null || signed.startDate() == null) {
            throw new UnreadableEvent("agreement event " + eventId + " misses required fields");
        }
        if (entityManager.find(PeriodicAgreement.class, signed.agreementId()) != null) {
            return;
        }
        PeriodicAgreement agreement = new PeriodicAgreement();
        agreement.agreementId = signed.agreementId();
        agreement.mandateId = signed.mandateId();
        agreement.transactionNumber = signed.transactionNumber();
        agreement.startDate = signed.startDate();
        agreement.endDate = signed.endDate();
        agreement.durationYears = signed.durationYears() == null ? 0 : signed.durationYears();
        entityManager.persist(agreement);
    }

    /** Keeps which mandate collects a gift, for the annual statement; a repeat changes nothing. */
    private void collectionScheduled(String eventId, CollectionScheduled collection) {
        if (collection.giftId() == null || collection.mandateId() == null) {
            throw new UnreadableEvent("collection event " + eventId + " misses required fields");
        }
        if (entityManager.find(GiftCollection.class, collection.giftId()) != null) {
            return;
        }
        GiftCollection link = new GiftCollection();
        link.giftId = collection.giftId();
        link.mandateId = collection.mandateId();
        entityManager.persist(link);
    }

    private RecurringMandate mandate(String mandateId, String donorId, Lookups known) {
        RecurringMandate mandate = known.mandate(mandateId);
        if (mandate == null) {
            mandate = new RecurringMandate();
            mandate.mandateId = mandateId;
            mandate.originalDonorId = donorId;
            mandate.donorId = known.survivorOf(donorId);
            mandate.status = "ACTIVE";
            known.persist(mandate);
        }
        return mandate;
    }

    private <T> T read(String data, Class<T> type) {
        try {
            return objectMapper.readValue(data, type);
        } catch (JsonProcessingException e) {
            throw new UnreadableEvent("event data is not a " + type.getSimpleName(), e);
        }
    }

    /** Where the handlers find what is already there, and how they add to it. */
    private interface Lookups {

        boolean processed(String eventId);

        <T> T read(String eventId, String data, Class<T> type);

        GiftFact fact(String giftId);

        RecurringMandate mandate(String mandateId);

        /** The donor an id counts as now: itself, or the end of its merge chain. */
        String survivorOf(String donorId);

        void persist(GiftFact fact);

        void persist(RecurringMandate mandate);

        /** Records the event as applied, in the transaction of its effect. */
        void markProcessed(String eventId, String type);
    }

    /** One event per transaction: everything is looked up by id when a handler asks for it. */
    private final class ById implements Lookups {

        @Override
        public boolean processed(String eventId) {
            return processedEvents.seen(eventId);
        }

        @Override
        public <T> T read(String eventId, String data, Class<T> type) {
            return GivingLedger.this.read(data, type);
        }

        @Override
        public GiftFact fact(String giftId) {
            return facts.findById(giftId);
        }

        @Override
        public RecurringMandate mandate(String mandateId) {
            return mandates.findById(mandateId);
        }

        @Override
        public String survivorOf(String donorId) {
            return donors.survivorOf(donorId);
        }

        @Override
        public void persist(GiftFact fact) {
            facts.persist(fact);
        }

        @Override
        public void persist(RecurringMandate mandate) {
            mandates.persist(mandate);
        }

        @Override
        public void markProcessed(String eventId, String type) {
            processedEvents.record(eventId, type);
        }
    }

    /**
     * Reads ahead, with one query per table, what the batch's events will ask for: the batch's ids already in
     * processed_event, and for the events still to apply their gift facts, mandates and donors (with the donors
     * their merges point to, a query per step of the longest chain). Events parsed here are not parsed again.
     */
    private InBatch readAhead(List<Envelope> events) {
        InBatch known = new InBatch();
        Set<String> eventIds = new HashSet<>();
        for (Envelope event : events) {
            if (event.id() != null && !event.id().isBlank()) {
                eventIds.add(comparable(event.id()));
            }
        }
        // the ids as stored: one stored in another case than the batch names it is not comparable (one by one, then)
        for (String id : processedEvents.among(eventIds)) {
            known.processedIds.add(comparable(id));
        }

        Set<String> giftIds = new HashSet<>();
        Set<String> mandateIds = new HashSet<>();
        Set<String> donorIds = new HashSet<>();
        Set<String> seen = new HashSet<>(known.processedIds);
        for (Envelope event : events) {
            if (event.id() == null || event.id().isBlank() || !seen.add(event.id())) {
                continue; // rejected, applied before, or a repeat within the batch: its handler never runs
            }
            Object data = known.parse(event);
            if (data instanceof GiftRecorded gift) {
                want(giftIds, gift.giftId());
                want(donorIds, gift.donorId());
            } else if (data instanceof GiftReversed reversal) {
                want(giftIds, reversal.giftId());
                want(donorIds, reversal.donorId());
            } else if (data instanceof GiftReallocated reallocation) {
                want(giftIds, reallocation.giftId());
            } else if (data instanceof MandateSigned signed) {
                want(mandateIds, signed.mandateId());
                want(donorIds, signed.donorId());
            } else if (data instanceof MandateStatusChanged changed) {
                want(mandateIds, changed.mandateId());
                want(donorIds, changed.donorId());
            }
        }
        known.loadFacts(giftIds);
        known.loadMandates(mandateIds);
        known.loadDonors(donorIds);
        return known;
    }

    private static void want(Set<String> ids, String id) {
        if (id != null) {
            ids.add(comparable(id));
        }
    }

    /** The id itself when Java's string equality is the tables' equality for it; see {@link NotBatchable}. */
    private static String comparable(String id) {
        if (id == null || !COMPARABLE.matcher(id).matches()) {
            throw new NotBatchable(id);
        }
        return id;
    }

    /**
     * One batch's lookups: what was read ahead, grown with what the batch writes. An id a handler asks for that was
     * not read ahead is looked up by id, as {@link ById} does. The processed_event rows are written at the end of
     * the batch, together (one multi-row insert instead of inserts interleaved with the gift facts').
     */
    private final class InBatch implements Lookups {

        private record Parsed(String data, Object value) {
        }

        final Set<String> processedIds = new HashSet<>();
        private final List<Envelope> processedRows = new ArrayList<>();
        private final Map<String, Parsed> parsed = new HashMap<>();
        private final Map<String, GiftFact> factsById = new HashMap<>();
        private final Set<String> factsLookedUp = new HashSet<>();
        private final Map<String, RecurringMandate> mandatesById = new HashMap<>();
        private final Set<String> mandatesLookedUp = new HashSet<>();
        /** Donor id to the donor it was merged into, or to null: not merged. Absent: no such donor. */
        private final Map<String, String> mergedInto = new HashMap<>();
        private final Set<String> donorsLookedUp = new HashSet<>();

        /** The event's data as its handler will read it, or null when it has no handler or cannot be read. */
        Object parse(Envelope event) {
            Class<?> type = switch (event.type() == null ? "" : event.type()) {
                case GiftRecorded.TYPE -> GiftRecorded.class;
                case GiftReversed.TYPE -> GiftReversed.class;
                case GiftReallocated.TYPE -> GiftReallocated.class;
                case MandateSigned.TYPE -> MandateSigned.class;
                case MandateStatusChanged.TYPE -> MandateStatusChanged.class;
                default -> null;
            };
            if (type == null) {
                return null;
            }
            try {
                Object value = objectMapper.readValue(event.data(), type);
                parsed.put(event.id(), new Parsed(event.data(), value));
                return value;
            } catch (JsonProcessingException | RuntimeException e) {
                return null; // its handler reads it again and rejects it as one event would be
            }
        }

        void loadFacts(Set<String> giftIds) {
            factsLookedUp.addAll(giftIds);
            if (!giftIds.isEmpty()) {
                for (GiftFact fact : entityManager.createQuery("select f from GiftFact f where f.giftId in :ids",
                        GiftFact.class).setParameter("ids", giftIds).getResultList()) {
                    factsById.put(comparable(fact.giftId), fact);
                }
            }
        }

        void loadMandates(Set<String> mandateIds) {
            mandatesLookedUp.addAll(mandateIds);
            if (!mandateIds.isEmpty()) {
                for (RecurringMandate mandate : entityManager.createQuery(
                        "select m from RecurringMandate m where m.mandateId in :ids", RecurringMandate.class)
                        .setParameter("ids", mandateIds).getResultList()) {
                    mandatesById.put(comparable(mandate.mandateId), mandate);
                }
            }
        }

        /** The donors and, step by step, the donors they were merged into: one query per step. */
        void loadDonors(Set<String> donorIds) {
            Set<String> next = donorIds;
            while (!next.isEmpty()) {
                donorsLookedUp.addAll(next);
                Set<String> following = new HashSet<>();
                for (Map.Entry<String, String> donor : donors.mergedInto(next).entrySet()) {
                    mergedInto.put(comparable(donor.getKey()), donor.getValue());
                    String survivor = donor.getValue();
                    if (survivor != null && COMPARABLE.matcher(survivor).matches()
                            && !donorsLookedUp.contains(survivor)) {
                        following.add(survivor);
                    }
                }
                next = following;
            }
        }

        @Override
        public boolean processed(String eventId) {
            return processedIds.contains(comparable(eventId));
        }

        @Override
        public <T> T read(String eventId, String data, Class<T> type) {
            Parsed p = parsed.get(eventId);
            if (p != null && p.data() == data && type.isInstance(p.value())) {
                return type.cast(p.value());
            }
            return GivingLedger.this.read(data, type);
        }

        @Override
        public GiftFact fact(String giftId) {
            String id = comparable(giftId);
            if (factsLookedUp.add(id)) {
                GiftFact fact = facts.findById(id);
                if (fact != null) {
                    factsById.put(id, fact);
                }
            }
            return factsById.get(id);
        }

        @Override
        public RecurringMandate mandate(String mandateId) {
            String id = comparable(mandateId);
            if (mandatesLookedUp.add(id)) {
                RecurringMandate mandate = mandates.findById(id);
                if (mandate != null) {
                    mandatesById.put(id, mandate);
                }
            }
            return mandatesById.get(id);
        }

        @Override
        public String survivorOf(String donorId) {
            // the walk of DonorRepository.survivorOf, over the donors read ahead
            String current = donorId;
            for (int hops = 0; hops < MAX_HOPS; hops++) {
                String id = comparable(current);
                if (!donorsLookedUp.contains(id)) {
                    loadDonors(Set.of(id));
                }
                String next = mergedInto.get(id);
                if (next == null) {
                    return current;
                }
                current = next;
            }
            throw new IllegalStateException("merge chain of " + donorId + " does not end");
        }

        @Override
        public void persist(GiftFact fact) {
            facts.persist(fact);
            factsLookedUp.add(fact.giftId);
            factsById.put(fact.giftId, fact);
        }

        @Override
        public void persist(RecurringMandate mandate) {
            mandates.persist(mandate);
            mandatesLookedUp.add(mandate.mandateId);
            mandatesById.put(mandate.mandateId, mandate);
        }

        @Override
        public void markProcessed(String eventId, String type) {
            processedIds.add(eventId);
            processedRows.add(new Envelope(eventId, type, null));
        }

        void writeProcessed() {
            processedEvents.recordAll(processedRows);
        }
    }
}
