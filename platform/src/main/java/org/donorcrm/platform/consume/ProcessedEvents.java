package org.donorcrm.platform.consume;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.hibernate.Session;

import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TimeZone;

/**
 * The store of applied event ids ({@code processed_event}), written in the transaction that applied each event:
 * the one-by-one door asks per id, a batch asks once for all its ids and writes its new ids as one JDBC batch.
 */
@ApplicationScoped
public class ProcessedEvents {

    /** Ids asked for in one query at most (the IN list of a batch's read-ahead). */
    private static final int CHUNK = 1000;

    private final EntityManager entityManager;

    public ProcessedEvents(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Whether this event was applied before. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean seen(String eventId) {
        return entityManager.find(ProcessedEvent.class, eventId) != null;
    }

    /** Records one event as applied (the one-by-one door). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String eventId, String type) {
        ProcessedEvent processed = new ProcessedEvent();
        processed.eventId = eventId;
        processed.eventType = type;
        processed.processedAt = Instant.now();
        entityManager.persist(processed);
    }

    /**
     * The ids among {@code ids} already in {@code processed_event}: one query per thousand ids instead of one per
     * event. The table compares ids under its collation (case-insensitive, trailing spaces ignored) and answers them
     * as stored; the set holds them lower-cased and stripped, which is how a batch names them (lower-case UUIDs,
     * see {@link NotBatchable}), so that an id stored in other letters still counts as seen.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Set<String> among(Collection<String> ids) {
        List<String> distinct = ids.stream().filter(Objects::nonNull).distinct().toList();
        Set<String> known = new HashSet<>();
        for (int from = 0; from < distinct.size(); from += CHUNK) {
            List<String> chunk = distinct.subList(from, Math.min(from + CHUNK, distinct.size()));
            for (String stored : entityManager.createQuery(
                    "select p.eventId from ProcessedEvent p where p.eventId in :ids", String.class)
                    .setParameter("ids", chunk).getResultList()) {
                known.add(stored.toLowerCase(Locale.ROOT).strip());
            }
        }
        return known;
    }

    /** Records a batch's applied events with one JDBC batch (a multi-row insert with rewriteBatchedStatements). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordAll(List<Envelope> applied) {
        if (applied.isEmpty()) {
            return;
        }
        Timestamp now = Timestamp.from(Instant.now());
        List<Envelope> rows = new ArrayList<>(applied);
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(
                    "insert into processed_event (event_id, event_type, processed_at) values (?, ?, ?)")) {
                for (Envelope row : rows) {
                    insert.setString(1, row.id());
                    insert.setString(2, row.type());
                    insert.setTimestamp(3, now, Calendar.getInstance(TimeZone.getTimeZone("UTC")));
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        });
    }
}
