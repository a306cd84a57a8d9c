package org.donorcrm.reporting.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.donorcrm.reporting.EarmarkClass;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Income per earmark class over a period, summed from the income ledger at the moment of asking: the figure
 * is always the ledger's, so it can never drift from the events that fed it.
 */
@ApplicationScoped
public class UnearmarkedShareProjection {

    private final EntityManager entityManager;

    public UnearmarkedShareProjection(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public IncomeByEarmark income(Period period) {
        List<Object[]> rows = entityManager.createQuery("""
                        select m.earmarkClass, sum(m.amount) from IncomeMovement m
                        where m.incomeDate between :from and :to
                        group by m.earmarkClass""", Object[].class)
                .setParameter("from", period.from())
                .setParameter("to", period.to())
                .getResultList();
        Map<EarmarkClass, BigDecimal> sums = new EnumMap<>(EarmarkClass.class);
        for (EarmarkClass earmark : EarmarkClass.values()) {
            sums.put(earmark, BigDecimal.ZERO.setScale(2));
        }
        for (Object[] row : rows) {
            sums.put((EarmarkClass) row[0], ((BigDecimal) row[1]).setScale(2));
        }
        return new IncomeByEarmark(period, sums.get(EarmarkClass.UNEARMARKED), sums.get(EarmarkClass.PROGRAMME),
                sums.get(EarmarkClass.PROJECT));
    }
}
