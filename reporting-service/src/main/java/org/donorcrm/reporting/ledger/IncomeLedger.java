package org.donorcrm.reporting.ledger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.donorcrm.platform.consume.UnreadableEvent;
import org.hibernate.Session;
import org.jboss.logging.Logger;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Turns gift events into rows of the append-only income ledger: a recorded gift adds + rows on its income date,
 * a reversal − rows on the reversal date, a re-earmarking − previous and + new rows on the original income date.
 * Every figure is a sum over these rows. Called by {@link ReadModel} inside its transaction; each handler checks
 * the whole event before writing a row.
 * <p>
 * Speed for batches (the live consumers and the rebuild apply hundreds of events per transaction): the rows are
 * collected per transaction and written by {@link #flushPending()} as one JDBC batch (a multi-row insert with
 * {@code rewriteBatchedStatements}; the table's IDENTITY key keeps Hibernate from batching them), and the donor
 * aliases of a batch can be looked up with one query ({@link #preloadAliases}). {@link ReadModel} flushes before
 * anything that reads or updates the ledger in the same transaction (a merge) and before it returns; a transaction
 * that would commit with rows still pending is rolled back instead (a programming error must not lose rows).
 */
@ApplicationScoped
public class IncomeLedger {

    private static final Logger LOG = Logger.getLogger(IncomeLedger.class);
    private static final String PENDING = IncomeLedger.class.getName() + ".pending";
    private static final String ALIASES = IncomeLedger.class.getName() + ".aliases";

    private final EntityManager entityManager;
    private final TransactionSynchronizationRegistry transactions;

    public IncomeLedger(EntityManager entityManager, TransactionSynchronizationRegistry transactions) {
        this.entityManager = entityManager;
        this.transactions = transactions;
    }

    void recorded(String eventId, GiftRecorded gift) {
        require(eventId, gift.giftId(), gift.donorId(), gift.incomeDate(), gift.amount());
        check(eventId, gift.allocations(), gift.amount());
        String donorId = survivorOf(gift.donorId());
        write(eventId, IncomeMovement.Kind.RECORDED, gift.giftId(), donorId, gift.incomeDate(), gift.allocations(),
                BigDecimal.ONE, gift.campaignId(), gift.appealId());
    }

    void reversed(String eventId, GiftReversed reversal) {
        require(eventId, reversal.giftId(), reversal.donorId(), reversal.reversalDate(), reversal.amount());
        check(eventId, reversal.allocations(), reversal.amount());
        String donorId = survivorOf(reversal.donorId());
        write(eventId, IncomeMovement.Kind.REVERSED, reversal.giftId(), donorId, reversal.reversalDate(),
                reversal.allocations(), BigDecimal.ONE.negate(), reversal.campaignId(), reversal.appealId());
    }

    void reallocated(String eventId, GiftReallocated change) {
        require(eventId, change.giftId(), change.donorId(), change.incomeDate(), change.amount());
        check(eventId, change.previousAllocations(), change.amount());
        check(eventId, change.allocations(), change.amount());
        String donorId = survivorOf(change.donorId());
        write(eventId, IncomeMovement.Kind.REALLOCATED_OUT, change.giftId(), donorId, change.incomeDate(),
                change.previousAllocations(), BigDecimal.ONE.negate(), change.previousCampaignId(),
                change.previousAppealId());
        write(eventId, IncomeMovement.Kind.REALLOCATED_IN, change.giftId(), donorId, change.incomeDate(),
                change.allocations(), BigDecimal.ONE, change.campaignId(), change.appealId());
    }

    /** The donor id a gift event's donor now lives under: itself, or the survivor of a merge seen before. */
    private String survivorOf(String donorId) {
        @SuppressWarnings("unchecked")
        Map<String, String> preloaded = (Map<String, String>) transactions.getResource(ALIASES);
        if (preloaded != null && preloaded.containsKey(donorId)) {
            return preloaded.get(donorId);
        }
        DonorAlias alias = entityManager.find(DonorAlias.class, donorId);
        return alias == null ? donorId : alias.survivorId;
    }

    /** Looks up the aliases of these donors with one query, for the rest of the transaction (until a merge). */
    void preloadAliases(Collection<String> donorIds) {
        if (donorIds.isEmpty()) {
            return;
        }
        Map<String, String> survivors = new HashMap<>();
        donorIds.forEach(id -> survivors.put(id, id));
        entityManager.createQuery("select a.mergedId, a.survivorId from DonorAlias a where a.mergedId in :ids",
                        Object[].class)
                .setParameter("ids", List.copyOf(donorIds)).getResultList()
                .forEach(row -> survivors.put((String) row[0], (String) row[1]));
        transactions.putResource(ALIASES, survivors);
    }

    /** A merge changes aliases: later gift events of the transaction look them up again. */
    void forgetAliases() {
        if (transactions.getResource(ALIASES) != null) {
            transactions.putResource(ALIASES, new HashMap<String, String>());
        }
    }

    private List<IncomeMovement> pending() {
        @SuppressWarnings("unchecked")
        List<IncomeMovement> rows = (List<IncomeMovement>) transactions.getResource(PENDING);
        if (rows == null) {
            List<IncomeMovement> created = new ArrayList<>();
            transactions.putResource(PENDING, created);
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                    if (!created.isEmpty()) {
                        LOG.errorf("%d ledger rows were never flushed: rolling the transaction back", created.size());
                        transactions.setRollbackOnly();
                    }
                }

                @Override
                public void afterCompletion(int status) {
                    created.clear();
                }
            });
            rows = created;
        }
        return rows;
    }

    /** Writes the rows collected in this transaction, in one JDBC batch. */
    void flushPending() {
        @SuppressWarnings("unchecked")
        List<IncomeMovement> rows = (List<IncomeMovement>) transactions.getResource(PENDING);
        if (rows == null || rows.isEmpty()) {
            return;
        }
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("insert into income_movement (event_id, "
                    + "movement, gift_id, donor_id, line_no, income_date, earmark_class, fund_code, amount, "
                    + "campaign_id, appeal_id) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (IncomeMovement row : rows) {
                    insert.setString(1, row.eventId);
                    insert.setString(2, row.movement.name());
                    insert.setString(3, row.giftId);
                    insert.setString(4, row.donorId);
                    insert.setInt(5, row.lineNo);
                    insert.setObject(6, row.incomeDate);
                    insert.setString(7, row.earmarkClass.name());
                    insert.setString(8, row.fundCode);
                    insert.setBigDecimal(9, row.amount);
                    insert.setString(10, row.campaignId);
                    insert.setString(11, row.appealId);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            addToAggregates(connection, rows);
        });
        rows.clear();
    }

    /**
     * Adds the rows to the ledger's aggregates (income_day, income_donor_year; V6 migration; its gift count and
     * reversed_gift: V7) in the same transaction, so that every aggregate row stays the sum of its ledger rows. Keys
     * in sorted order: concurrent transactions lock the rows they share in the same order.
     */
    private static void addToAggregates(java.sql.Connection connection, List<IncomeMovement> rows)
            throws java.sql.SQLException {
        Map<List<Object>, BigDecimal[]> days = new TreeMap<>(KEY_ORDER);
        Map<List<Object>, BigDecimal[]> donorYears = new TreeMap<>(KEY_ORDER);
        // a recorded gift counts once, on the row of its first allocation line (V7: income_donor_year.gifts)
        Map<String, Integer> firstLine = new HashMap<>();
        java.util.SortedSet<String> reversedGifts = new java.util.TreeSet<>();
        for (IncomeMovement row : rows) {
            if (row.movement == IncomeMovement.Kind.RECORDED) {
                firstLine.merge(row.eventId, row.lineNo, Math::min);
            } else if (row.movement == IncomeMovement.Kind.REVERSED) {
                reversedGifts.add(row.giftId);
            }
        }
        for (IncomeMovement row : rows) {
            add(days, List.of(row.incomeDate.toString(), row.earmarkClass.name()), row.amount, false);
            add(donorYears, List.of(String.valueOf(row.incomeDate.getYear()), row.donorId, row.earmarkClass.name()),
                    row.amount, row.movement == IncomeMovement.Kind.RECORDED
                            && firstLine.get(row.eventId) == row.lineNo);
        }
        try (PreparedStatement upsert = connection.prepareStatement("insert into income_day (income_date, "
                + "earmark_class, amount, movements) values (?, ?, ?, ?) on duplicate key update "
                + "amount = amount + values(amount), movements = movements + values(movements)")) {
            for (Map.Entry<List<Object>, BigDecimal[]> e : days.entrySet()) {
                upsert.setObject(1, LocalDate.parse((String) e.getKey().get(0)));
                upsert.setString(2, (String) e.getKey().get(1));
                upsert.setBigDecimal(3, e.getValue()[0]);
                upsert.setLong(4, e.getValue()[1].longValue());
                upsert.addBatch();
            }
            upsert.executeBatch();
        }
        try (PreparedStatement upsert = connection.prepareStatement("insert into income_donor_year (income_year, "
                + "donor_id, earmark_class, amount, movements, gifts) values (?, ?, ?, ?, ?, ?) on duplicate key "
                + "update amount = amount + values(amount), movements = movements + values(movements), "
                + "gifts = gifts + values(gifts)")) {
            for (Map.Entry<List<Object>, BigDecimal[]> e : donorYears.entrySet()) {
                upsert.setInt(1, Integer.parseInt((String) e.getKey().get(0)));
                upsert.setString(2, (String) e.getKey().get(1));
                upsert.setString(3, (String) e.getKey().get(2));
                upsert.setBigDecimal(4, e.getValue()[0]);
                upsert.setLong(5, e.getValue()[1].longValue());
                upsert.setLong(6, e.getValue()[2].longValue());
                upsert.addBatch();
            }
            upsert.executeBatch();
        }
        if (!reversedGifts.isEmpty()) {
            try (PreparedStatement insert = connection.prepareStatement(
                    "insert ignore into reversed_gift (gift_id) values (?)")) {
                for (String giftId : reversedGifts) {
                    insert.setString(1, giftId);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        }
    }

    private static final java.util.Comparator<List<Object>> KEY_ORDER = (a, b) -> {
        for (int i = 0; i < a.size(); i++) {
            int c = ((String) a.get(i)).compareTo((String) b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return 0;
    };

    /** Adds a row to its key's {amount, ledger rows, gifts}. */
    private static void add(Map<List<Object>, BigDecimal[]> sums, List<Object> key, BigDecimal amount,
                            boolean countsGift) {
        BigDecimal[] sum = sums.computeIfAbsent(key,
                k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO});
        sum[0] = sum[0].add(amount);
        sum[1] = sum[1].add(BigDecimal.ONE);
        if (countsGift) {
            sum[2] = sum[2].add(BigDecimal.ONE);
        }
    }

    private void write(String eventId, IncomeMovement.Kind kind, String giftId, String donorId, LocalDate date,
                       List<GiftRecorded.Allocation> allocations, BigDecimal sign, String campaignId,
                       String appealId) {
        for (GiftRecorded.Allocation allocation : allocations) {
            IncomeMovement row = new IncomeMovement();
            row.eventId = eventId;
            row.movement = kind;
            row.giftId = giftId;
            row.donorId = donorId;
            row.lineNo = allocation.line();
            row.incomeDate = date;
            row.earmarkClass = EarmarkClass.valueOf(allocation.earmarkClass());
            row.fundCode = allocation.fundCode();
            row.amount = allocation.amount().multiply(sign).setScale(2);
            row.campaignId = campaignId;
            row.appealId = appealId;
            pending().add(row);
        }
    }

    private static void require(String eventId, Object... fields) {
        for (Object field : fields) {
            if (field == null) {
                throw new UnreadableEvent("gift event " + eventId + " misses required fields");
            }
        }
    }

    private static void check(String eventId, List<GiftRecorded.Allocation> allocations, BigDecimal amount) {
        if (allocations == null || allocations.isEmpty()) {
            throw new UnreadableEvent("gift event " + eventId + " has no allocations");
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (GiftRecorded.Allocation allocation : allocations) {
            if (allocation == null || allocation.amount() == null || allocation.amount().scale() > 2) {
                throw new UnreadableEvent("gift event " + eventId + " has an allocation without a cent amount");
            }
            earmarkClass(allocation.earmarkClass());
            sum = sum.add(allocation.amount());
        }
        if (sum.compareTo(amount) != 0) {
            throw new UnreadableEvent("allocations of gift event " + eventId + " do not add up to its amount");
        }
    }

    private static EarmarkClass earmarkClass(String value) {
        try {
            return EarmarkClass.valueOf(value);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new UnreadableEvent("unknown earmark class " + value);
        }
    }
}
