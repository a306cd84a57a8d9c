package org.donorcrm.reporting.figures;

import jakarta.enterprise.context.ApplicationScoped;
import org.donorcrm.reporting.finance.FinanceInputModels;
import org.donorcrm.reporting.finance.FinanceInputs;
import org.donorcrm.reporting.ledger.AllocationQuery;
import org.donorcrm.reporting.period.Period;
import org.donorcrm.reporting.table.Format;
import org.donorcrm.reporting.table.Table;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The figures' tables as the screens show them, built from the projections as a {@link Table}, so that a screen
 * and its CSV and XLSX export show the same rows. Donor cells link to the donor's page in donor-service and carry
 * only the id, unless the caller passes names it fetched at view time.
 */
@ApplicationScoped
public class FigureTables {

    /** The tables only director and finance may see (the reserve and budget screens and their exports). */
    public static final List<String> FINANCE_ONLY = List.of("reserve", "budget-income", "budget-costs");
    /** An export holds every row of its table, up to this many (the screen pages them). */
    public static final int MAX_EXPORT_ROWS = 100_000;

    private final AllocationQuery allocations;
    private final RetentionProjection retention;
    private final CampaignResultsProjection campaigns;
    private final BudgetRealisationProjection budget;
    private final ReserveProjection reserve;
    private final FinanceInputs inputs;
    private final KeyFigures keyFigures;
    private final String donorUrl;

    public FigureTables(AllocationQuery allocations, RetentionProjection retention,
                        CampaignResultsProjection campaigns, BudgetRealisationProjection budget,
                        ReserveProjection reserve, FinanceInputs inputs, KeyFigures keyFigures,
                        @ConfigProperty(name = "crm.web.donor-url", defaultValue = "http://127.0.0.1:8081")
                        String donorUrl) {
        this.allocations = allocations;
        this.retention = retention;
        this.campaigns = campaigns;
        this.budget = budget;
        this.reserve = reserve;
        this.inputs = inputs;
        this.keyFigures = keyFigures;
        this.donorUrl = donorUrl;
    }

