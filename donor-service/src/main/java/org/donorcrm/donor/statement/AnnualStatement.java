package org.donorcrm.donor.statement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A donor's annual gift statement: every gift of the year that was not reversed, the gifts under a periodic-gift
 * agreement apart (per agreement), and the totals. {@code corrected}: a gift of the year was reversed after the year
 * ended, so the statement differs from one made at the year's end. Computed on request from the gift facts: the
 * same facts give the same statement.
 */
public record AnnualStatement(String donorId, long donorNumber, int year, String language, String salutation,
                              boolean corrected, List<Gift> gifts, BigDecimal totalGifts, List<Agreement> agreements,
                              BigDecimal totalPeriodic, BigDecimal total, Organisation organisation) {

    /** A gift: its income date, amount and funds (null: unearmarked or not known). */
    public record Gift(String giftId, LocalDate date, BigDecimal amount, String funds) {
    }

    /**
     * A periodic-gift agreement with its gifts of the year; {@code number} is its transaction number (the agreement's
     * id for an agreement learnt before the event carried the number).
     */
    public record Agreement(String number, LocalDate startDate, LocalDate endDate, int durationYears,
                            List<Gift> gifts, BigDecimal total) {
    }

    /** The letterhead: the organisation's name, address, RSIN and ANBI status. */
    public record Organisation(String name, String street, String postcodeCity, String rsin, boolean anbi) {
    }
}
