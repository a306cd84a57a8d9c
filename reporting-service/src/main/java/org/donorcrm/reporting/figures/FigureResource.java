package org.donorcrm.reporting.figures;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import org.donorcrm.platform.security.Roles;
import org.donorcrm.reporting.ledger.AllocationQuery;
import org.donorcrm.reporting.period.Period;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The seven strategic figures (docs/figures.md), computed from the income ledger at the moment of
 * asking, for a year, a quarter, a month or a year to date; and the drill-down to the ledger rows behind them.
 * Formulas: docs/figures.md.
 */
@Path("/api/v1/figures")
@Tag(name = "Figures")
@SecurityRequirement(name = "SecurityScheme")
@RolesAllowed({Roles.DIRECTOR, Roles.FINANCE, Roles.FUNDRAISER})
public class FigureResource {

    static final String PERIOD_DOC = " Period: year, optionally month (1-12), quarter (1-4) or asOf (year to date).";

    private final UnearmarkedShareProjection unearmarkedShare;
    private final ReserveProjection reserve;
    private final DonorIncomeProjection donorIncome;
    private final RetentionProjection retention;
    private final CampaignResultsProjection campaigns;
    private final BudgetRealisationProjection budgetRealisation;
    private final AllocationQuery allocations;

    public FigureResource(UnearmarkedShareProjection unearmarkedShare, ReserveProjection reserve,
                          DonorIncomeProjection donorIncome, RetentionProjection retention,
                          CampaignResultsProjection campaigns, BudgetRealisationProjection budgetRealisation,
                          AllocationQuery allocations) {
        this.unearmarkedShare = unearmarkedShare;
        this.reserve = reserve;
        this.donorIncome = donorIncome;
        this.retention = retention;
        this.campaigns = campaigns;
        this.budgetRealisation = budgetRealisation;
        this.allocations = allocations;
    }

    @GET
    @Path("/unearmarked-share")
    @Operation(summary = "1. Unearmarked share of income, semi-earmarked beside it, against budget and target",
            description = "Roles: director, finance, fundraiser. Income per earmark class and the shares (percent, "
                    + "2 decimals, half-even), the budgeted share, the year's target share and shortBy = target "
                    + "share × total income − unearmarked income (negative: ahead)." + PERIOD_DOC)
    public UnearmarkedShareResponse unearmarkedShare(@Valid @BeanParam PeriodParams params) {
        Period period = params.period();
        IncomeByEarmark income = unearmarkedShare.income(period);
        return UnearmarkedShareResponse.of(period.year(), income, unearmarkedShare.againstTarget(income),
                params.allocations(DrillDown.UNEARMARKED));
    }

    @GET
    @Path("/continuity-reserve")
    @Operation(summary = "2. Continuity reserve: projected closing balance against the plan path",
            description = "Roles: director, finance, fundraiser. Projected closing = opening balance + planned "
                    + "addition + (unearmarked income to date − its budget to date) − (werkorganisatie cost to date "
                    + "− its budget to date); ratio to the yearly werkorganisatie cost budget (target 0.5, ceiling "
                    + "1.5); shortBy = plan path − projected closing. 'To date' is the end of the period; without "
                    + "month, quarter or asOf the current year runs to today (Europe/Amsterdam)." + PERIOD_DOC)
    public ReserveProjection.ReserveFigure continuityReserve(@Valid @BeanParam PeriodParams params) {
        PeriodParams soFar = params.soFar();
        return reserve.project(soFar.period(), soFar.allocations(DrillDown.UNEARMARKED));
    }

    @GET
    @Path("/private-donors")
    @Operation(summary = "3. Private-donor income, individual donors and average gift against the target path",
            description = "Roles: director, finance, fundraiser. Income from donors of kind INDIVIDUAL; donors with "
                    + "net giving above zero; gifts with an income date in the period not reversed; average gift = "
                    + "income ÷ gifts, half-even to the cent; target phased over the period." + PERIOD_DOC)
    public DonorIncomeProjection.PrivateDonorFigure privateDonors(@Valid @BeanParam PeriodParams params) {
        return donorIncome.privateDonors(params.period(), params.allocations(DrillDown.PRIVATE_DONORS));
    }

    @GET
    @Path("/institutional-income")
    @Operation(summary = "4. Unearmarked institutional income against its target",
            description = "Roles: director, finance, fundraiser. Unearmarked income from every donor kind except "
                    + "INDIVIDUAL and COMPANY, per RJ 650 category; gifts of donors not known yet shown apart as "
                    + "unclassified; target phased over the period." + PERIOD_DOC)
    public DonorIncomeProjection.InstitutionalFigure institutionalIncome(@Valid @BeanParam PeriodParams params) {
        return donorIncome.institutional(params.period(), params.allocations(DrillDown.INSTITUTIONAL));
    }

