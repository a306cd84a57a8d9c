package org.donorcrm.campaign.results;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.donorcrm.platform.consume.BatchResult;
import org.donorcrm.platform.consume.Envelope;
import org.donorcrm.platform.consume.EventApplier;
import org.donorcrm.platform.consume.ProcessedEvents;
import org.donorcrm.platform.consume.UnreadableEvent;
import org.hibernate.Session;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TimeZone;
import java.util.regex.Pattern;

/**
 * Applies gift and donor events to the campaign results read model, each exactly once: the event id is
 * recorded in the same transaction as the movements it adds, and an id seen before is skipped.
 * <p>
 * A recorded gift moves its amount into its campaign or appeal, a reversal moves it out again, a reallocation
 * moves it from the previous campaign or appeal to the new one. A donor merge re-keys the merged donor's
 * movements to the survivor and remembers the alias for events still on their way.
 * <p>
 * Two doors with the same effect: {@link #apply} takes one event in a transaction of its own, {@link #applyBatch}
 * a Kafka poll of events in ONE transaction. What the single event looks up one query at a time (is its id
 * processed, was its donor merged away), the batch looks up with one query for all its events, and it writes its
 * rows as one JDBC batch per table. Where the batch cannot be sure to do exactly what the single event does, it
 * makes the single event's lookup, or it throws and its caller applies the events one per transaction.
 */
@ApplicationScoped
public class GiftLedger implements EventApplier {

    /** A donor id as the event schemas write it (docs/events: lowercase UUID). */
    private static final Pattern SCHEMA_UUID =
            Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private final EntityManager entityManager;
    private final ObjectMapper objectMapper;
    private final ProcessedEvents processedEvents;

    public GiftLedger(EntityManager entityManager, ObjectMapper objectMapper, ProcessedEvents processedEvents) {
        this.entityManager = entityManager;
        this.objectMapper = objectMapper;
        this.processedEvents = processedEvents;
    }

    /** @return false when the event had been applied before and nothing changed */
    @Override
    @Transactional
    public boolean apply(String eventId, String type, String data) {
        return applyOnce(eventId, type, data, null);
    }

    /**
     * Applies a batch of events in ONE transaction, in the order given (the live consumer passes a Kafka poll: each
     * partition's records in offset order), with the effect {@link #apply} has on each in turn. All or nothing: any
     * failure (an unreadable event, a database error) rolls the whole batch back and is thrown, so the caller can
     * retry it or fall back to one event per transaction. An event applied before (its id in processed_event) or
     * twice in the batch counts once.
     */
    @Override
    @Transactional
    public BatchResult applyBatch(List<Envelope> events) {
        Batch batch = new Batch(processedAmong(events));
        readSurvivorsAhead(events, batch);
        int applied = 0;
        for (Envelope event : events) {
            applied += applyOnce(event.id(), event.type(), event.data(), batch) ? 1 : 0;
        }
        write(batch);
        return new BatchResult(applied, events.size() - applied);
    }

    /**
     * What a batch's transaction has read ahead and not yet written. The per-event door has none: it looks up and
     * persists as it goes.
     */
    private static final class Batch {
        /** The batch's ids in processed_event before it began, and the ids it has applied since. */
        final Set<String> processed;
        /** Donor id to the donor its gifts count for (itself when not merged away), read ahead for the batch. */
        final Map<String, String> survivors = new HashMap<>();
        final List<GiftMovement> movements = new ArrayList<>();
        /** The events applied and not yet written to processed_event (their ids and types). */
        final List<Envelope> applied = new ArrayList<>();

        Batch(Set<String> processed) {
            this.processed = processed;
        }
    }

    // known events, then the type's handler, then the id into processed_event: for both doors. batch is null when
    // the event has a transaction of its own.
    private boolean applyOnce(String eventId, String type, String data, Batch batch) {
        if (eventId == null || eventId.isBlank()) {
            throw new UnreadableEvent("event without id");
        }
        if (batch == null ? processedEvents.seen(eventId) : batch.processed.contains(eventId)) {
            return false;
        }
        if (batch != null && type == null) {
            // processed_event.event_type cannot be null: the event alone in its transaction shows what becomes of it
            throw new UnreadableEvent("event without type");
        }
        switch (type == null ? "" : type) {
            case GiftEvents.GIFT_RECORDED -> recorded(eventId, read(data, GiftEvents.GiftRecorded.class), batch);
            case GiftEvents.GIFT_REVERSED -> reversed(eventId, read(data, GiftEvents.GiftReversed.class), batch);
            case GiftEvents.GIFT_REALLOCATED ->
                    reallocated(eventId, read(data, GiftEvents.GiftReallocated.class), batch);
            case GiftEvents.DONORS_MERGED -> merged(read(data, GiftEvents.DonorsMerged.class), batch);
            default -> {
                // other types on these topics do not change campaign results; marked processed all the same
            }
        }
        if (batch == null) {
            processedEvents.record(eventId, type);
        } else {
            batch.applied.add(new Envelope(eventId, type, null));
            batch.processed.add(eventId);
        }
        return true;
    }

