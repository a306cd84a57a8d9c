package org.donorcrm.reporting.finance;

import org.donorcrm.reporting.period.Period;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A yearly euro amount spread over the months of its year: evenly unless finance set twelve monthly amounts.
 * "To date" (docs/domain.md) = the closed months in full plus the running month pro rata by
 * days elapsed (the date itself included), rounded once, half-even, to the cent.
 */
public final class Phasing {

    private static final BigDecimal TWELVE = BigDecimal.valueOf(12);

    private Phasing() {
    }

    /**
     * The part of {@code yearly} phased up to and including {@code date}.
     *
     * @param monthly twelve monthly amounts adding up to {@code yearly}, or null for even phasing
     */
    public static BigDecimal toDate(BigDecimal yearly, BigDecimal[] monthly, LocalDate date) {
        int closedMonths = date.getMonthValue() - 1;
        BigDecimal days = BigDecimal.valueOf(date.getDayOfMonth());
        BigDecimal daysInMonth = BigDecimal.valueOf(YearMonth.from(date).lengthOfMonth());
        if (monthly == null) {
            // yearly × (closed months + days / days in month) / 12, as one fraction: one rounding only
            BigDecimal numerator = yearly.multiply(BigDecimal.valueOf(closedMonths).multiply(daysInMonth).add(days));
            return numerator.divide(TWELVE.multiply(daysInMonth), 2, RoundingMode.HALF_EVEN);
        }
        BigDecimal closed = BigDecimal.ZERO;
        for (int m = 0; m < closedMonths; m++) {
            closed = closed.add(monthly[m]);
        }
        BigDecimal running = monthly[closedMonths].multiply(days).divide(daysInMonth, 2, RoundingMode.HALF_EVEN);
        return closed.add(running).setScale(2, RoundingMode.HALF_EVEN);
    }

    /** The part of {@code yearly} phased into {@code period}: to date at its end minus to date before its start. */
    public static BigDecimal over(BigDecimal yearly, BigDecimal[] monthly, Period period) {
        BigDecimal atEnd = toDate(yearly, monthly, period.to());
        if (period.from().getDayOfYear() == 1) {
            return atEnd;
        }
        return atEnd.subtract(toDate(yearly, monthly, period.from().minusDays(1)));
    }
}
