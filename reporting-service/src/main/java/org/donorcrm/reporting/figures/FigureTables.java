package org.donorcrm.reporting.figures;

import jakarta.enterprise.context.ApplicationScoped;
import org.donorcrm.platform.i18n.Formats;
import org.donorcrm.platform.i18n.Texts;
import org.donorcrm.reporting.Msg;
import org.donorcrm.reporting.donornames.DonorShown;
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
 * only the id, unless the caller passes names it fetched at view time. Titles, headers and codes are in the request's
 * language ({@link Msg}), dates as 07-12-2026.
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

    /**
     * One page of the allocations behind a figure; {@code names} is asked once, for the donor ids of the page (see
     * {@link #lapsed(LocalDate, boolean, int, int, Function)}).
     */
    public Table allocations(AllocationQuery.Filter filter, int page, int size,
                             Function<List<String>, Map<String, DonorShown>> names) {
        return allocations(filter, page, size, names, Texts.of(Msg.class));
    }

    /** Every allocation behind a figure, the donor column holding the donors' ids (the exports). */
    public Table allocations(AllocationQuery.Filter filter, Msg msg) {
        return allocations(filter, 0, MAX_EXPORT_ROWS, EXPORT_IDS, msg);
    }

    private Table allocations(AllocationQuery.Filter filter, int page, int size,
                              Function<List<String>, Map<String, DonorShown>> names, Msg msg) {
        AllocationQuery.AllocationPage rows = allocations.list(filter, page, size);
        Map<String, DonorShown> found = rows.items().isEmpty() ? Map.of()
                : names.apply(rows.items().stream().map(AllocationQuery.Allocation::donorId).toList());
        List<List<Object>> out = new ArrayList<>();
        for (AllocationQuery.Allocation a : rows.items()) {
            out.add(Table.row(Formats.shortDate(a.incomeDate()), code(msg::movement, a.movement()),
                    donor(a.donorId(), found, msg), code(msg::donorKind, a.donorKind()),
                    code(msg::incomeCategory, a.incomeCategory()), code(msg::earmarkClass, a.earmarkClass()),
                    a.fundCode(), a.amount(), a.giftId()));
        }
        return new Table("allocations", msg.allocationsTitle(Formats.shortDate(rows.from()),
                Formats.shortDate(rows.to()), rows.total(), Format.euros(rows.sum())),
                List.of(msg.allocationsIncomeDate(), msg.allocationsMovement(), msg.allocationsDonor(),
                        msg.allocationsKind(), msg.allocationsIncomeCategory(), msg.allocationsEarmarkClass(),
                        msg.allocationsFund(), msg.allocationsAmount(), msg.allocationsGift()), out);
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

    /** What an export's donor column holds: the donor's id, what a spreadsheet joins on (no call to donor-service). */
    private static final Function<List<String>, Map<String, DonorShown>> EXPORT_IDS = ids -> null;

    /** Every LYBUNT or SYBUNT donor, ids only (the exports). */
    public Table lapsed(LocalDate asOf, boolean lybunt) {
        return lapsed(asOf, lybunt, Texts.of(Msg.class));
    }

    /** As {@link #lapsed(LocalDate, boolean)}, in the language of {@code msg} (a job's). */
    public Table lapsed(LocalDate asOf, boolean lybunt, Msg msg) {
        return lapsed(asOf, lybunt, 0, MAX_EXPORT_ROWS, EXPORT_IDS, msg).table();
    }

    /**
     * One page of the LYBUNT or SYBUNT list; {@code names} is asked once, for the donor ids of that page, and the
     * donors it names are shown by name (linked to their page in donor-service), the others by number and kind.
     */
    public Paged lapsed(LocalDate asOf, boolean lybunt, int page, int size,
                        Function<List<String>, Map<String, DonorShown>> names) {
        return lapsed(asOf, lybunt, page, size, names, Texts.of(Msg.class));
    }

    private Paged lapsed(LocalDate asOf, boolean lybunt, int page, int size,
                         Function<List<String>, Map<String, DonorShown>> names, Msg msg) {
        RetentionProjection.LapsedList list = retention.lapsed(asOf, lybunt, page, size);
        Map<String, DonorShown> found = list.items().isEmpty() ? Map.of()
                : names.apply(list.items().stream().map(RetentionProjection.LapsedDonor::donorId).toList());
        List<List<Object>> out = new ArrayList<>();
        for (RetentionProjection.LapsedDonor d : list.items()) {
            out.add(Table.row(donor(d.donorId(), found, msg), d.lastGiftYear(), d.lastYearAmount()));
        }
        String name = lybunt ? "lybunt" : "sybunt";
        return new Paged(new Table(name, msg.lapsedTitle(lybunt ? "LYBUNT" : "SYBUNT", Formats.shortDate(asOf),
                list.total()), List.of(msg.lapsedDonor(), msg.lapsedLastYear(),
                msg.lapsedLastAmount()), out), list.total(), page, size);
    }

    public Table campaignResults(Period period) {
        Msg msg = Texts.of(Msg.class);
        List<List<Object>> out = new ArrayList<>();
        for (CampaignResultsProjection.CampaignResult c : campaigns.results(period, null).items()) {
            out.add(Table.row(c.code(), c.name(), code(msg::campaignType, c.type()),
                    code(msg::appealChannel, c.channel()), c.goal(), c.raised(), c.goalReached(), c.gifts(),
                    c.donors(), c.costPerEuroRaised()));
        }
        return new Table("campaign-results", msg.campaignsTitle(Formats.shortDate(period.from()),
                Formats.shortDate(period.to())),
                List.of(msg.campaignsCode(), msg.campaignsName(), msg.campaignsType(), msg.campaignsChannel(),
                        msg.campaignsGoal(), msg.campaignsRaised(), msg.campaignsGoalReached(), msg.campaignsGifts(),
                        msg.campaignsDonors(), msg.campaignsCostPerEuro()), out);
    }

    public Table budgetIncome(Period period) {
        BudgetRealisationProjection.BudgetRealisation b = budget.compute(period, null);
        Msg msg = Texts.of(Msg.class);
        List<List<Object>> out = new ArrayList<>();
        for (BudgetRealisationProjection.IncomeRow r : b.income()) {
            out.add(Table.row(code(msg::incomeCategory, r.incomeCategory()),
                    code(msg::earmarkClass, r.earmarkClass()), r.budget(), r.realised(), r.difference(),
                    r.realisation()));
        }
        out.add(Table.row(msg.tableTotal(), "", b.incomeBudget(), b.incomeRealised(),
                b.incomeRealised().subtract(b.incomeBudget()), null));
        return new Table("budget-income", msg.budgetIncomeTitle(Formats.shortDate(period.from()),
                Formats.shortDate(period.to())), List.of(msg.budgetIncomeCategory(), msg.budgetEarmarkClass(),
                msg.budgetBudget(), msg.budgetRealised(), msg.budgetDifference(), msg.budgetRealisation()), out);
    }

    public Table budgetCosts(Period period) {
        BudgetRealisationProjection.BudgetRealisation b = budget.compute(period, null);
        Msg msg = Texts.of(Msg.class);
        List<List<Object>> out = new ArrayList<>();
        for (BudgetRealisationProjection.CostRow r : b.costs()) {
            out.add(Table.row(r.costLine(), r.name(), r.werkorganisatie() ? msg.tableYes() : msg.tableNo(),
                    r.budget(), r.actual(), r.difference()));
        }
        out.add(Table.row(msg.budgetCoverage(), "", "", b.budgetedCoverage(), b.coverage(), null));
        ForecastMsg fm = Texts.of(ForecastMsg.class);
        out.add(Table.row(fm.budgetResult(), "", "", b.resultBudget(), b.resultRealised(),
                b.resultRealised().subtract(b.resultBudget())));
        BudgetRealisationProjection.Reserve r = b.reserve();
        out.add(Table.row(fm.budgetOpeningReserve(b.year() - 1), "", "", r.openingBalance(), r.openingBalance(),
                null));
        out.add(Table.row(fm.budgetFreeResult(), "", "", r.freeResultBudget(), r.freeResultRealised(),
                r.freeResultRealised().subtract(r.freeResultBudget())));
        out.add(Table.row(fm.budgetClosingReserve(), "", "", r.closingBudget(), r.closingRealised(),
                r.closingRealised() == null ? null : r.closingRealised().subtract(r.closingBudget())));
        return new Table("budget-costs", msg.budgetCostsTitle(Formats.shortDate(period.from()),
                Formats.shortDate(period.to())), List.of(msg.budgetCostLine(), msg.budgetName(),
                msg.budgetWerkorganisatie(), msg.budgetBudget(), msg.budgetActual(), msg.budgetDifference()), out);
    }

    public Table reserve(Period period) {
        ReserveProjection.ReserveFigure r = reserve.project(period, null);
        Msg msg = Texts.of(Msg.class);
        List<List<Object>> out = new ArrayList<>();
        out.add(Table.row(msg.reserveOpening(r.year() - 1), r.openingBalance()));
        out.add(Table.row(msg.reservePlannedAddition(), r.plannedAddition()));
        out.add(Table.row(msg.reserveUnearmarkedIncome(), r.unearmarkedIncomeToDate()));
        out.add(Table.row(msg.reserveUnearmarkedBudget(), r.unearmarkedBudgetToDate()));
        out.add(Table.row(msg.reserveWerkorganisatieCost(), r.werkorganisatieCostToDate()));
        out.add(Table.row(msg.reserveWerkorganisatieBudget(), r.werkorganisatieBudgetToDate()));
        out.add(Table.row(msg.reserveProjectedClosing(), r.projectedClosingBalance()));
        out.add(Table.row(msg.reservePlanPath(), r.planPathClosing()));
        out.add(Table.row(msg.reserveShortBy(), r.shortBy()));
        out.add(Table.row(msg.reserveRatio(), r.ratioToWerkorganisatie()));
        for (FinanceInputModels.ReserveBalance balance : inputs.reserveBalances()) {
            out.add(Table.row(msg.reserveLedger(balance.year()), balance.auditedClosingBalance()));
        }
        String from = Formats.shortDate(r.from());
        String to = Formats.shortDate(r.to());
        return new Table("reserve", r.missingInputs().isEmpty() ? msg.reserveTitle(from, to)
                : msg.reserveTitleMissing(from, to, String.join(", ", r.missingInputs())),
                List.of(msg.reserveItem(), msg.reserveAmount()), out);
    }

    /**
     * Why a table of donors shows ids, when it does: the role may not see names, or donor-service did not give them
     * just now; null when it shows names.
     */
    public static String namesNote(boolean maySeeNames, Table table, int donorColumn) {
        if (!maySeeNames) {
            return Texts.of(Msg.class).namesNotShown();
        }
        String unnamed = Texts.of(Msg.class).donorUnnamed();
        boolean noNames = !table.rows().isEmpty() && table.rows().stream().allMatch(
                r -> r.get(donorColumn) instanceof Table.Link link && link.text().equals(unnamed));
        return noNames ? Texts.of(Msg.class).namesNotFetched() : null;
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
        Msg msg = Texts.of(Msg.class);
        return new Table("monthly-income", msg.monthlyTitle(year), List.of(msg.monthlyMonth(),
                msg.monthlyUnearmarked(), msg.monthlyProgramme(), msg.monthlyProject(), msg.monthlyTotal()), out);
    }

    /** A code (earmark class, income category, donor kind…) as a person reads it; nothing for none. */
    private static String code(Function<String, String> label, Object code) {
        return code == null ? "" : label.apply(code.toString());
    }

    /**
     * A donor in a table: by name, linked to its page in donor-service; by number and kind for a person who may not
     * see names; "the donor" when donor-service did not say; the id in an export ({@code found} null).
     */
    private Object donor(String donorId, Map<String, DonorShown> found, Msg msg) {
        if (found == null) {
            return donorId;
        }
        DonorShown shown = found.get(donorId);
        if (shown == null) {
            return new Table.Link(msg.donorUnnamed(), donorUrl + "/donors/" + donorId);
        }
        return shown.named() ? new Table.Link(shown.name(), donorUrl + "/donors/" + donorId)
                : msg.donorReference(shown.number(), shown.kind());
    }
}
