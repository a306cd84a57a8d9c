package org.donorcrm.reporting.service;

import java.time.LocalDate;

/** A closed range of income dates, both ends included. */
public record Period(LocalDate from, LocalDate to) {

    public static Period year(int year) {
        return new Period(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }
}