    /**
     * The ids of the batch already in processed_event: one query instead of one per event. The set compares ids
     * exactly, the table by its collation (case-insensitively); where the two could disagree, the table's primary
     * key refuses the second row and the batch fails, to be applied one event per transaction.
     */
    private Set<String> processedAmong(List<Envelope> events) {
        return processedEvents.among(events.stream().map(Envelope::id).toList());
    }

    /**
     * The aliases of the donors of the batch's gift events still to apply, with one query. Only donor ids written
     * as the schemas write them (lowercase UUIDs) are read ahead, and only when every alias row found has exactly
     * such an id: the table compares ids case-insensitively, so for anything else a lookup of its own finds what
     * the per-event door finds. An event that cannot be read here is left to its handler, which rejects it.
     */
    private void readSurvivorsAhead(List<Envelope> events, Batch batch) {
        Set<String> donors = new HashSet<>();
        for (Envelope event : events) {
            if (event.data() == null || batch.processed.contains(event.id())
                    || !(GiftEvents.GIFT_RECORDED.equals(event.type()) || GiftEvents.GIFT_REVERSED.equals(event.type())
                    || GiftEvents.GIFT_REALLOCATED.equals(event.type()))) {
                continue;
            }
            try {
                String donorId = objectMapper.readTree(event.data()).path("donorId").textValue();
                if (donorId != null && SCHEMA_UUID.matcher(donorId).matches()) {
                    donors.add(donorId);
                }
            } catch (JsonProcessingException | RuntimeException e) {
                // unreadable: its handler says so
            }
        }
        if (donors.isEmpty()) {
            return;
        }
        Map<String, String> survivors = new HashMap<>();
        donors.forEach(donor -> survivors.put(donor, donor));
        List<Object[]> aliases = entityManager.createQuery(
                        "select a.mergedId, a.survivorId from DonorAlias a where a.mergedId in :ids", Object[].class)
                .setParameter("ids", List.copyOf(donors)).getResultList();
        for (Object[] alias : aliases) {
            if (!donors.contains((String) alias[0])) {
                return; // found by the collation, not by the exact id: every donor is looked up on its own
            }
            survivors.put((String) alias[0], (String) alias[1]);
        }
        batch.survivors.putAll(survivors);
    }

    /** Writes the rows the batch has collected so far, in one JDBC batch per table. */
    private void write(Batch batch) {
        if (!batch.movements.isEmpty()) {
            // as Hibernate binds an Instant here (quarkus.hibernate-orm.jdbc.timezone=UTC): the UTC date and time
            Calendar utc = Calendar.getInstance(TimeZone.getTimeZone("UTC"));
            entityManager.unwrap(Session.class).doWork(connection -> {
                try (PreparedStatement insert = connection.prepareStatement("insert into gift_movement (event_id, "
                        + "line_no, movement, gift_id, donor_id, campaign_id, appeal_id, attributed_to, income_date, "
                        + "gift_recorded_at, amount) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                    for (GiftMovement row : batch.movements) {
                        insert.setString(1, row.eventId);
                        insert.setInt(2, row.lineNo);
                        insert.setString(3, row.movement.name());
                        insert.setString(4, row.giftId);
                        insert.setString(5, row.donorId);
                        insert.setString(6, row.campaignId);
                        insert.setString(7, row.appealId);
                        insert.setString(8, row.attributedTo);
                        insert.setObject(9, row.incomeDate);
                        insert.setTimestamp(10, row.giftRecordedAt == null ? null
                                : Timestamp.from(row.giftRecordedAt), utc);
                        insert.setBigDecimal(11, row.amount);
                        insert.addBatch();
                    }
                    insert.executeBatch();
                }
            });
        }
        processedEvents.recordAll(batch.applied);
        batch.movements.clear();
        batch.applied.clear();
    }

    private void recorded(String eventId, GiftEvents.GiftRecorded gift, Batch batch) {
        GiftMovement in = movement(eventId, 1, GiftMovement.Kind.RECORDED, gift.giftId(), gift.donorId(),
                gift.incomeDate(), gift.campaignId(), gift.appealId(), positive(gift.amount(), eventId), batch);
        in.giftRecordedAt = gift.recordedAt();
        add(in, batch);
    }

