package org.donorcrm.reporting.service;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A closed range of income dates within one calendar year, both ends included: a year, a quarter, a month, or
 * a year to date.
 */
public record Period(LocalDate from, LocalDate to) {

    public static Period year(int year) {
        return new Period(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    public static Period month(int year, int month) {
        YearMonth ym = YearMonth.of(year, month);
        return new Period(ym.atDay(1), ym.atEndOfMonth());
    }

    public static Period quarter(int year, int quarter) {
        return new Period(LocalDate.of(year, quarter * 3 - 2, 1), YearMonth.of(year, quarter * 3).atEndOfMonth());
    }

    public static Period yearToDate(LocalDate asOf) {
        return new Period(LocalDate.of(asOf.getYear(), 1, 1), asOf);
    }

    public int year() {
        return from.getYear();
    }

    /** From 1 January of the year to the end of this period: what "to date" means for the reserve and retention. */
    public Period yearToEnd() {
        return new Period(LocalDate.of(year(), 1, 1), to);
    }

    public boolean isWholeYear() {
        return from.getDayOfYear() == 1 && to.getMonthValue() == 12 && to.getDayOfMonth() == 31;
    }
}
