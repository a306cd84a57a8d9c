package org.donorcrm.reporting.figures;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The unearmarked share of a period. Amounts in euros; shares are percentages with two decimals (20.00 means
 * 20.00 %), null while the period has no income. shortBy: euros of unearmarked income missing to reach the
 * year's target share at the period's totals (negative: ahead); status ON_TRACK or BEHIND.
 */
public record UnearmarkedShareResponse(
        int year,
        LocalDate from,
        LocalDate to,
        String currency,
        BigDecimal unearmarkedIncome,
        BigDecimal programmeEarmarkedIncome,
        BigDecimal projectEarmarkedIncome,
        BigDecimal totalIncome,
        BigDecimal unearmarkedShare,
        BigDecimal semiEarmarkedShare,
        BigDecimal earmarkedShare,
        BigDecimal budgetedUnearmarkedShare,
        BigDecimal targetUnearmarkedShare,
        BigDecimal shortBy,
        String status,
        String allocations) {

    static UnearmarkedShareResponse of(int year, IncomeByEarmark income, UnearmarkedShareProjection.AgainstTarget target,
                                       String allocations) {
        BigDecimal total = income.total();
        return new UnearmarkedShareResponse(year, income.period().from(), income.period().to(), "EUR",
                income.unearmarked(), income.programme(), income.project(), total,
                Shares.percent(income.unearmarked(), total),
                Shares.percent(income.programme(), total),
                Shares.percent(income.project(), total),
                target.budgetedShare(), target.targetShare(), target.shortBy(), target.status(), allocations);
    }
}
