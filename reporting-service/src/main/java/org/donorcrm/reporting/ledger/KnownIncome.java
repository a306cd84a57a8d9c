package org.donorcrm.reporting.ledger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.donorcrm.platform.consume.UnreadableEvent;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The read models of income still to come (V9 migration): grant instalments, SEPA mandates, periodic-gift
 * agreements, and the gifts that were such known income (collections, received instalments). Fed through
 * {@link ReadModel} like the ledger (each event once), emptied and replayed by the rebuild. Order-tolerant: a status
 * change or a receipt that arrives before its signing or commitment is kept, and the later event fills in the rest.
 * Read by the forecast "as of" a date: what was signed, committed, received or ended by then.
 */
@ApplicationScoped
public class KnownIncome {

    static final Set<String> FREQUENCIES = Set.of("MONTHLY", "QUARTERLY", "YEARLY");

    /** A mandate as the forecast reads it; signedAt null while only a status change has arrived. */
    public record Mandate(String mandateId, String donorId, BigDecimal amount, String frequency,
                          LocalDate firstCollectionDate, LocalDate endDate, String fundCode, Instant signedAt,
                          String status, Instant statusAt) {

        /** Signed by {@code at} and not ended (lapsed, stopped, cancelled) by then. */
        public boolean activeAt(Instant at) {
            return signedAt != null && !signedAt.isAfter(at)
                    && ("ACTIVE".equals(status) || statusAt == null || statusAt.isAfter(at));
        }

        /**
         * The due dates in [from, to]: first collection + k × step months (k = 0, 1, …; the month's last day when
         * it has fewer days), up to the end date, as gift-service schedules them.
         */
        public List<LocalDate> dueDates(LocalDate from, LocalDate to) {
            int step = switch (frequency) {
                case "QUARTERLY" -> 3;
                case "YEARLY" -> 12;
                default -> 1;
            };
            List<LocalDate> dates = new ArrayList<>();
            long k = Math.max(0, ChronoUnit.MONTHS.between(firstCollectionDate.withDayOfMonth(1),
                    from.withDayOfMonth(1)) / step - 1);
            for (LocalDate due = firstCollectionDate.plusMonths(k * step); !due.isAfter(to);
                 due = firstCollectionDate.plusMonths(++k * step)) {
                if (endDate != null && due.isAfter(endDate)) {
                    break;
                }
                if (!due.isBefore(from)) {
                    dates.add(due);
                }
            }
            return dates;
        }
    }

    public record Agreement(String agreementId, String donorId, String mandateId, BigDecimal yearlyAmount,
                            LocalDate startDate, LocalDate endDate, Instant signedAt) {

        /** The agreement's term covers some of the year. */
        public boolean covers(int year) {
            return !startDate.isAfter(LocalDate.of(year, 12, 31))
                    && (endDate == null || !endDate.isBefore(LocalDate.of(year, 1, 1)));
        }
    }

    /** An instalment of a committed grant; committedAt null while only its receipt has arrived. */
    public record Instalment(String instalmentId, String grantId, String donorId, String fundCode,
                             String earmarkClass, LocalDate dueDate, BigDecimal amount, Instant committedAt,
                             LocalDate receivedDate) {

        /** Committed by {@code at} and not received on or before {@code asOf}. */
        public boolean outstandingAt(Instant at, LocalDate asOf) {
            return committedAt != null && !committedAt.isAfter(at) && dueDate != null
                    && (receivedDate == null || receivedDate.isAfter(asOf));
        }
    }

    private final EntityManager em;

    public KnownIncome(EntityManager em) {
        this.em = em;
    }

    // ------------------------------------------------------------ the events

    void grantCommitted(KnownIncomeEvents.GrantCommitted event) {
        if (event.grantId() == null || event.donorId() == null || event.committedAt() == null
                || event.instalments() == null || !known(event.earmarkClass())
                || event.instalments().stream().anyMatch(i -> i == null || i.instalmentId() == null
                || i.dueDate() == null || !money(i.amount()))) {
            throw new UnreadableEvent("grant event misses its id, donor, earmark class, time or an instalment");
        }
        for (KnownIncomeEvents.GrantCommitted.Instalment i : event.instalments()) {
            int updated = em.createNativeQuery("update grant_instalment set grant_id = ?2, donor_id = ?3, "
                            + "fund_code = ?4, earmark_class = ?5, due_date = ?6, amount = ?7, committed_at = ?8 "
                            + "where instalment_id = ?1")
                    .setParameter(1, i.instalmentId()).setParameter(2, event.grantId())
                    .setParameter(3, event.donorId()).setParameter(4, event.fundCode())
                    .setParameter(5, event.earmarkClass()).setParameter(6, i.dueDate()).setParameter(7, i.amount())
                    .setParameter(8, Timestamp.from(event.committedAt())).executeUpdate();
            if (updated == 0) {
                em.createNativeQuery("insert into grant_instalment (instalment_id, grant_id, donor_id, fund_code, "
                                + "earmark_class, due_date, amount, committed_at) "
                                + "values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)")
                        .setParameter(1, i.instalmentId()).setParameter(2, event.grantId())
                        .setParameter(3, event.donorId()).setParameter(4, event.fundCode())
                        .setParameter(5, event.earmarkClass()).setParameter(6, i.dueDate())
                        .setParameter(7, i.amount()).setParameter(8, Timestamp.from(event.committedAt()))
                        .executeUpdate();
            }
        }
    }