    private void reversed(String eventId, GiftEvents.GiftReversed gift, Batch batch) {
        add(movement(eventId, 1, GiftMovement.Kind.REVERSED, gift.giftId(), gift.donorId(), gift.incomeDate(),
                gift.campaignId(), gift.appealId(), positive(gift.amount(), eventId).negate(), batch), batch);
    }

    private void reallocated(String eventId, GiftEvents.GiftReallocated gift, Batch batch) {
        BigDecimal amount = positive(gift.amount(), eventId);
        if (Objects.equals(gift.previousCampaignId(), gift.campaignId())
                && Objects.equals(gift.previousAppealId(), gift.appealId())) {
            return; // only re-earmarked: the gift stays in the same campaign and appeal
        }
        add(movement(eventId, 1, GiftMovement.Kind.REALLOCATED, gift.giftId(), gift.donorId(), gift.incomeDate(),
                gift.previousCampaignId(), gift.previousAppealId(), amount.negate(), batch), batch);
        add(movement(eventId, 2, GiftMovement.Kind.REALLOCATED, gift.giftId(), gift.donorId(), gift.incomeDate(),
                gift.campaignId(), gift.appealId(), amount, batch), batch);
    }

    private void add(GiftMovement movement, Batch batch) {
        if (batch == null) {
            entityManager.persist(movement);
        } else {
            batch.movements.add(movement);
        }
    }

    private void merged(GiftEvents.DonorsMerged merge, Batch batch) {
        String mergedId = require(merge.mergedId(), "mergedId");
        String survivorId = survivorOf(require(merge.survivorId(), "survivorId"), batch);
        if (mergedId.equals(survivorId)) {
            throw new UnreadableEvent("a donor cannot be merged into itself");
        }
        if (batch != null) {
            // the updates below re-key movements: the batch's rows so far must be in the table first
            write(batch);
        }
        DonorAlias alias = entityManager.find(DonorAlias.class, mergedId);
        if (alias == null) {
            alias = new DonorAlias();
            alias.mergedId = mergedId;
        }
        alias.survivorId = survivorId;
        alias.mergedAt = merge.mergedAt() == null ? Instant.now() : merge.mergedAt();
        entityManager.persist(alias);
        // donors merged into the merged one earlier now point straight at the survivor
        entityManager.createQuery("update DonorAlias a set a.survivorId = :survivor where a.survivorId = :merged")
                .setParameter("survivor", survivorId)
                .setParameter("merged", mergedId)
                .executeUpdate();
        entityManager.createQuery("update GiftMovement m set m.donorId = :survivor where m.donorId = :merged")
                .setParameter("survivor", survivorId)
                .setParameter("merged", mergedId)
                .executeUpdate();
        if (batch != null) {
            // The updates went past the persistence context: an alias it holds may be stale now, as may the aliases
            // read ahead. The rest of the batch reads them from the tables again, as a transaction of its own would.
            entityManager.flush();
            entityManager.clear();
            batch.survivors.clear();
        }
    }

    private GiftMovement movement(String eventId, int line, GiftMovement.Kind kind, String giftId, String donorId,
                                  LocalDate incomeDate, String campaignId, String appealId, BigDecimal amount,
                                  Batch batch) {
        GiftMovement movement = new GiftMovement();
        movement.eventId = eventId;
        movement.lineNo = line;
        movement.movement = kind;
        movement.giftId = require(giftId, "giftId");
        movement.donorId = survivorOf(require(donorId, "donorId"), batch);
        if (incomeDate == null) {
            throw new UnreadableEvent("event misses incomeDate");
        }
        movement.incomeDate = incomeDate;
        movement.campaignId = campaignId;
        movement.appealId = appealId;
        movement.attributedTo = appealId != null ? appealId : campaignId;
        movement.amount = amount;
        return movement;
    }

    /** The donor a gift counts for: the survivor if the donor was merged away, else the donor itself. */
    private String survivorOf(String donorId, Batch batch) {
        String readAhead = batch == null ? null : batch.survivors.get(donorId);
        if (readAhead != null) {
            return readAhead;
        }
        DonorAlias alias = entityManager.find(DonorAlias.class, donorId);
        return alias == null ? donorId : alias.survivorId;
    }

    private static BigDecimal positive(BigDecimal amount, String eventId) {
        if (amount == null || amount.signum() <= 0 || amount.scale() > 2) {
            throw new UnreadableEvent("event " + eventId + " has no positive amount in cents");
        }
        return amount.setScale(2);
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
}
