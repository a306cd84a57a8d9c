package org.donorcrm.gift.sepa;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * How often a recurring gift is collected. Every due date is computed from the first collection date
 * (first + k × step months, clamped to the month's last day), never from the previous due date, so a schedule
 * that starts on the 31st does not drift to the 28th after February.
 */
public enum Frequency {
    MONTHLY(1),
    QUARTERLY(3),
    YEARLY(12);

    private final int months;

    Frequency(int months) {
        this.months = months;
    }

    public boolean isDueOn(LocalDate first, LocalDate end, LocalDate date) {
        if (date.isBefore(first) || (end != null && date.isAfter(end))) {
            return false;
        }
        long elapsed = ChronoUnit.MONTHS.between(first.withDayOfMonth(1), date.withDayOfMonth(1));
        return elapsed % months == 0 && first.plusMonths(elapsed).equals(date);
    }

    /** The first due date on or after {@code from}, or null when the schedule has ended by then. */
    public LocalDate nextOnOrAfter(LocalDate first, LocalDate end, LocalDate from) {
        LocalDate next = first;
        for (long k = 0; next.isBefore(from); k++) {
            next = first.plusMonths((k + 1) * months);
        }
        return end != null && next.isAfter(end) ? null : next;
    }
}
