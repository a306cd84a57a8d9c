package org.donorcrm.reporting.web;

import jakarta.enterprise.context.ApplicationScoped;
import org.donorcrm.reporting.service.AllocationQuery;
import org.donorcrm.reporting.service.BudgetRealisationProjection;
import org.donorcrm.reporting.service.CampaignResultsProjection;
import org.donorcrm.reporting.service.FinanceInputModels;
import org.donorcrm.reporting.service.FinanceInputs;
import org.donorcrm.reporting.service.KeyFigures;
import org.donorcrm.reporting.service.MonthCloses;
import org.donorcrm.reporting.service.Period;
import org.donorcrm.reporting.service.ReserveProjection;
import org.donorcrm.reporting.service.RetentionProjection;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Every table of the screens, built from the projections as a {@link Table}, so the screen and its CSV and XLSX
 * export show the same rows. Donor cells link to the donor's page in donor-service and carry only the id, unless
 * the caller passes names it fetched at view time.
 */
@ApplicationScoped
public class ScreenTables {

    /** The tables that can be exported by name, and who may export them (see {@link ScreenPages}). */
    public static final List<String> FINANCE_ONLY = List.of("reserve", "budget-income", "budget-costs");

    private final AllocationQuery allocations;
    private final RetentionProjection retention;
    private final CampaignResultsProjection campaigns;
    private final BudgetRealisationProjection budget;
    private final ReserveProjection reserve;
    private final FinanceInputs inputs;
    private final MonthCloses closes;
    private final KeyFigures keyFigures;

    public ScreenTables(AllocationQuery allocations, RetentionProjection retention,
                        CampaignResultsProjection campaigns, BudgetRealisationProjection budget,
                        ReserveProjection reserve, FinanceInputs inputs, MonthCloses closes, KeyFigures keyFigures) {
        this.allocations = allocations;
        this.retention = retention;
        this.campaigns = campaigns;
        this.budget = budget;
        this.reserve = reserve;
        this.inputs = inputs;
        this.closes = closes;
        this.keyFigures = keyFigures;
    }

    public Table allocations(AllocationQuery.Filter filter, int page, int size, Map<String, String> names) {
        AllocationQuery.AllocationPage rows = allocations.list(filter, page, size);
        List<List<Object>> out = new ArrayList<>();
        for (AllocationQuery.Allocation a : rows.items()) {
            out.add(row(a.incomeDate().toString(), a.movement(), donor(a.donorId(), names), a.donorKind(),
                    a.incomeCategory(), a.earmarkClass(), a.fundCode(), a.amount(), a.giftId()));
        }
        return new Table("allocations", "Allocations " + rows.from() + " – " + rows.to() + ": " + rows.total()
                + " rows, sum € " + Format.amount(rows.sum()),
                List.of("Income date", "Movement", "Donor", "Kind", "Income category", "Earmark class", "Fund",
                        "Amount", "Gift"), out);
    }

    /** A page of a table, with the number of rows of all pages. */
    public record Paged(Table table, long total, int page, int size) {
        public long first() {
            return table.rows().isEmpty() ? 0 : (long) page * size + 1;
        }

        public long last() {
            return (long) page * size + table.rows().size();
        }

        public boolean hasMore() {
            return last() < total;
        }

        public int previousPage() {
            return page - 1;
        }

        public int nextPage() {
            return page + 1;
        }
    }

    /** Every LYBUNT or SYBUNT donor, ids only (the exports). */
    public Table lapsed(LocalDate asOf, boolean lybunt) {
        return lapsed(asOf, lybunt, 0, ScreenPages.MAX_EXPORT_ROWS, ids -> Map.of()).table();
    }

    /**
     * One page of the LYBUNT or SYBUNT list; {@code names} is asked once, for the donor ids of that page, and the
     * donors it names are shown by name (still linked to their page in donor-service).
     */
    public Paged lapsed(LocalDate asOf, boolean lybunt, int page, int size,
                        Function<List<String>, Map<String, String>> names) {
        RetentionProjection.LapsedList list = retention.lapsed(asOf, lybunt, page, size);
        Map<String, String> found = list.items().isEmpty() ? Map.of()
                : names.apply(list.items().stream().map(RetentionProjection.LapsedDonor::donorId).toList());
        List<List<Object>> out = new ArrayList<>();
        for (RetentionProjection.LapsedDonor d : list.items()) {
            out.add(row(donor(d.donorId(), found), d.lastGiftYear(), d.lastYearAmount()));
        }
        String name = lybunt ? "lybunt" : "sybunt";
        return new Paged(new Table(name, (lybunt ? "LYBUNT" : "SYBUNT") + " as of " + asOf + ": " + list.total()
                + " donors", List.of("Donor", "Last year with net giving", "Net amount that year"), out),
                list.total(), page, size);
    }

