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
 * of the period's months), and coverage of the werkorganisatie = unearmarked income ÷ werkorganisatie cost.
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
                                    BigDecimal coverage) {
    }

    private final LedgerQueries ledger;
    private final FinanceInputs inputs;

    public BudgetRealisationProjection(LedgerQueries ledger, FinanceInputs inputs) {
        this.ledger = ledger;
        this.inputs = inputs;
    }

    public BudgetRealisation compute(Period period, String allocationsBase) {
        LedgerQueries.IncomeSums sums = ledger.income(period);
        List<FinanceInputs.PhasedLine> lines = inputs.budgetLines(period.year());
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
                Shares.percent(unearmarkedRealised, werkActual));
    }

    private static BigDecimal total(List<BigDecimal> amounts) {
        return amounts.stream().reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2);
    }
}
