package org.donorcrm.gift.replica;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.donorcrm.platform.consume.BatchResult;
import org.donorcrm.platform.consume.Envelope;
import org.donorcrm.platform.consume.EventApplier;
import org.donorcrm.platform.consume.NotBatchable;
import org.donorcrm.platform.consume.ProcessedEvents;
import org.donorcrm.platform.consume.UnreadableEvent;
import org.hibernate.Session;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Applies donor, fund and campaign events to the local replicas, each exactly once (the ids in
 * {@code processed_event}, {@link ProcessedEvents}). A merge also moves what the features hold of the merged donor to
 * the survivor, and an erasure blanks the donor's personal data there ({@link DonorRecords}), so the donor's history
 * and totals stay whole under one id.
 * <p>
 * Two ways in, with the same effect: {@link #apply} takes one event in a transaction of its own and looks up what
 * it needs by id; {@link #applyBatch} takes a Kafka poll in ONE transaction, in the order given, and reads ahead
 * what its events need with one query per table (the ids already processed, the donor, fund and campaign replica
 * rows) instead of one lookup per event. Both run the same handlers in the same order; only where a handler finds
 * what is already there, and when the batch's writes reach the tables, differ ({@link Lookups}). A merge re-keys
 * rows with bulk updates that go past the persistence context: the batch writes everything it holds before them,
 * and reads the replica rows of the events after them from the tables again.
 */
@ApplicationScoped
public class ReplicaService implements EventApplier {

    /**
     * Rows a batch's flush sends as one JDBC batch (a multi-row insert with rewriteBatchedStatements); set on the
     * batch's own session only, so nothing else in the service batches its statements.
     */
    private static final int JDBC_BATCH_SIZE = 500;

    private final EntityManager entityManager;
    private final ObjectMapper objectMapper;
    private final ProcessedEvents processedEvents;
    private final List<DonorRecords> donorRecords;
    private final Lookups byId = new ById();

    public ReplicaService(EntityManager entityManager, ObjectMapper objectMapper, ProcessedEvents processedEvents,
                          Instance<DonorRecords> donorRecords) {
        this.entityManager = entityManager;
        this.objectMapper = objectMapper;
        this.processedEvents = processedEvents;
        this.donorRecords = donorRecords.stream().toList();
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
        entityManager.unwrap(Session.class).setJdbcBatchSize(JDBC_BATCH_SIZE);
        InBatch batch = new InBatch(events);
        int applied = 0;
        for (int i = 0; i < events.size(); i++) {
            batch.at(i);
            Envelope event = events.get(i);
            applied += applyOnce(event.id(), event.type(), event.data(), batch) ? 1 : 0;
        }
        batch.finish();
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
        if (type == null && known != byId) {
            // processed_event.event_type cannot be null: the event alone in its transaction shows what becomes of it
            throw new UnreadableEvent("event without type");
        }
        switch (type == null ? "" : type) {
            case ReplicaEvents.DONOR_REGISTERED, ReplicaEvents.DONOR_UPDATED ->
                    donor(known.read(eventId, data, ReplicaEvents.DonorState.class), known);
            case ReplicaEvents.DONORS_MERGED ->
                    merged(known.read(eventId, data, ReplicaEvents.DonorsMerged.class), known);
            case ReplicaEvents.DONOR_ERASED ->
                    erased(known.read(eventId, data, ReplicaEvents.DonorErased.class), known);
            case ReplicaEvents.FUND_DEFINED -> fund(known.read(eventId, data, ReplicaEvents.FundDefined.class), known);
            case ReplicaEvents.CAMPAIGN_DEFINED ->
                    campaign(known.read(eventId, data, ReplicaEvents.CampaignDefined.class), known);
            default -> {
                // other event types on these topics are not needed here
            }
        }
        known.applied(eventId, type);
        return true;
    }

    private void donor(ReplicaEvents.DonorState event, Lookups known) {
        require(event.donorId(), "donorId");
        DonorReplica donor = donorOrNew(event.donorId(), known);
        donor.kind = require(event.kind(), "kind");
        donor.incomeCategory = require(event.incomeCategory(), "incomeCategory");
        if (donor.status == null) {
            donor.status = DonorReplica.ACTIVE;
        }
        donor.updatedAt = Instant.now();
        known.persist(donor);
    }

    private void merged(ReplicaEvents.DonorsMerged event, Lookups known) {
        String survivorId = require(event.survivorId(), "survivorId");
        String mergedId = require(event.mergedId(), "mergedId");
        DonorReplica merged = donorOrNew(mergedId, known);
        merged.status = DonorReplica.MERGED;
        merged.survivorId = survivorId;
        if (merged.kind == null) {
            merged.kind = "UNKNOWN";
            merged.incomeCategory = "UNKNOWN";
        }
        merged.updatedAt = Instant.now();
        known.persist(merged);
        // the updates below change rows in the tables: what the batch holds so far must be there first
        known.beforeBulkUpdates();
        // gifts, mandates, periodic-gift agreements, grants and bank lines follow the donor's history to the survivor
        donorRecords.forEach(records -> records.merge(mergedId, survivorId));
        // donors merged into the merged one earlier now point straight at the survivor
        entityManager.createQuery("update DonorReplica d set d.survivorId = :survivor where d.survivorId = :merged")
                .setParameter("survivor", survivorId)
                .setParameter("merged", mergedId)
                .executeUpdate();
        known.afterBulkUpdates();
    }

    private void erased(ReplicaEvents.DonorErased event, Lookups known) {
        DonorReplica donor = known.donor(require(event.donorId(), "donorId"));
        if (donor != null) {
            donor.status = DonorReplica.ERASED;
            donor.updatedAt = Instant.now();
        }
        known.erasePersonalData(event.donorId());
    }

    /** Blanks the personal data gift-service holds of the donors ({@link DonorRecords#erase}). */
    private void erasePersonalData(Set<String> donorIds) {
        donorRecords.forEach(records -> records.erase(donorIds));
    }

    private void fund(ReplicaEvents.FundDefined event, Lookups known) {
        String fundId = require(event.fundId(), "fundId");
        FundReplica fund = known.fund(fundId);
        if (fund == null) {
            fund = new FundReplica();
            fund.fundId = fundId;
        }
        fund.code = require(event.code(), "code");
        try {
            fund.earmarkClass = EarmarkClass.valueOf(require(event.earmarkClass(), "earmarkClass"));
        } catch (IllegalArgumentException e) {
            throw new UnreadableEvent("unknown earmark class " + event.earmarkClass());
        }
        fund.activeFrom = event.activeFrom();
        fund.activeTo = event.activeTo();
        fund.status = event.status() == null ? "ACTIVE" : event.status();
        fund.updatedAt = Instant.now();
        known.persist(fund);
    }

    private void campaign(ReplicaEvents.CampaignDefined event, Lookups known) {
        String campaignId = require(event.campaignId(), "campaignId");
        CampaignReplica campaign = known.campaign(campaignId);
        if (campaign == null) {
            campaign = new CampaignReplica();
            campaign.campaignId = campaignId;
        }
        campaign.code = event.code();
        campaign.parentCampaignId = event.parentCampaignId();
        campaign.status = event.status() == null ? "ACTIVE" : event.status();
        campaign.updatedAt = Instant.now();
        known.persist(campaign);
    }

    private DonorReplica donorOrNew(String donorId, Lookups known) {
        DonorReplica donor = known.donor(donorId);
        if (donor == null) {
            donor = new DonorReplica();
            donor.donorId = donorId;
        }
        return donor;
    }

    private static String require(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new UnreadableEvent("event misses " + field);
        }
        return value;
    }

    private <T> T read(String data, Class<T> type) {
        try {
            return objectMapper.readValue(data, type);
        } catch (JsonProcessingException e) {
            throw new UnreadableEvent("event data is not a " + type.getSimpleName(), e);
        }
    }

    /** Where the handlers find what is already there, and how their changes reach the tables. */
    private interface Lookups {

        boolean processed(String eventId);

        <T> T read(String eventId, String data, Class<T> type);

        DonorReplica donor(String donorId);

        FundReplica fund(String fundId);

        CampaignReplica campaign(String campaignId);

        void persist(DonorReplica donor);

        void persist(FundReplica fund);

        void persist(CampaignReplica campaign);

        /** The event was applied: it goes into processed_event (now, or at the end of the batch). */
        void applied(String eventId, String type);

        /** Blanks what gift-service holds of the donor's personal data (now, or before anything reads it). */
        void erasePersonalData(String donorId);

        /** Before a merge's bulk updates: everything applied so far must be in the tables. */
        void beforeBulkUpdates();

        /** After a merge's bulk updates: what was read before them may be stale. */
        void afterBulkUpdates();
    }

    /** One event per transaction: everything is looked up by id when a handler asks for it, and written as it goes. */
    private final class ById implements Lookups {

        @Override
        public boolean processed(String eventId) {
            return processedEvents.seen(eventId);
        }

        @Override
        public <T> T read(String eventId, String data, Class<T> type) {
            return ReplicaService.this.read(data, type);
        }

        @Override
        public DonorReplica donor(String donorId) {
            return entityManager.find(DonorReplica.class, donorId);
        }

        @Override
        public FundReplica fund(String fundId) {
            return entityManager.find(FundReplica.class, fundId);
        }

        @Override
        public CampaignReplica campaign(String campaignId) {
            return entityManager.find(CampaignReplica.class, campaignId);
        }

        @Override
        public void persist(DonorReplica donor) {
            entityManager.persist(donor);
        }

        @Override
        public void persist(FundReplica fund) {
            entityManager.persist(fund);
        }

        @Override
        public void persist(CampaignReplica campaign) {
            entityManager.persist(campaign);
        }

        @Override
        public void applied(String eventId, String type) {
            processedEvents.record(eventId, type);
        }

        @Override
        public void erasePersonalData(String donorId) {
            ReplicaService.this.erasePersonalData(Set.of(donorId));
        }

        @Override
        public void beforeBulkUpdates() {
            // the transaction holds only this event's changes
        }

        @Override
        public void afterBulkUpdates() {
            // the transaction ends with this event
        }
    }

    /**
     * One batch's lookups: the replica rows its events will ask for, read ahead with one query per table (up to and
     * including the next merge: the rows of the events after a merge are read after it, from the tables again), and
     * grown with what the batch creates. An id a handler asks for that was not read ahead is looked up by id, as
     * {@link ById} does. The batch's processed_event rows are written at its end, together; the erasures of personal
     * data are deferred to one update per table, made before a merge moves rows between donors and at the end.
     */
    private final class InBatch implements Lookups {

        private record Parsed(String data, Object value) {
        }

        private final List<Envelope> events;
        /** The batch's ids in processed_event before it began, and the ids it has applied since. */
        private final Set<String> processedIds = new HashSet<>();
        private final List<Envelope> appliedEvents = new ArrayList<>();
        private final Map<String, Parsed> parsed = new HashMap<>();
        private final Map<String, DonorReplica> donors = new HashMap<>();
        private final Set<String> donorsLookedUp = new HashSet<>();
        private final Map<String, FundReplica> funds = new HashMap<>();
        private final Set<String> fundsLookedUp = new HashSet<>();
        private final Map<String, CampaignReplica> campaigns = new HashMap<>();
        private final Set<String> campaignsLookedUp = new HashSet<>();
        private final Set<String> erasures = new LinkedHashSet<>();
        /** The event being applied, and the first event whose rows have not been read ahead. */
        private int position;
        private int readUpTo;

        InBatch(List<Envelope> events) {
            this.events = events;
            Set<String> ids = new HashSet<>();
            for (Envelope event : events) {
                if (event.id() != null && !event.id().isBlank()) {
                    ids.add(comparable(event.id()));
                }
            }
            for (String id : processedEvents.among(ids)) {
                processedIds.add(comparable(id));
            }
        }

        /** The batch is about to apply its event at {@code index}: its rows must have been read ahead. */
        void at(int index) {
            position = index;
            if (index >= readUpTo) {
                readAhead(index);
            }
        }

        /**
         * Reads the replica rows of the events from {@code from} on, up to and including the next merge to apply,
         * with one query per table. Events parsed here are not parsed again.
         */
        private void readAhead(int from) {
            Set<String> donorIds = new HashSet<>();
            Set<String> fundIds = new HashSet<>();
            Set<String> campaignIds = new HashSet<>();
            Set<String> seen = new HashSet<>(processedIds);
            int end = from;
            while (end < events.size()) {
                Envelope event = events.get(end++);
                if (event.id() == null || event.id().isBlank() || !seen.add(event.id())) {
                    continue; // rejected, applied before, or a repeat within the batch: its handler never runs
                }
                Object data = parse(event);
                if (data instanceof ReplicaEvents.DonorState donor) {
                    want(donorIds, donor.donorId());
                } else if (data instanceof ReplicaEvents.DonorsMerged merge) {
                    want(donorIds, merge.mergedId());
                } else if (data instanceof ReplicaEvents.DonorErased erasure) {
                    want(donorIds, erasure.donorId());
                } else if (data instanceof ReplicaEvents.FundDefined fund) {
                    want(fundIds, fund.fundId());
                } else if (data instanceof ReplicaEvents.CampaignDefined campaign) {
                    want(campaignIds, campaign.campaignId());
                }
                if (ReplicaEvents.DONORS_MERGED.equals(event.type())) {
                    break; // what follows a merge is read after it
                }
            }
            readUpTo = end;
            donorIds.removeAll(donorsLookedUp);
            fundIds.removeAll(fundsLookedUp);
            campaignIds.removeAll(campaignsLookedUp);
            if (!donorIds.isEmpty()) {
                donorsLookedUp.addAll(donorIds);
                for (DonorReplica donor : entityManager.createQuery(
                        "select d from DonorReplica d where d.donorId in :ids", DonorReplica.class)
                        .setParameter("ids", donorIds).getResultList()) {
                    donors.put(comparable(donor.donorId), donor);
                }
            }
            if (!fundIds.isEmpty()) {
                fundsLookedUp.addAll(fundIds);
                for (FundReplica fund : entityManager.createQuery(
                        "select f from FundReplica f where f.fundId in :ids", FundReplica.class)
                        .setParameter("ids", fundIds).getResultList()) {
                    funds.put(comparable(fund.fundId), fund);
                }
            }
            if (!campaignIds.isEmpty()) {
                campaignsLookedUp.addAll(campaignIds);
                for (CampaignReplica campaign : entityManager.createQuery(
                        "select c from CampaignReplica c where c.campaignId in :ids", CampaignReplica.class)
                        .setParameter("ids", campaignIds).getResultList()) {
                    campaigns.put(comparable(campaign.campaignId), campaign);
                }
            }
        }

        /** The event's data as its handler will read it, or null when it has no handler or cannot be read. */
        private Object parse(Envelope event) {
            Class<?> type = switch (event.type() == null ? "" : event.type()) {
                case ReplicaEvents.DONOR_REGISTERED, ReplicaEvents.DONOR_UPDATED -> ReplicaEvents.DonorState.class;
                case ReplicaEvents.DONORS_MERGED -> ReplicaEvents.DonorsMerged.class;
                case ReplicaEvents.DONOR_ERASED -> ReplicaEvents.DonorErased.class;
                case ReplicaEvents.FUND_DEFINED -> ReplicaEvents.FundDefined.class;
                case ReplicaEvents.CAMPAIGN_DEFINED -> ReplicaEvents.CampaignDefined.class;
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

        private static void want(Set<String> ids, String id) {
            if (id != null && !id.isBlank()) {
                ids.add(comparable(id)); // a missing id is its handler's to reject
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
            return ReplicaService.this.read(data, type);
        }

        @Override
        public DonorReplica donor(String donorId) {
            String id = comparable(donorId);
            if (donorsLookedUp.add(id)) {
                DonorReplica donor = entityManager.find(DonorReplica.class, id);
                if (donor != null) {
                    donors.put(id, donor);
                }
            }
            return donors.get(id);
        }

        @Override
        public FundReplica fund(String fundId) {
            String id = comparable(fundId);
            if (fundsLookedUp.add(id)) {
                FundReplica fund = entityManager.find(FundReplica.class, id);
                if (fund != null) {
                    funds.put(id, fund);
                }
            }
            return funds.get(id);
        }

        @Override
        public CampaignReplica campaign(String campaignId) {
            String id = comparable(campaignId);
            if (campaignsLookedUp.add(id)) {
                CampaignReplica campaign = entityManager.find(CampaignReplica.class, id);
                if (campaign != null) {
                    campaigns.put(id, campaign);
                }
            }
            return campaigns.get(id);
        }

        @Override
        public void persist(DonorReplica donor) {
            entityManager.persist(donor);
            donorsLookedUp.add(donor.donorId);
            donors.put(donor.donorId, donor);
        }

        @Override
        public void persist(FundReplica fund) {
            entityManager.persist(fund);
            fundsLookedUp.add(fund.fundId);
            funds.put(fund.fundId, fund);
            // fund codes are unique: written now, in the events' order, a code passed from one fund to another
            // within the batch is free when its new fund takes it, as it is one event per transaction
            entityManager.flush();
        }

        @Override
        public void persist(CampaignReplica campaign) {
            entityManager.persist(campaign);
            campaignsLookedUp.add(campaign.campaignId);
            campaigns.put(campaign.campaignId, campaign);
        }

        @Override
        public void applied(String eventId, String type) {
            processedIds.add(eventId);
            appliedEvents.add(new Envelope(eventId, type, null));
        }

        @Override
        public void erasePersonalData(String donorId) {
            erasures.add(comparable(donorId));
        }

        @Override
        public void beforeBulkUpdates() {
            entityManager.flush();
            writeErasures();
        }

        @Override
        public void afterBulkUpdates() {
            // The updates went past the persistence context: a replica it holds may be stale now, as may the rows
            // read ahead. The rest of the batch reads them from the tables again, as a transaction of its own would.
            entityManager.flush();
            entityManager.clear();
            donors.clear();
            donorsLookedUp.clear();
            funds.clear();
            fundsLookedUp.clear();
            campaigns.clear();
            campaignsLookedUp.clear();
            readUpTo = position + 1;
        }

        /** The batch's last writes: its deferred erasures and its processed_event rows. */
        void finish() {
            writeErasures();
            entityManager.flush();
            processedEvents.recordAll(appliedEvents);
            appliedEvents.clear();
        }

        private void writeErasures() {
            if (!erasures.isEmpty()) {
                ReplicaService.this.erasePersonalData(erasures);
                erasures.clear();
            }
        }
    }

    /** The id itself when Java's string equality is the tables' equality for it; see {@link NotBatchable}. */
    private static String comparable(String id) {
        if (id == null) {
            throw new NotBatchable(null);
        }
        return NotBatchable.requireComparable(id);
    }
}
