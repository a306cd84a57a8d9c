package org.donorcrm.reporting.figures;

import jakarta.enterprise.context.ApplicationScoped;
import org.donorcrm.reporting.finance.FinanceInputs;
import org.donorcrm.reporting.ledger.EarmarkClass;
import org.donorcrm.reporting.ledger.LedgerQueries;
import org.donorcrm.reporting.period.Period;

import java.math.BigDecimal;
import java.util.Map;

/**
 * Income per earmark class over a period, summed at the moment of asking from the ledger's daily aggregate
 * (income_day), which is written in the same transaction as the ledger rows it sums: the figure is always the
 * ledger's, so it can never drift from the events that fed it. Beside it: the budgeted share, the
 * year's target share and how many euros of unearmarked income the period is short of it.
 */
@ApplicationScoped
public class UnearmarkedShareProjection {

    /** The target side of the figure; null parts where finance has not set a target or budget. */
    public record AgainstTarget(BigDecimal targetShare, BigDecimal budgetedShare, BigDecimal shortBy, String status) {
    }

    private final LedgerQueries ledger;
    private final FinanceInputs inputs;

    public UnearmarkedShareProjection(LedgerQueries ledger, FinanceInputs inputs) {
        this.ledger = ledger;
        this.inputs = inputs;
    }

    /** Read from the ledger's daily aggregate (income_day), kept with the ledger rows in their transaction. */
    public IncomeByEarmark income(Period period) {
        Map<EarmarkClass, BigDecimal> sums = ledger.incomeByEarmark(period);
        return new IncomeByEarmark(period, sums.get(EarmarkClass.UNEARMARKED), sums.get(EarmarkClass.PROGRAMME),
                sums.get(EarmarkClass.PROJECT));
    }

    /**
     * Short by = target share × total income − unearmarked income, to the cent (negative means ahead); the
     * budgeted share = budgeted unearmarked income ÷ budgeted income, both phased over the period.
     */
    public AgainstTarget againstTarget(IncomeByEarmark income) {
        Period period = income.period();
        BigDecimal targetShare = inputs.target(period.year()).unearmarkedShare();
        BigDecimal budgetUnearmarked = BigDecimal.ZERO;
        BigDecimal budgetTotal = BigDecimal.ZERO;
        for (FinanceInputs.PhasedLine line : inputs.budgetLines(period.year())) {
            if (FinanceInputs.INCOME.equals(line.type())) {
                BigDecimal phased = line.over(period);
                budgetTotal = budgetTotal.add(phased);
                if (EarmarkClass.UNEARMARKED.name().equals(line.earmarkClass())) {
                    budgetUnearmarked = budgetUnearmarked.add(phased);
                }
            }
        }
        BigDecimal budgetedShare = Shares.percent(budgetUnearmarked, budgetTotal);
        if (targetShare == null) {
            return new AgainstTarget(null, budgetedShare, null, null);
        }
        BigDecimal shortBy = Shares.percentOf(targetShare, income.total()).subtract(income.unearmarked());
        return new AgainstTarget(targetShare.setScale(2), budgetedShare, shortBy,
                shortBy.signum() <= 0 ? "ON_TRACK" : "BEHIND");
    }
}
