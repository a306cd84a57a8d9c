package org.donorcrm.reporting.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.donorcrm.reporting.EarmarkClass;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The sums every figure is made of, straight from the income ledger joined at query time with the donor replica
 * (a gift whose donor is not known yet counts as kind and category UNKNOWN: in every total, in no category).
 */
@ApplicationScoped
public class LedgerQueries {

    public static final String UNKNOWN = "UNKNOWN";
    /** "Institutional" in the plan: every donor kind except individuals and companies. */
    public static final Set<String> INSTITUTIONAL_KINDS = Set.of("FOUNDATION", "GOVERNMENT", "EU_INSTITUTION",
            "LOTTERY", "AFFILIATED_NONPROFIT", "OTHER_NONPROFIT");

    /**
     * The donor a ledger row counts for: the survivor when its donor was merged. Resolved at query time, so a gift
     * event applied while a merge was being applied (another topic, another transaction) still counts for the
     * survivor, whichever committed first.
     */
    static final String DONOR = "coalesce(a.survivor_id, m.donor_id)";
    static final String ALIASED = " from income_movement m left join donor_alias a on a.merged_id = m.donor_id ";
    static final String LEDGER = ALIASED + "left join donor_replica d on d.donor_id = " + DONOR + " ";

    /** The income of a period summed per donor kind, category and earmark class. */
    public record IncomeSums(List<Row> rows) {

        public record Row(String kind, String category, EarmarkClass earmark, BigDecimal amount) {
        }

        public BigDecimal sum(Predicate<Row> filter) {
            return rows.stream().filter(filter).map(Row::amount).reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2);
        }
    }

    private final EntityManager em;

    public LedgerQueries(EntityManager em) {
        this.em = em;
    }

    public IncomeSums income(Period period) {
        List<Object[]> rows = em.createNativeQuery("select coalesce(d.kind, 'UNKNOWN'), "
                        + "coalesce(d.income_category, 'UNKNOWN'), m.earmark_class, sum(m.amount)" + LEDGER
                        + "where m.income_date between ?1 and ?2 group by 1, 2, 3", Object[].class)
                .setParameter(1, period.from()).setParameter(2, period.to()).getResultList();
        List<IncomeSums.Row> result = new ArrayList<>();
        for (Object[] r : rows) {
            result.add(new IncomeSums.Row((String) r[0], (String) r[1], EarmarkClass.valueOf((String) r[2]),
                    ((BigDecimal) r[3]).setScale(2)));
        }
        return new IncomeSums(result);
    }

    /** Donors of the given kind whose net giving in the period is above zero (merged donors count as the survivor). */
    public long donorsWithNetGiving(Period period, String kind) {
        Number n = (Number) em.createNativeQuery("select count(*) from (select " + DONOR + LEDGER
                        + "where m.income_date between ?1 and ?2 and d.kind = ?3 group by " + DONOR + " "
                        + "having sum(m.amount) > 0) x")
                .setParameter(1, period.from()).setParameter(2, period.to()).setParameter(3, kind).getSingleResult();
        return n.longValue();
    }

    /** Gifts of donors of the given kind recorded with an income date in the period and not (fully) reversed. */
    public long giftsNotReversed(Period period, String kind) {
        Number n = (Number) em.createNativeQuery("select count(distinct m.gift_id)" + LEDGER
                        + "where m.movement = 'RECORDED' and m.income_date between ?1 and ?2 and d.kind = ?3 "
                        + "and not exists (select 1 from income_movement r where r.gift_id = m.gift_id "
                        + "and r.movement = 'REVERSED')")
                .setParameter(1, period.from()).setParameter(2, period.to()).setParameter(3, kind).getSingleResult();
        return n.longValue();
    }

    /**
     * Net giving per donor (or household: the donor's household, else the donor alone) and calendar year, for
     * every year up to {@code end}, the part of {@code end}'s year after it left out. Only net-positive years.
     */
    public Map<String, Map<Integer, BigDecimal>> netPositiveYears(LocalDate end, boolean perHousehold) {
        String unit = perHousehold ? "coalesce(d.household_id, " + DONOR + ")" : DONOR;
        List<Object[]> rows = em.createNativeQuery("select " + unit + ", year(m.income_date), sum(m.amount)" + LEDGER
                        + "where m.income_date <= ?1 group by 1, 2 having sum(m.amount) > 0", Object[].class)
                .setParameter(1, end).getResultList();
        Map<String, Map<Integer, BigDecimal>> result = new HashMap<>();
        for (Object[] r : rows) {
            result.computeIfAbsent((String) r[0], k -> new HashMap<>())
                    .put(((Number) r[1]).intValue(), ((BigDecimal) r[2]).setScale(2));
        }
        return result;
    }

    /** Net amount per (campaign id, appeal id, gift, donor) over the period, for gifts attributed to either. */
    public record Attributed(String campaignId, String appealId, String giftId, String donorId, BigDecimal amount) {
    }

    public List<Attributed> attributed(Period period) {
        List<Object[]> rows = em.createNativeQuery("select m.campaign_id, m.appeal_id, m.gift_id, " + DONOR + ", "
                        + "sum(m.amount)" + ALIASED + "where m.income_date between ?1 and ?2 "
                        + "and (m.campaign_id is not null or m.appeal_id is not null) group by 1, 2, 3, 4",
                        Object[].class)
                .setParameter(1, period.from()).setParameter(2, period.to()).getResultList();
        return rows.stream().map(r -> new Attributed((String) r[0], (String) r[1], (String) r[2], (String) r[3],
                ((BigDecimal) r[4]).setScale(2))).toList();
    }
}