    public Table allocations(AllocationQuery.Filter filter, int page, int size, Map<String, String> names) {
        AllocationQuery.AllocationPage rows = allocations.list(filter, page, size);
        List<List<Object>> out = new ArrayList<>();
        for (AllocationQuery.Allocation a : rows.items()) {
            out.add(Table.row(a.incomeDate().toString(), a.movement(), donor(a.donorId(), names), a.donorKind(),
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
        return lapsed(asOf, lybunt, 0, MAX_EXPORT_ROWS, ids -> Map.of()).table();
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
            out.add(Table.row(donor(d.donorId(), found), d.lastGiftYear(), d.lastYearAmount()));
        }
        String name = lybunt ? "lybunt" : "sybunt";
        return new Paged(new Table(name, (lybunt ? "LYBUNT" : "SYBUNT") + " as of " + asOf + ": " + list.total()
                + " donors", List.of("Donor", "Last year with net giving", "Net amount that year"), out),
                list.total(), page, size);
    }

    public Table campaignResults(Period period) {
        List<List<Object>> out = new ArrayList<>();
        for (CampaignResultsProjection.CampaignResult c : campaigns.results(period, null).items()) {
            out.add(Table.row(c.code(), c.name(), c.type(), c.channel(), c.goal(), c.raised(), c.goalReached(),
                    c.gifts(), c.donors(), c.costPerEuroRaised()));
        }
        return new Table("campaign-results", "Campaign results " + period.from() + " – " + period.to(),
                List.of("Code", "Name", "Type", "Channel", "Goal", "Raised", "Goal reached %", "Gifts", "Donors",
                        "Cost per euro raised"), out);
    }

    public Table budgetIncome(Period period) {
        BudgetRealisationProjection.BudgetRealisation b = budget.compute(period, null);
        List<List<Object>> out = new ArrayList<>();
        for (BudgetRealisationProjection.IncomeRow r : b.income()) {
            out.add(Table.row(r.incomeCategory(), r.earmarkClass(), r.budget(), r.realised(), r.difference(),
                    r.realisation()));
        }
        out.add(Table.row("Total", "", b.incomeBudget(), b.incomeRealised(),
                b.incomeRealised().subtract(b.incomeBudget()), null));
        return new Table("budget-income", "Income: budget against realisation " + period.from() + " – "
                + period.to(), List.of("Income category", "Earmark class", "Budget", "Realised", "Difference",
                "Realisation %"), out);
    }

    public Table budgetCosts(Period period) {
        BudgetRealisationProjection.BudgetRealisation b = budget.compute(period, null);
        List<List<Object>> out = new ArrayList<>();
        for (BudgetRealisationProjection.CostRow r : b.costs()) {
            out.add(Table.row(r.costLine(), r.name(), r.werkorganisatie() ? "yes" : "no", r.budget(), r.actual(),
                    r.difference()));
        }
        out.add(Table.row("Coverage of the werkorganisatie", "", "", b.budgetedCoverage(), b.coverage(), null));
        return new Table("budget-costs", "Costs: budget against actual " + period.from() + " – " + period.to(),
                List.of("Cost line", "Name", "Werkorganisatie", "Budget", "Actual", "Difference"), out);
    }

    public Table reserve(Period period) {
        ReserveProjection.ReserveFigure r = reserve.project(period, null);
        List<List<Object>> out = new ArrayList<>();
        out.add(Table.row("Opening balance (audited closing " + (r.year() - 1) + ")", r.openingBalance()));
        out.add(Table.row("Planned addition", r.plannedAddition()));
        out.add(Table.row("Unearmarked income to date", r.unearmarkedIncomeToDate()));
        out.add(Table.row("Unearmarked budget to date", r.unearmarkedBudgetToDate()));
        out.add(Table.row("Werkorganisatie cost to date", r.werkorganisatieCostToDate()));
        out.add(Table.row("Werkorganisatie budget to date", r.werkorganisatieBudgetToDate()));
        out.add(Table.row("Projected closing balance", r.projectedClosingBalance()));
        out.add(Table.row("Plan path at the end of the year", r.planPathClosing()));
        out.add(Table.row("Short by (negative: ahead)", r.shortBy()));
        out.add(Table.row("Ratio to the yearly werkorganisatie cost (target 0.5, ceiling 1.5)",
                r.ratioToWerkorganisatie()));
        for (FinanceInputModels.ReserveBalance balance : inputs.reserveBalances()) {
            out.add(Table.row("Reserve ledger: audited closing balance " + balance.year(),
                    balance.auditedClosingBalance()));
        }
        return new Table("reserve", "Continuity reserve " + r.from() + " – " + r.to()
                + (r.missingInputs().isEmpty() ? "" : " (missing: " + String.join(", ", r.missingInputs()) + ")"),
                List.of("Item", "Amount"), out);
    }

    /**
     * Why a table of donors shows ids, when it does: the role may not see names, or donor-service did not give them
     * just now; null when it shows names.
     */
    public static String namesNote(boolean maySeeNames, Table table, int donorColumn) {
        if (!maySeeNames) {
            return "Donor names are personal data and are not shown for your role; the ids link to donor-service.";
        }
        boolean idsOnly = !table.rows().isEmpty() && table.rows().stream().allMatch(
                r -> r.get(donorColumn) instanceof Table.Link link && link.href().endsWith("/" + link.text()));
        return idsOnly ? "Donor names could not be fetched from donor-service just now; the ids link to the donors' "
                + "pages." : null;
    }

    public Table monthlyIncome(int year) {
        KeyFigures.Monthly monthly = keyFigures.monthly(year);
        List<List<Object>> out = new ArrayList<>();
        for (int m = 0; m < monthly.months().size(); m++) {
            BigDecimal total = monthly.unearmarked().get(m).add(monthly.programme().get(m))
                    .add(monthly.project().get(m));
            out.add(Table.row(monthly.months().get(m), monthly.unearmarked().get(m), monthly.programme().get(m),
                    monthly.project().get(m), total));
        }
        return new Table("monthly-income", "Monthly income " + year + " by earmark class",
                List.of("Month", "Unearmarked", "Programme (semi-earmarked)", "Project (earmarked)", "Total"), out);
    }

    private Object donor(String donorId, Map<String, String> names) {
        String name = names.get(donorId);
        return new Table.Link(name == null ? donorId : name, donorUrl + "/donors/" + donorId);
    }
}
