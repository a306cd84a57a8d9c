package org.donorcrm.reporting.period;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;

/**
 * A closed range of income dates within one calendar year, both ends included: a year, a quarter, a month, or
 * a year to date. The organisation's calendar is Europe/Amsterdam's: "today", the running year and whether a month
 * has ended are read there.
 */
public record Period(LocalDate from, LocalDate to) {

    public static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    /** The years a period may lie in, as the API and the screens take them. */
    public static final String YEAR = "20[0-9]{2}";
    public static final String YEAR_MESSAGE = "must be a year from 2000 to 2099";

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

    /** A year as far as it has run: to today for the running year, the whole year otherwise. */
    public static Period yearSoFar(int year) {
        LocalDate today = today();
        return year == today.getYear() ? yearToDate(today) : year(year);
    }

    public static LocalDate today() {
        return LocalDate.now(AMSTERDAM);
    }

    /** The year given as text ({@link #YEAR}, checked by the caller), or the running year when none is given. */
    public static int yearOrThisYear(String year) {
        return year == null ? today().getYear() : Integer.parseInt(year);
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