    void instalmentReceived(KnownIncomeEvents.GrantInstalmentReceived event) {
        if (event.grantId() == null || event.instalmentId() == null || event.giftId() == null
                || event.incomeDate() == null) {
            throw new UnreadableEvent("instalment event misses its grant, instalment, gift or income date");
        }
        int updated = em.createNativeQuery("update grant_instalment set received_date = ?2, gift_id = ?3 "
                        + "where instalment_id = ?1")
                .setParameter(1, event.instalmentId()).setParameter(2, event.incomeDate())
                .setParameter(3, event.giftId()).executeUpdate();
        if (updated == 0) {
            em.createNativeQuery("insert into grant_instalment (instalment_id, grant_id, donor_id, received_date, "
                            + "gift_id) values (?1, ?2, ?3, ?4, ?5)")
                    .setParameter(1, event.instalmentId()).setParameter(2, event.grantId())
                    .setParameter(3, event.donorId()).setParameter(4, event.incomeDate())
                    .setParameter(5, event.giftId()).executeUpdate();
        }
        knownGift(event.giftId(), "GRANT_INSTALMENT");
    }

    void mandateSigned(KnownIncomeEvents.MandateSigned event) {
        if (event.mandateId() == null || event.donorId() == null || !money(event.amount())
                || !FREQUENCIES.contains(event.frequency()) || event.firstCollectionDate() == null
                || event.signedAt() == null) {
            throw new UnreadableEvent("mandate event misses its id, donor, amount, frequency, first date or time");
        }
        int updated = em.createNativeQuery("update mandate_replica set donor_id = ?2, amount = ?3, frequency = ?4, "
                        + "first_collection_date = ?5, end_date = ?6, fund_code = ?7, signed_at = ?8 "
                        + "where mandate_id = ?1")
                .setParameter(1, event.mandateId()).setParameter(2, event.donorId())
                .setParameter(3, event.amount()).setParameter(4, event.frequency())
                .setParameter(5, event.firstCollectionDate()).setParameter(6, event.endDate())
                .setParameter(7, event.fundCode()).setParameter(8, Timestamp.from(event.signedAt())).executeUpdate();
        if (updated == 0) {
            em.createNativeQuery("insert into mandate_replica (mandate_id, donor_id, amount, frequency, "
                            + "first_collection_date, end_date, fund_code, signed_at, status) "
                            + "values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, 'ACTIVE')")
                    .setParameter(1, event.mandateId()).setParameter(2, event.donorId())
                    .setParameter(3, event.amount()).setParameter(4, event.frequency())
                    .setParameter(5, event.firstCollectionDate()).setParameter(6, event.endDate())
                    .setParameter(7, event.fundCode()).setParameter(8, Timestamp.from(event.signedAt()))
                    .executeUpdate();
        }
    }

    void mandateStatusChanged(KnownIncomeEvents.MandateStatusChanged event) {
        if (event.mandateId() == null || event.status() == null || event.changedAt() == null) {
            throw new UnreadableEvent("mandate status event misses its id, status or time");
        }
        Timestamp at = Timestamp.from(event.changedAt());
        int updated = em.createNativeQuery("update mandate_replica set status = ?2, status_at = ?3 "
                        + "where mandate_id = ?1 and (status_at is null or status_at < ?3)")
                .setParameter(1, event.mandateId()).setParameter(2, event.status()).setParameter(3, at)
                .executeUpdate();
        if (updated == 0 && em.createNativeQuery("select 1 from mandate_replica where mandate_id = ?1")
                .setParameter(1, event.mandateId()).getResultList().isEmpty()) {
            em.createNativeQuery("insert into mandate_replica (mandate_id, donor_id, status, status_at) "
                            + "values (?1, ?2, ?3, ?4)")
                    .setParameter(1, event.mandateId()).setParameter(2, event.donorId())
                    .setParameter(3, event.status()).setParameter(4, at).executeUpdate();
        }
    }

    void agreementSigned(KnownIncomeEvents.AgreementSigned event) {
        if (event.agreementId() == null || event.donorId() == null || !money(event.yearlyAmount())
                || event.startDate() == null || event.signedAt() == null) {
            throw new UnreadableEvent("agreement event misses its id, donor, yearly amount, start or time");
        }
        em.createNativeQuery("delete from agreement_replica where agreement_id = ?1")
                .setParameter(1, event.agreementId()).executeUpdate();
        em.createNativeQuery("insert into agreement_replica (agreement_id, donor_id, mandate_id, yearly_amount, "
                        + "start_date, end_date, signed_at) values (?1, ?2, ?3, ?4, ?5, ?6, ?7)")
                .setParameter(1, event.agreementId()).setParameter(2, event.donorId())
                .setParameter(3, event.mandateId()).setParameter(4, event.yearlyAmount())
                .setParameter(5, event.startDate()).setParameter(6, event.endDate())
                .setParameter(7, Timestamp.from(event.signedAt())).executeUpdate();
    }

