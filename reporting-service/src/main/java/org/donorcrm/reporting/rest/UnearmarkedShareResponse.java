package org.donorcrm.reporting.rest;

import org.donorcrm.reporting.service.IncomeByEarmark;
import org.donorcrm.reporting.service.Shares;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The unearmarked share of a year. Amounts in euros; shares are percentages with two decimals (20.00 means
 * 20.00 %), null while the year has no income.
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
        BigDecimal earmarkedShare) {

    static UnearmarkedShareResponse of(int year, IncomeByEarmark income) {
        BigDecimal total = income.total();
        return new UnearmarkedShareResponse(year, income.period().from(), income.period().to(), "EUR",
                income.unearmarked(), income.programme(), income.project(), total,
                Shares.percent(income.unearmarked(), total),
                Shares.percent(income.programme(), total),
                Shares.percent(income.project(), total));
    }
}
