package org.donorcrm.reporting.figures;

import jakarta.enterprise.context.ApplicationScoped;
import org.donorcrm.reporting.ledger.LedgerQueries;
import org.donorcrm.reporting.period.Period;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Donor retention by the Fundraising Effectiveness Project's definitions (docs/figures.md, figure 5), per donor or per
 * household, and the LYBUNT and SYBUNT lists (donor ids only). A donor of a year is one whose net giving in that
 * year is above zero after reversals; merged donors count once, as the survivor, since the ledger is re-keyed.
 * Year Y runs from 1 January to the end of the asked period; earlier years count in full.
 */
@ApplicationScoped
public class RetentionProjection {

    public record RetentionFigure(int year, LocalDate from, LocalDate to, String unit, long donorsOfYear,
                                  long donorsOfPreviousYear, long newDonors, long retained, long recaptured,
                                  long lapsed, BigDecimal retentionRate) {
    }

    /** One donor on a LYBUNT or SYBUNT list: the last year with net giving and that year's net amount. */
    public record LapsedDonor(String donorId, int lastGiftYear, BigDecimal lastYearAmount) {
    }

    public record LapsedList(LocalDate asOf, String list, List<LapsedDonor> items, long total, int page, int size) {
    }

    private final LedgerQueries ledger;

    public RetentionProjection(LedgerQueries ledger) {
        this.ledger = ledger;
    }

    public RetentionFigure retention(Period period, boolean perHousehold) {
        Period toDate = period.yearToEnd();
        int y = toDate.year();
        long ofYear = 0;
        long ofPrevious = 0;
        long fresh = 0;
        long retained = 0;
        long recaptured = 0;
        long lapsed = 0;
        LedgerQueries.NetYears net = ledger.netYears(toDate.to(), perHousehold);
        for (long[] years : net.cents().values()) {
            boolean now = net.positive(years, y);
            boolean before = net.positive(years, y - 1);
            boolean earlier = net.positiveBefore(years, y - 1);
            ofYear += now ? 1 : 0;
            ofPrevious += before ? 1 : 0;
            if (now && before) {
                retained++;
            } else if (now && earlier) {
                recaptured++;
            } else if (now) {
                fresh++;
            } else if (before) {
                lapsed++;
            }
        }
        return new RetentionFigure(y, toDate.from(), toDate.to(), perHousehold ? "HOUSEHOLD" : "DONOR", ofYear,
                ofPrevious, fresh, retained, recaptured, lapsed,
                Shares.percent(BigDecimal.valueOf(retained), BigDecimal.valueOf(ofPrevious)));
    }

    /**
     * LYBUNT: net giving last year, none yet this year (up to {@code asOf}). SYBUNT: net giving in some year before
     * last year, none last year, none yet this year. Largest last-year amount first, then by id.
     */
    public LapsedList lapsed(LocalDate asOf, boolean lybunt, int page, int size) {
        int y = asOf.getYear();
        List<LapsedDonor> all = new ArrayList<>();
        LedgerQueries.NetYears net = ledger.netYears(asOf, false);
        for (Map.Entry<String, long[]> donor : net.cents().entrySet()) {
            long[] years = donor.getValue();
            if (net.positive(years, y)) {
                continue;
            }
            boolean lastYear = net.positive(years, y - 1);
            boolean earlier = net.positiveBefore(years, y - 1);
            if (lybunt ? lastYear : !lastYear && earlier) {
                int last = net.lastPositive(years, y - 1);
                all.add(new LapsedDonor(donor.getKey(), last, net.amount(years, last)));
            }
        }
        all.sort(Comparator.comparing(LapsedDonor::lastGiftYear).reversed()
                .thenComparing(LapsedDonor::lastYearAmount, Comparator.reverseOrder())
                .thenComparing(LapsedDonor::donorId));
        int fromIndex = Math.min(page * size, all.size());
        int toIndex = Math.min(fromIndex + size, all.size());
        return new LapsedList(asOf, lybunt ? "LYBUNT" : "SYBUNT", all.subList(fromIndex, toIndex), all.size(), page,
                size);
    }
}