    public Table campaignResults(Period period) {
        List<List<Object>> out = new ArrayList<>();
        for (CampaignResultsProjection.CampaignResult c : campaigns.results(period, null).items()) {
            out.add(row(c.code(), c.name(), c.type(), c.channel(), c.goal(), c.raised(), c.goalReached(), c.gifts(),
                    c.donors(), c.costPerEuroRaised()));
        }
        return new Table("campaign-results", "Campaign results " + period.from() + " – " + period.to(),
                List.of("Code", "Name", "Type", "Channel", "Goal", "Raised", "Goal reached %", "Gifts", "Donors",
                        "Cost per euro raised"), out);
    }

    public Table budgetIncome(Period period) {
        BudgetRealisationProjection.BudgetRealisation b = budget.compute(period, null);
        List<List<Object>> out = new ArrayList<>();
        for (BudgetRealisationProjection.IncomeRow r : b.income()) {
            out.add(row(r.incomeCategory(), r.earmarkClass(), r.budget(), r.realised(), r.difference(),
                    r.realisation()));
        }
        out.add(row("Total", "", b.incomeBudget(), b.incomeRealised(), b.incomeRealised().subtract(b.incomeBudget()),
                null));
        return new Table("budget-income", "Income: budget against realisation " + period.from() + " – "
                + period.to(), List.of("Income category", "Earmark class", "Budget", "Realised", "Difference",
                "Realisation %"), out);
    }

    public Table budgetCosts(Period period) {
        BudgetRealisationProjection.BudgetRealisation b = budget.compute(period, null);
        List<List<Object>> out = new ArrayList<>();
        for (BudgetRealisationProjection.CostRow r : b.costs()) {
            out.add(row(r.costLine(), r.name(), r.werkorganisatie() ? "yes" : "no", r.budget(), r.actual(),
                    r.difference()));
        }
        out.add(row("Coverage of the werkorganisatie", "", "", b.budgetedCoverage(), b.coverage(), null));
        return new Table("budget-costs", "Costs: budget against actual " + period.from() + " – " + period.to(),
                List.of("Cost line", "Name", "Werkorganisatie", "Budget", "Actual", "Difference"), out);
    }

    public Table reserve(Period period) {
        ReserveProjection.ReserveFigure r = reserve.project(period, null);
        List<List<Object>> out = new ArrayList<>();
        out.add(row("Opening balance (audited closing " + (r.year() - 1) + ")", r.openingBalance()));
        out.add(row("Planned addition", r.plannedAddition()));
        out.add(row("Unearmarked income to date", r.unearmarkedIncomeToDate()));
        out.add(row("Unearmarked budget to date", r.unearmarkedBudgetToDate()));
        out.add(row("Werkorganisatie cost to date", r.werkorganisatieCostToDate()));
        out.add(row("Werkorganisatie budget to date", r.werkorganisatieBudgetToDate()));
        out.add(row("Projected closing balance", r.projectedClosingBalance()));
        out.add(row("Plan path at the end of the year", r.planPathClosing()));
        out.add(row("Short by (negative: ahead)", r.shortBy()));
        out.add(row("Ratio to the yearly werkorganisatie cost (target 0.5, ceiling 1.5)",
                r.ratioToWerkorganisatie()));
        for (FinanceInputModels.ReserveBalance balance : inputs.reserveBalances()) {
            out.add(row("Reserve ledger: audited closing balance " + balance.year(),
                    balance.auditedClosingBalance()));
        }
        return new Table("reserve", "Continuity reserve " + r.from() + " – " + r.to()
                + (r.missingInputs().isEmpty() ? "" : " (missing: " + String.join(", ", r.missingInputs()) + ")"),
                List.of("Item", "Amount"), out);
    }

    public Table close(MonthCloses.Close close) {
        List<List<Object>> out = new ArrayList<>();
        for (MonthCloses.Value v : close.values()) {
            out.add(row(v.kpi(), v.field(), v.frozen(), v.changeOnPreviousMonth(), v.changeOnPreviousQuarter(),
                    v.live(), v.adjustment()));
        }
        return new Table("close-" + close.year() + "-" + close.month(), "Close of " + close.year() + "-"
                + close.month() + " by " + close.closedBy() + " at " + close.closedAt(),
                List.of("KPI", "Value", "Frozen at close", "Change on previous month", "Change on previous quarter",
                        "Live now", "Adjustment after close"), out);
    }

    public Table monthlyIncome(int year) {
        KeyFigures.Monthly monthly = keyFigures.monthly(year);
        List<List<Object>> out = new ArrayList<>();
        for (int m = 0; m < monthly.months().size(); m++) {
            BigDecimal total = monthly.unearmarked().get(m).add(monthly.programme().get(m))
                    .add(monthly.project().get(m));
            out.add(row(monthly.months().get(m), monthly.unearmarked().get(m), monthly.programme().get(m),
                    monthly.project().get(m), total));
        }
        return new Table("monthly-income", "Monthly income " + year + " by earmark class",
                List.of("Month", "Unearmarked", "Programme (semi-earmarked)", "Project (earmarked)", "Total"), out);
    }

    private static Object donor(String donorId, Map<String, String> names) {
        String name = names.get(donorId);
        return new Table.Link(name == null ? donorId : name, Nav.donorUrl() + "/donors/" + donorId);
    }

    private static List<Object> row(Object... cells) {
        return new ArrayList<>(Arrays.asList(cells));
    }
}