    void collectionScheduled(KnownIncomeEvents.CollectionScheduled event) {
        if (event.collectionId() == null || event.mandateId() == null || event.giftId() == null) {
            throw new UnreadableEvent("collection event misses its id, mandate or gift");
        }
        knownGift(event.giftId(), "COLLECTION");
    }

    private void knownGift(String giftId, String source) {
        em.createNativeQuery("insert into known_gift (gift_id, source) values (?1, ?2) "
                        + "on duplicate key update source = source")
                .setParameter(1, giftId).setParameter(2, source).executeUpdate();
    }

    private static boolean known(String earmarkClass) {
        return earmarkClass != null && Set.of("UNEARMARKED", "PROGRAMME", "PROJECT").contains(earmarkClass);
    }

    private static boolean money(BigDecimal amount) {
        return amount != null && amount.scale() <= 2;
    }

    // ------------------------------------------------------------ what the forecast reads

    public List<Mandate> mandates() {
        List<Object[]> rows = em.createNativeQuery("select mandate_id, donor_id, amount, frequency, "
                + "first_collection_date, end_date, fund_code, signed_at, status, status_at from mandate_replica "
                + "where signed_at is not null order by mandate_id", Object[].class).getResultList();
        return rows.stream().map(r -> new Mandate((String) r[0], (String) r[1], (BigDecimal) r[2], (String) r[3],
                date(r[4]), date(r[5]), (String) r[6], instant(r[7]), (String) r[8],
                r[9] == null ? null : instant(r[9]))).toList();
    }

    public List<Agreement> agreements() {
        List<Object[]> rows = em.createNativeQuery("select agreement_id, donor_id, mandate_id, yearly_amount, "
                + "start_date, end_date, signed_at from agreement_replica order by agreement_id", Object[].class)
                .getResultList();
        return rows.stream().map(r -> new Agreement((String) r[0], (String) r[1], (String) r[2], (BigDecimal) r[3],
                date(r[4]), date(r[5]), instant(r[6]))).toList();
    }

    /** The instalments of committed grants due in the year. */
    public List<Instalment> instalmentsDueIn(int year) {
        List<Object[]> rows = em.createNativeQuery("select instalment_id, grant_id, donor_id, fund_code, "
                        + "earmark_class, due_date, amount, committed_at, received_date from grant_instalment "
                        + "where due_date between ?1 and ?2 and committed_at is not null "
                        + "order by due_date, instalment_id",
                        Object[].class)
                .setParameter(1, LocalDate.of(year, 1, 1)).setParameter(2, LocalDate.of(year, 12, 31))
                .getResultList();
        return rows.stream().map(r -> new Instalment((String) r[0], (String) r[1], (String) r[2], (String) r[3],
                (String) r[4], date(r[5]), (BigDecimal) r[6], instant(r[7]), date(r[8]))).toList();
    }

    /** The earmark class of each fund code the fund replica knows. */
    public Map<String, String> fundEarmarks() {
        List<Object[]> rows = em.createNativeQuery("select code, earmark_class from fund_replica", Object[].class)
                .getResultList();
        Map<String, String> earmarks = new HashMap<>();
        rows.forEach(r -> earmarks.put((String) r[0], (String) r[1]));
        return earmarks;
    }

    /**
     * The kind of each donor of a mandate, an agreement or a grant (as the survivor, when merged), UNKNOWN for a
     * donor not known yet.
     */
    public Map<String, String> donorKinds() {
        List<Object[]> rows = em.createNativeQuery("select x.donor_id, coalesce(d.kind, 'UNKNOWN') from "
                        + "(select donor_id from mandate_replica where donor_id is not null "
                        + "union select donor_id from agreement_replica "
                        + "union select donor_id from grant_instalment where donor_id is not null) x "
                        + "left join donor_alias a on a.merged_id = x.donor_id "
                        + "left join donor_replica d on d.donor_id = coalesce(a.survivor_id, x.donor_id)",
                Object[].class).getResultList();
        Map<String, String> kinds = new HashMap<>();
        rows.forEach(r -> kinds.put((String) r[0], (String) r[1]));
        return kinds;
    }

    private static Instant instant(Object value) {
        if (value instanceof Timestamp t) {
            return t.toInstant();
        }
        if (value instanceof java.time.LocalDateTime l) {
            return l.toInstant(java.time.ZoneOffset.UTC);
        }
        return (Instant) value;
    }

    private static LocalDate date(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
    }
}
