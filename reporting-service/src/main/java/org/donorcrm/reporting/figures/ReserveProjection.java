package org.donorcrm.reporting.figures;

import jakarta.enterprise.context.ApplicationScoped;
import org.donorcrm.reporting.finance.FinanceInputModels;
import org.donorcrm.reporting.finance.FinanceInputs;
import org.donorcrm.reporting.finance.Phasing;
import org.donorcrm.reporting.ledger.EarmarkClass;
import org.donorcrm.reporting.ledger.LedgerQueries;
import org.donorcrm.reporting.period.Period;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The continuity reserve's projected closing balance of a year (docs/figures.md, figure 2):
 * opening balance (previous year's audited closing) + planned addition + (unearmarked income to date − its budget
 * to date) − (werkorganisatie cost to date − its budget to date); "to date" is the end of the asked period.
 */
@ApplicationScoped
public class ReserveProjection {

    public static final BigDecimal DEFAULT_PLANNED_ADDITION = new BigDecimal("200000.00");
    public static final BigDecimal RATIO_TARGET = new BigDecimal("0.5000");
    public static final BigDecimal RATIO_CEILING = new BigDecimal("1.5000");

    public record ReserveFigure(int year, LocalDate from, LocalDate to, String currency,
                                BigDecimal openingBalance, BigDecimal plannedAddition,
                                BigDecimal plannedAdditionToDate,
                                BigDecimal unearmarkedIncomeToDate, BigDecimal unearmarkedBudgetToDate,
                                BigDecimal werkorganisatieCostToDate, BigDecimal werkorganisatieBudgetToDate,
                                BigDecimal projectedClosingBalance, BigDecimal werkorganisatieCostBudget,
                                BigDecimal ratioToWerkorganisatie, BigDecimal ratioTarget, BigDecimal ratioCeiling,
                                BigDecimal planPathClosing, BigDecimal shortBy, String status,
                                List<String> missingInputs, String allocations) {
    }

    private final LedgerQueries ledger;
    private final FinanceInputs inputs;

    public ReserveProjection(LedgerQueries ledger, FinanceInputs inputs) {
        this.ledger = ledger;
        this.inputs = inputs;
    }

    public ReserveFigure project(Period asked, String allocations) {
        Period toDate = asked.yearToEnd();
        int year = toDate.year();
        List<String> missing = new ArrayList<>();

        BigDecimal opening = inputs.auditedClosing(year - 1).orElse(null);
        if (opening == null) {
            missing.add("reserve ledger: audited closing balance of " + (year - 1));
        }
        BigDecimal planned = inputs.plannedReserveAddition(year);
        if (planned == null) {
            missing.add("budget of " + year + " (planned addition taken as 200000.00, budgets as 0.00)");
            planned = DEFAULT_PLANNED_ADDITION;
        }
        BigDecimal unearmarked = ledger.incomeByEarmark(toDate).get(EarmarkClass.UNEARMARKED);
        BigDecimal unearmarkedBudget = BigDecimal.ZERO.setScale(2);
        BigDecimal werkBudgetToDate = BigDecimal.ZERO.setScale(2);
        BigDecimal werkBudgetYear = BigDecimal.ZERO.setScale(2);
        List<String> werkCodes = new ArrayList<>();
        List<FinanceInputs.PhasedLine> werkLines = new ArrayList<>();
        for (FinanceInputs.PhasedLine line : inputs.budgetLines(year)) {
            if (FinanceInputs.INCOME.equals(line.type())
                    && EarmarkClass.UNEARMARKED.name().equals(line.earmarkClass())) {
                unearmarkedBudget = unearmarkedBudget.add(line.over(toDate));
            } else if (FinanceInputs.COST.equals(line.type()) && line.werkorganisatie()) {
                werkLines.add(line);
                werkBudgetYear = werkBudgetYear.add(line.amount());
                werkCodes.add(line.costCode());
            }
        }
        int lastMonth = toDate.to().getMonthValue();
        List<FinanceInputModels.ActualCost> werkCosts = inputs.actualCosts(year).stream()
                .filter(c -> c.month() <= lastMonth && werkCodes.contains(c.costLine()))
                .toList();
        BigDecimal werkCost = werkCosts.stream()
                .map(FinanceInputModels.ActualCost::amount).reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2);
        // Costs are posted per whole month: compare them with the budget of the same months (January up to the
        // last month with posted costs), not with a budget phased to the day, which would count a month's budget
        // before its costs are posted (or part of it after they are).
        int postedThrough = werkCosts.stream().mapToInt(FinanceInputModels.ActualCost::month).max().orElse(0);
        if (postedThrough > 0) {
            Period posted = new Period(toDate.from(), Period.month(year, postedThrough).to());
            for (FinanceInputs.PhasedLine line : werkLines) {
                werkBudgetToDate = werkBudgetToDate.add(line.over(posted));
            }
        }

        BigDecimal projected = opening == null ? null : opening.add(planned)
                .add(unearmarked.subtract(unearmarkedBudget))
                .subtract(werkCost.subtract(werkBudgetToDate)).setScale(2);
        BigDecimal plan = inputs.target(year).reservePlanClosing();
        BigDecimal shortBy = projected == null || plan == null ? null : plan.subtract(projected).setScale(2);
        String status = shortBy == null ? null : shortBy.signum() <= 0 ? "ON_TRACK" : "SHORT";
        return new ReserveFigure(year, toDate.from(), toDate.to(), "EUR", opening, planned.setScale(2),
                Phasing.toDate(planned, null, toDate.to()), unearmarked, unearmarkedBudget, werkCost,
                werkBudgetToDate, projected, werkBudgetYear,
                projected == null ? null : Shares.ratio(projected, werkBudgetYear), RATIO_TARGET, RATIO_CEILING,
                plan, shortBy, status, missing, allocations);
    }
}
