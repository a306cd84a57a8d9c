package org.donorcrm.reporting.figures;

import jakarta.enterprise.context.ApplicationScoped;
import org.donorcrm.reporting.finance.FinanceInputs;
import org.donorcrm.reporting.finance.Phasing;
import org.donorcrm.reporting.ledger.EarmarkClass;
import org.donorcrm.reporting.ledger.LedgerQueries;
import org.donorcrm.reporting.period.Period;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

/**
 * Two figures about who gives: private-donor income with the number of individual donors and the average gift
 * (figure 3), and unearmarked institutional income (figure 4), each against its euro target phased over the
 * period (closed months in full, the running month pro rata by days).
 */
@ApplicationScoped
public class DonorIncomeProjection {

    static final String INDIVIDUAL = "INDIVIDUAL";

    public record PrivateDonorFigure(int year, LocalDate from, LocalDate to, String currency,
                                     BigDecimal privateIncome, long individualDonors, long gifts,
                                     BigDecimal averageGift, BigDecimal yearTarget, BigDecimal periodTarget,
                                     BigDecimal shortBy, String status, String allocations) {
    }

    public record InstitutionalFigure(int year, LocalDate from, LocalDate to, String currency,
                                      BigDecimal institutionalUnearmarkedIncome,
                                      Map<String, BigDecimal> byIncomeCategory,
                                      BigDecimal unclassifiedUnearmarkedIncome,
                                      BigDecimal yearTarget, BigDecimal periodTarget, BigDecimal shortBy,
                                      String status, String allocations) {
    }

    private final LedgerQueries ledger;
    private final FinanceInputs inputs;

    public DonorIncomeProjection(LedgerQueries ledger, FinanceInputs inputs) {
        this.ledger = ledger;
        this.inputs = inputs;
    }

    public PrivateDonorFigure privateDonors(Period period, String allocations) {
        return privateDonors(period, allocations, ledger.income(period));
    }

    /** The figure from the period's income sums already read (the dashboard reads them once for two tiles). */
    PrivateDonorFigure privateDonors(Period period, String allocations, LedgerQueries.IncomeSums sums) {
        BigDecimal income = privateIncome(sums);
        long[] donorsAndGifts = ledger.donorsAndGifts(period, INDIVIDUAL);
        long donors = donorsAndGifts[0];
        long gifts = donorsAndGifts[1];
        BigDecimal average = gifts == 0 ? null
                : income.divide(BigDecimal.valueOf(gifts), 2, RoundingMode.HALF_EVEN);
        BigDecimal yearTarget = inputs.target(period.year()).privateIncome();
        BigDecimal periodTarget = yearTarget == null ? null : Phasing.over(yearTarget, null, period);
        BigDecimal shortBy = periodTarget == null ? null : periodTarget.subtract(income);
        return new PrivateDonorFigure(period.year(), period.from(), period.to(), "EUR", income, donors, gifts,
                average, yearTarget, periodTarget, shortBy, status(shortBy), allocations);
    }

    /** Private-donor income (figure 3's privateIncome) of the period's income sums. */
    static BigDecimal privateIncome(LedgerQueries.IncomeSums sums) {
        return sums.sum(r -> INDIVIDUAL.equals(r.kind()));
    }

    /** The year's private-income target (null when none is set): what a trajectory needs, without the sums. */
    public BigDecimal privateIncomeTarget(int year) {
        return inputs.target(year).privateIncome();
    }

    public InstitutionalFigure institutional(Period period, String allocations) {
        return institutional(period, allocations, ledger.income(period));
    }

    InstitutionalFigure institutional(Period period, String allocations, LedgerQueries.IncomeSums sums) {
        Map<String, BigDecimal> byCategory = new TreeMap<>();
        for (LedgerQueries.IncomeSums.Row row : sums.rows()) {
            if (row.earmark() == EarmarkClass.UNEARMARKED && LedgerQueries.INSTITUTIONAL_KINDS.contains(row.kind())) {
                byCategory.merge(row.category(), row.amount(), BigDecimal::add);
            }
        }
        BigDecimal income = sums.sum(r -> r.earmark() == EarmarkClass.UNEARMARKED
                && LedgerQueries.INSTITUTIONAL_KINDS.contains(r.kind()));
        BigDecimal unclassified = sums.sum(r -> r.earmark() == EarmarkClass.UNEARMARKED
                && LedgerQueries.UNKNOWN.equals(r.kind()));
        BigDecimal yearTarget = inputs.target(period.year()).institutionalUnearmarkedIncome();
        BigDecimal periodTarget = yearTarget == null ? null : Phasing.over(yearTarget, null, period);
        BigDecimal shortBy = periodTarget == null ? null : periodTarget.subtract(income);
        return new InstitutionalFigure(period.year(), period.from(), period.to(), "EUR", income, byCategory,
                unclassified, yearTarget, periodTarget, shortBy, status(shortBy), allocations);
    }

    private static String status(BigDecimal shortBy) {
        return shortBy == null ? null : shortBy.signum() <= 0 ? "ON_TRACK" : "BEHIND";
    }
}
