package org.donorcrm.reporting.ledger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import org.donorcrm.reporting.period.Period;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The drill-down: the ledger rows behind a figure (dates, amounts, funds, donor ids; never personal data), with
 * the same filters the figures sum over, so that the listed rows add up to the figure to the cent.
 */
@ApplicationScoped
public class AllocationQuery {

    /** What to list; null fields do not filter. */
    public record Filter(Period period, String earmarkClass, String incomeCategory, String donorKind,
                         Boolean institutional, String campaignId, String donorId, String fundCode) {
    }

    public record Allocation(long id, String movement, String giftId, String donorId, LocalDate incomeDate,
                             String earmarkClass, String fundCode, String fundName, BigDecimal amount,
                             String donorKind, String incomeCategory, String campaignId, String appealId) {
    }

    public record AllocationPage(LocalDate from, LocalDate to, List<Allocation> items, long total, int page,
                                 int size, BigDecimal sum) {
    }

    private final EntityManager em;
    private final LedgerQueries ledger;

    public AllocationQuery(EntityManager em, LedgerQueries ledger) {
        this.em = em;
        this.ledger = ledger;
    }

    public AllocationPage list(Filter filter, int page, int size) {
        StringBuilder where = new StringBuilder(" where m.income_date between ?1 and ?2");
        List<Object> params = new ArrayList<>(List.of(filter.period().from(), filter.period().to()));
        condition(where, params, "m.earmark_class = ?", filter.earmarkClass());
        condition(where, params, "coalesce(d.income_category, 'UNKNOWN') = ?", filter.incomeCategory());
        condition(where, params, "coalesce(d.kind, 'UNKNOWN') = ?", filter.donorKind());
        condition(where, params, LedgerQueries.DONOR + " = ?", filter.donorId());
        condition(where, params, "m.fund_code = ?", filter.fundCode());
        if (filter.institutional() != null) {
            where.append(filter.institutional()
                    ? " and d.kind not in ('INDIVIDUAL', 'COMPANY')"
                    : " and (d.kind is null or d.kind in ('INDIVIDUAL', 'COMPANY'))");
        }
        if (filter.campaignId() != null) {
            int n = params.size() + 1;
            where.append(" and (m.campaign_id = ?").append(n).append(" or m.appeal_id = ?").append(n)
                    .append(" or m.appeal_id in (select c.campaign_id from campaign_replica c ")
                    .append("where c.parent_campaign_id = ?").append(n).append("))");
            params.add(filter.campaignId());
        }
        // Filtered by period and earmark class only: count and sum from the daily aggregate (the same numbers).
        boolean byDayAndClass = filter.incomeCategory() == null && filter.donorKind() == null
                && filter.donorId() == null && filter.fundCode() == null && filter.institutional() == null
                && filter.campaignId() == null;
        Object[] head = byDayAndClass ? ledger.countAndSum(filter.period(), filter.earmarkClass())
                : (Object[]) bind(em.createNativeQuery("select count(*), coalesce(sum(m.amount), 0)"
                + LedgerQueries.LEDGER + where), params).getSingleResult();
        List<Object[]> rows = bind(em.createNativeQuery("select m.id, m.movement, m.gift_id, " + LedgerQueries.DONOR + ", "
                        + "m.income_date, m.earmark_class, m.fund_code, "
                        + "(select max(f.name) from fund_replica f where f.code = m.fund_code), m.amount, "
                        + "coalesce(d.kind, 'UNKNOWN'), coalesce(d.income_category, 'UNKNOWN'), m.campaign_id, "
                        + "m.appeal_id" + LedgerQueries.LEDGER + where + " order by m.income_date, m.id",
                Object[].class), params)
                .setFirstResult(page * size).setMaxResults(size).getResultList();
        List<Allocation> items = rows.stream().map(r -> new Allocation(((Number) r[0]).longValue(), (String) r[1],
                (String) r[2], (String) r[3], date(r[4]), (String) r[5], (String) r[6], (String) r[7],
                ((BigDecimal) r[8]).setScale(2), (String) r[9], (String) r[10], (String) r[11], (String) r[12]))
                .toList();
        return new AllocationPage(filter.period().from(), filter.period().to(), items,
                ((Number) head[0]).longValue(), page, size, new BigDecimal(head[1].toString()).setScale(2));
    }

    private static void condition(StringBuilder where, List<Object> params, String sql, String value) {
        if (value != null) {
            params.add(value);
            where.append(" and ").append(sql).append(params.size());
        }
    }

    private static Query bind(Query query, List<Object> params) {
        for (int i = 0; i < params.size(); i++) {
            query.setParameter(i + 1, params.get(i));
        }
        return query;
    }

    private static LocalDate date(Object value) {
        return value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
    }
}
