package org.donorcrm.reporting.figures;

import jakarta.enterprise.context.ApplicationScoped;
import org.donorcrm.reporting.finance.FinanceInputModels;
import org.donorcrm.reporting.finance.FinanceInputs;
import org.donorcrm.reporting.ledger.EarmarkClass;
import org.donorcrm.reporting.ledger.LedgerQueries;
import org.donorcrm.reporting.period.Period;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Budget versus realisation (docs/figures.md, figure 7), as finance draws it up: income per RJ 650 category
 * and earmark class (budget phased over the period, realised from the ledger), costs per cost line (actual costs
 * of the period's months), and coverage of the werkorganisatie = unearmarked income ÷ werkorganisatie cost; the
 * year's result (income − costs) and the closing continuity reserve = opening balance + the free part of the
 * result (unearmarked income − werkorganisatie cost, from 1 January to the end of the period), budgeted and
 * realised; and whether the budget's planned reserve movement equals the budget's own result.
 */
@ApplicationScoped
public class BudgetRealisationProjection {

    static final List<String> CATEGORIES = List.of("INDIVIDUALS", "COMPANIES", "LOTTERY_ORGANISATIONS",
            "GOVERNMENT_GRANTS", "AFFILIATED_NONPROFITS", "OTHER_NONPROFITS");

    public record IncomeRow(String incomeCategory, String earmarkClass, BigDecimal budget, BigDecimal realised,
                            BigDecimal difference, BigDecimal realisation, String allocations) {
    }

    public record CostRow(String costLine, String name, boolean werkorganisatie, BigDecimal budget,
                          BigDecimal actual, BigDecimal difference) {
    }

    public record BudgetRealisation(int year, LocalDate from, LocalDate to, String currency,
                                    List<IncomeRow> income, BigDecimal incomeBudget, BigDecimal incomeRealised,
                                    List<CostRow> costs, BigDecimal werkorganisatieBudget,
                                    BigDecimal werkorganisatieActual, BigDecimal otherCostBudget,
                                    BigDecimal otherCostActual, BigDecimal unearmarkedBudget,
                                    BigDecimal unearmarkedRealised, BigDecimal budgetedCoverage,
                                    BigDecimal coverage, BigDecimal costBudget, BigDecimal costActual,
                                    BigDecimal resultBudget, BigDecimal resultRealised, Reserve reserve) {
        BudgetRealisation withReserve(Reserve closing) {
            return new BudgetRealisation(year, from, to, currency, income, incomeBudget, incomeRealised, costs,
                    werkorganisatieBudget, werkorganisatieActual, otherCostBudget, otherCostActual, unearmarkedBudget,
                    unearmarkedRealised, budgetedCoverage, coverage, costBudget, costActual, resultBudget,
                    resultRealised, closing);
        }
    }

    /**
     * The continuity reserve at the end of the period, from the year's start: opening balance (audited closing of
     * the previous year; null when not entered, and then the closings are null too) + the free result (unearmarked
     * income − werkorganisatie cost), budgeted and realised. plannedMovement is the budget's planned reserve movement
     * (null without a budget); budgetResultOfYear the whole year's budgeted income − costs; plannedMovementDiffers
     * when the two are not equal (shown as a warning; the projection of figure 2 still uses the planned movement).
     */
    public record Reserve(LocalDate from, LocalDate to, BigDecimal openingBalance, BigDecimal freeResultBudget,
                          BigDecimal freeResultRealised, BigDecimal closingBudget, BigDecimal closingRealised,
                          BigDecimal plannedMovement, BigDecimal budgetResultOfYear,
                          boolean plannedMovementDiffers) {
    }

    private final LedgerQueries ledger;
    private final FinanceInputs inputs;

    public BudgetRealisationProjection(LedgerQueries ledger, FinanceInputs inputs) {
        this.ledger = ledger;
        this.inputs = inputs;
    }

    public BudgetRealisation compute(Period period, String allocationsBase) {
        List<FinanceInputs.PhasedLine> lines = inputs.budgetLines(period.year());
        BudgetRealisation b = compute(period, allocationsBase, lines);
        Period toEnd = period.yearToEnd();
        BudgetRealisation fromStart = toEnd.equals(period) ? b : compute(toEnd, allocationsBase, lines);
        BigDecimal opening = inputs.auditedClosing(period.year() - 1).orElse(null);
        BigDecimal freeBudget = fromStart.unearmarkedBudget().subtract(fromStart.werkorganisatieBudget());
        BigDecimal freeRealised = fromStart.unearmarkedRealised().subtract(fromStart.werkorganisatieActual());
        BigDecimal planned = inputs.plannedReserveAddition(period.year());
        BigDecimal resultOfYear = lines.stream()
                .map(l -> FinanceInputs.INCOME.equals(l.type()) ? l.amount() : l.amount().negate())
                .reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2);
        Reserve reserve = new Reserve(toEnd.from(), toEnd.to(), opening, freeBudget, freeRealised,
                opening == null ? null : opening.add(freeBudget), opening == null ? null : opening.add(freeRealised),
                planned, resultOfYear, planned != null && planned.compareTo(resultOfYear) != 0);
        return b.withReserve(reserve);
    }

    private BudgetRealisation compute(Period period, String allocationsBase, List<FinanceInputs.PhasedLine> lines) {
        LedgerQueries.IncomeSums sums = ledger.income(period);
        List<IncomeRow> income = new ArrayList<>();
        List<String> categories = new ArrayList<>(CATEGORIES);
        categories.add(LedgerQueries.UNKNOWN);
        for (String category : categories) {
            for (EarmarkClass earmark : EarmarkClass.values()) {
                BigDecimal budget = lines.stream()
                        .filter(l -> FinanceInputs.INCOME.equals(l.type()) && category.equals(l.incomeCategory())
                                && earmark.name().equals(l.earmarkClass()))
                        .map(l -> l.over(period)).reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2);
                BigDecimal realised = sums.sum(r -> category.equals(r.category()) && r.earmark() == earmark);
                if (LedgerQueries.UNKNOWN.equals(category) && realised.signum() == 0) {
                    continue;
                }
                income.add(new IncomeRow(category, earmark.name(), budget, realised, realised.subtract(budget),
                        Shares.percent(realised, budget), allocationsBase + "&incomeCategory=" + category
                        + "&earmarkClass=" + earmark.name()));
            }
        }
        int firstMonth = period.from().getMonthValue();
        int lastMonth = period.to().getMonthValue();
        List<FinanceInputModels.ActualCost> actuals = inputs.actualCosts(period.year()).stream()
                .filter(c -> c.month() >= firstMonth && c.month() <= lastMonth).toList();
        List<CostRow> costs = new ArrayList<>();
        for (FinanceInputs.PhasedLine line : lines) {
            if (FinanceInputs.COST.equals(line.type())) {
                BigDecimal budget = line.over(period);
                BigDecimal actual = actuals.stream().filter(c -> c.costLine().equals(line.costCode()))
                        .map(FinanceInputModels.ActualCost::amount).reduce(BigDecimal.ZERO, BigDecimal::add)
                        .setScale(2);
                costs.add(new CostRow(line.costCode(), line.costName(), line.werkorganisatie(), budget, actual,
                        actual.subtract(budget)));
            }
        }
        BigDecimal incomeBudget = total(income.stream().map(IncomeRow::budget).toList());
        BigDecimal incomeRealised = total(income.stream().map(IncomeRow::realised).toList());
        BigDecimal werkBudget = total(costs.stream().filter(CostRow::werkorganisatie).map(CostRow::budget).toList());
        BigDecimal werkActual = total(costs.stream().filter(CostRow::werkorganisatie).map(CostRow::actual).toList());
        BigDecimal otherBudget = total(costs.stream().filter(c -> !c.werkorganisatie()).map(CostRow::budget).toList());
        BigDecimal otherActual = total(costs.stream().filter(c -> !c.werkorganisatie()).map(CostRow::actual).toList());
        BigDecimal unearmarkedBudget = total(income.stream()
                .filter(r -> EarmarkClass.UNEARMARKED.name().equals(r.earmarkClass())).map(IncomeRow::budget).toList());
        BigDecimal unearmarkedRealised = total(income.stream()
                .filter(r -> EarmarkClass.UNEARMARKED.name().equals(r.earmarkClass())).map(IncomeRow::realised)
                .toList());
        return new BudgetRealisation(period.year(), period.from(), period.to(), "EUR", income, incomeBudget,
                incomeRealised, costs, werkBudget, werkActual, otherBudget, otherActual, unearmarkedBudget,
                unearmarkedRealised, Shares.percent(unearmarkedBudget, werkBudget),
                Shares.percent(unearmarkedRealised, werkActual), werkBudget.add(otherBudget),
                werkActual.add(otherActual), incomeBudget.subtract(werkBudget.add(otherBudget)),
                incomeRealised.subtract(werkActual.add(otherActual)), null);
    }

    private static BigDecimal total(List<BigDecimal> amounts) {
        return amounts.stream().reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2);
    }
}