    @GET
    @Path("/retention")
    @Operation(summary = "5. Donor retention (Fundraising Effectiveness Project)",
            description = "Roles: director, finance, fundraiser. Donors of the year (net giving > 0) from 1 January "
                    + "to the end of the period, against the whole previous year: new, retained, recaptured, "
                    + "lapsed; retention rate = retained ÷ donors of the previous year (percent). unit=DONOR or "
                    + "HOUSEHOLD." + PERIOD_DOC)
    public RetentionProjection.RetentionFigure retention(
            @Valid @BeanParam PeriodParams params,
            @QueryParam("unit") @DefaultValue("DONOR") @Pattern(regexp = "DONOR|HOUSEHOLD",
                    message = "must be DONOR or HOUSEHOLD") String unit) {
        return retention.retention(params.period(), "HOUSEHOLD".equals(unit));
    }

    @GET
    @Path("/lybunt")
    @Operation(summary = "5. LYBUNT: gave last year, not yet this year (donor ids only)",
            description = "Roles: director, finance, fundraiser. As of asOf (default today, Europe/Amsterdam); "
                    + "paged; each with the last year of net giving and its amount.")
    public RetentionProjection.LapsedList lybunt(@Valid @BeanParam LapsedParams params) {
        return retention.lapsed(params.asOfDate(), true, params.page, params.size);
    }

    @GET
    @Path("/sybunt")
    @Operation(summary = "5. SYBUNT: gave some year before last, not last year, not yet this year (donor ids only)",
            description = "Roles: director, finance, fundraiser. As of asOf (default today, Europe/Amsterdam); "
                    + "paged; each with the last year of net giving and its amount.")
    public RetentionProjection.LapsedList sybunt(@Valid @BeanParam LapsedParams params) {
        return retention.lapsed(params.asOfDate(), false, params.page, params.size);
    }

    @GET
    @Path("/campaign-results")
    @Operation(summary = "6. Campaign results: raised against goal per campaign and appeal",
            description = "Roles: director, finance, fundraiser. Net income attributed in the period, gifts and "
                    + "donors with net giving above zero, percent of goal, cost per euro raised (campaign costs "
                    + "dated in the period ÷ raised, 4 decimals; null without costs)." + PERIOD_DOC)
    public CampaignResultsProjection.CampaignResults campaignResults(@Valid @BeanParam PeriodParams params) {
        return campaigns.results(params.period(), params.allocations(""));
    }

    @GET
    @Path("/budget-realisation")
    @Operation(summary = "7. Budget versus realisation per RJ 650 category and earmark class, and coverage",
            description = "Roles: director, finance, fundraiser. Budget phased over the period against realised "
                    + "income; costs per cost line against actual costs of the period's months; coverage of the "
                    + "werkorganisatie = unearmarked income ÷ werkorganisatie cost (percent)." + PERIOD_DOC)
    public BudgetRealisationProjection.BudgetRealisation budgetRealisation(@Valid @BeanParam PeriodParams params) {
        return budgetRealisation.compute(params.period(), params.allocations(""));
    }

    @GET
    @Path("/allocations")
    @Operation(summary = "Drill-down: the ledger rows behind a figure",
            description = "Roles: director, finance, fundraiser. Rows with an income date in the period (gift id, "
                    + "donor id, date, earmark class, fund, amount; no personal data), filtered like the figure, "
                    + "with their sum. Every figure's 'allocations' field links here." + PERIOD_DOC)
    public AllocationQuery.AllocationPage allocations(
            @Valid @BeanParam PeriodParams params,
            @QueryParam("earmarkClass") @Pattern(regexp = "UNEARMARKED|PROGRAMME|PROJECT",
                    message = "must be UNEARMARKED, PROGRAMME or PROJECT") String earmarkClass,
            @QueryParam("incomeCategory") @Pattern(regexp = "INDIVIDUALS|COMPANIES|LOTTERY_ORGANISATIONS"
                    + "|GOVERNMENT_GRANTS|AFFILIATED_NONPROFITS|OTHER_NONPROFITS|UNKNOWN",
                    message = "must be an RJ 650 income category or UNKNOWN") String incomeCategory,
            @QueryParam("donorKind") @Pattern(regexp = "INDIVIDUAL|COMPANY|FOUNDATION|GOVERNMENT|EU_INSTITUTION"
                    + "|LOTTERY|AFFILIATED_NONPROFIT|OTHER_NONPROFIT|UNKNOWN",
                    message = "must be a donor kind or UNKNOWN") String donorKind,
            @QueryParam("institutional") @Pattern(regexp = "true|false", message = "must be true or false")
            String institutional,
            @QueryParam("campaignId") @Pattern(regexp = UUID, message = "must be a UUID") String campaignId,
            @QueryParam("donorId") @Pattern(regexp = UUID, message = "must be a UUID") String donorId,
            @QueryParam("fundCode") @Pattern(regexp = "[A-Z0-9-]{1,30}", message = "must be a fund code")
            String fundCode,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
        return allocations.list(new AllocationQuery.Filter(params.period(), earmarkClass, incomeCategory, donorKind,
                institutional == null ? null : Boolean.valueOf(institutional), campaignId, donorId, fundCode),
                page, size);
    }

    static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
}
