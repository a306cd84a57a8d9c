package org.donorcrm.reporting.dashboard;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.mutiny.Multi;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import org.donorcrm.platform.i18n.Formats;
import org.donorcrm.platform.i18n.Texts;
import org.donorcrm.platform.security.Roles;
import org.donorcrm.reporting.Msg;
import org.donorcrm.reporting.closes.MonthCloses;
import org.donorcrm.reporting.figures.BudgetRealisationProjection;
import org.donorcrm.reporting.figures.FigureTables;
import org.donorcrm.reporting.figures.ForecastMsg;
import org.donorcrm.reporting.figures.ForecastProjection;
import org.donorcrm.reporting.figures.KeyFigures;
import org.donorcrm.reporting.figures.RetentionProjection;
import org.donorcrm.reporting.period.Period;
import org.donorcrm.reporting.table.Table;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The director's dashboard: a tile per target (on track or behind, the euros short or ahead), the 2024–2028
 * trajectories, monthly income by earmark class, retention and budget against realisation. The page keeps a
 * server-sent-event stream open and fetches its tiles and charts again when the figures change; and the printable
 * quarterly report with the same charts.
 */
@Path("/")
@RolesAllowed({Roles.DIRECTOR, Roles.FINANCE, Roles.FUNDRAISER})
public class DashboardPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance dashboard(int year, List<KeyFigures.Tile> tiles,
                                                 RetentionProjection.RetentionFigure retention,
                                                 Map<String, Landing> landings, String forecastBasis);

        static native TemplateInstance dashboard$tiles(int year, List<KeyFigures.Tile> tiles,
                                                       RetentionProjection.RetentionFigure retention,
                                                       Map<String, Landing> landings, String forecastBasis);

        static native TemplateInstance quarterly(int year, int quarter, List<KeyFigures.Tile> tiles,
                                                 List<Table> tables, MonthCloses.QuarterEvaluation evaluation);
    }

    /**
     * What the charts draw; {@code budgetCategoryLabels} are the categories in the request's language;
     * {@code landing}: the running year's forecast per trajectory (null when the running year is not a plan year).
     */
    public record Charts(int year, Map<String, KeyFigures.Trajectory> trajectories, KeyFigures.Monthly monthly,
                         RetentionProjection.RetentionFigure retention, List<String> budgetCategories,
                         List<String> budgetCategoryLabels, List<BigDecimal> budget, List<BigDecimal> realised,
                         Integer landingYear, Map<String, BigDecimal> landing) {
    }

    /**
     * A tile's landing mark: the year-end forecast ({@code value} plain, for the page's data), its text, its range,
     * the euros short or ahead at year end with their status, and the backtest's mean error; the private-donor
     * tile's also the landing of the number of private donors ({@code donors}).
     */
    public record Landing(String value, String text, String range, String atYearEnd, String status, String error,
                          Landing donors) {
    }

    private final KeyFigures keyFigures;
    private final BudgetRealisationProjection budget;
    private final LiveFigures live;
    private final FigureTables tables;
    private final MonthCloses closes;
    private final ForecastProjection forecasts;

    public DashboardPages(KeyFigures keyFigures, BudgetRealisationProjection budget, LiveFigures live,
                          FigureTables tables, MonthCloses closes, ForecastProjection forecasts) {
        this.forecasts = forecasts;
        this.keyFigures = keyFigures;
        this.budget = budget;
        this.live = live;
        this.tables = tables;
        this.closes = closes;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance dashboard(@QueryParam("year") @Pattern(regexp = Period.YEAR,
            message = Period.YEAR_MESSAGE) String year) {
        int y = Period.yearOrThisYear(year);
        Period period = Period.yearSoFar(y);
        ForecastProjection.Forecast forecast = forecasts.landing(y);
        return Templates.dashboard(y, keyFigures.tiles(period), keyFigures.retention(period), landings(forecast),
                basis(forecast));
    }

    @GET
    @Path("dashboard/tiles")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance tiles(@QueryParam("year") @Pattern(regexp = Period.YEAR,
            message = Period.YEAR_MESSAGE) String year) {
        int y = Period.yearOrThisYear(year);
        Period period = Period.yearSoFar(y);
        ForecastProjection.Forecast forecast = forecasts.landing(y);
        return Templates.dashboard$tiles(y, keyFigures.tiles(period), keyFigures.retention(period),
                landings(forecast), basis(forecast));
    }

    @GET
    @Path("dashboard/charts")
    @Produces(MediaType.APPLICATION_JSON)
    public Charts charts(@QueryParam("year") @Pattern(regexp = Period.YEAR,
            message = Period.YEAR_MESSAGE) String year) {
        int y = Period.yearOrThisYear(year);
        Period period = Period.yearSoFar(y);
        BudgetRealisationProjection.BudgetRealisation b = budget.compute(period, null);
        Map<String, BigDecimal[]> byCategory = new LinkedHashMap<>();
        for (BudgetRealisationProjection.IncomeRow row : b.income()) {
            BigDecimal[] sums = byCategory.computeIfAbsent(row.incomeCategory(),
                    c -> new BigDecimal[] {BigDecimal.ZERO.setScale(2), BigDecimal.ZERO.setScale(2)});
            sums[0] = sums[0].add(row.budget());
            sums[1] = sums[1].add(row.realised());
        }
        List<BigDecimal> budgeted = new ArrayList<>();
        List<BigDecimal> realised = new ArrayList<>();
        byCategory.values().forEach(sums -> {
            budgeted.add(sums[0]);
            realised.add(sums[1]);
        });
        Msg msg = Texts.of(Msg.class);
        int thisYear = Period.today().getYear();
        Map<String, BigDecimal> landing = null;
        if (thisYear >= KeyFigures.PLAN_FROM && thisYear <= KeyFigures.PLAN_TO) {
            ForecastProjection.Forecast forecast = forecasts.landing(thisYear);
            landing = new LinkedHashMap<>();
            for (String key : List.of("unearmarked-share", "continuity-reserve", "private-donors")) {
                landing.put(key, forecast.figure(key).value());
            }
        }
        return new Charts(y, keyFigures.trajectories(), keyFigures.monthly(y), keyFigures.retention(period),
                List.copyOf(byCategory.keySet()), byCategory.keySet().stream().map(msg::incomeCategory).toList(),
                budgeted, realised, landing == null ? null : thisYear, landing);
    }

    /** Each tile's landing mark, by the tile's key, in the request's language. */
    static Map<String, Landing> landings(ForecastProjection.Forecast forecast) {
        ForecastMsg fm = Texts.of(ForecastMsg.class);
        Map<String, Landing> landings = new LinkedHashMap<>();
        for (ForecastProjection.FigureForecast f : forecast.figures()) {
            if (f.value() == null) {
                continue;
            }
            java.util.function.Function<BigDecimal, String> show = switch (f.unit()) {
                case "PERCENT" -> Formats::percent;
                // a count lands on whole donors; its range (± a mean error) may lie between them
                case "DONORS" -> org.donorcrm.reporting.table.Format::count;
                default -> Formats::money;
            };
            String range = f.low() == null ? null : fm.landingRange(show.apply(f.low()), show.apply(f.high()));
            String atYearEnd = f.shortBy() == null ? null : f.shortBy().signum() > 0
                    ? fm.landingShort(Formats.money(f.shortBy())) : fm.landingAhead(Formats.money(f.shortBy().negate()));
            String error = f.meanAbsoluteError() == null ? null : fm.landingError(show.apply(f.meanAbsoluteError()));
            String text = "DONORS".equals(f.unit()) ? fm.landingDonors(show.apply(f.value()))
                    : fm.landing(show.apply(f.value()));
            landings.put(f.key(), new Landing(f.value().toPlainString(), text, range, atYearEnd, f.status(), error,
                    null));
        }
        Landing count = landings.remove("private-donor-count");
        Landing income = landings.get("private-donors");
        if (count != null && income != null) {
            landings.put("private-donors", new Landing(income.value(), income.text(), income.range(),
                    income.atYearEnd(), income.status(), income.error(), count));
        }
        return landings;
    }

    /** Where the expected part of the forecast comes from, as the dashboard says it. */
    static String basis(ForecastProjection.Forecast forecast) {
        ForecastMsg fm = Texts.of(ForecastMsg.class);
        String asOf = Formats.shortDate(forecast.asOf());
        return switch (ForecastProjection.Basis.valueOf(forecast.basis())) {
            case HISTORY -> fm.basisHistory(asOf, String.join(", ", forecast.historyYears().stream()
                    .map(String::valueOf).toList()));
            case BUDGET -> fm.basisBudget(asOf);
            case NONE -> fm.basisNone(asOf);
        };
    }

    /** A "figures" event at most once a second while the figures change, and a comment every 20 s to keep it open. */
    @GET
    @Path("events/figures")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    public Multi<OutboundSseEvent> figureChanges(@Context Sse sse) {
        Multi<OutboundSseEvent> changes = live.stream()
                .map(change -> sse.newEventBuilder().name("figures").data(change).build());
        Multi<OutboundSseEvent> keepAlive = Multi.createFrom().ticks().every(Duration.ofSeconds(20))
                .map(tick -> sse.newEventBuilder().comment("keep-alive").build());
        return Multi.createBy().merging().streams(changes, keepAlive);
    }

    @GET
    @Path("reports/quarterly")
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed({Roles.DIRECTOR, Roles.FINANCE})
    public TemplateInstance quarterly(@QueryParam("year") @Pattern(regexp = Period.YEAR,
                                              message = Period.YEAR_MESSAGE) String year,
                                      @QueryParam("quarter") @Pattern(regexp = "[1-4]",
                                              message = "must be a quarter from 1 to 4") String quarter) {
        int y = Period.yearOrThisYear(year);
        int q = quarter == null ? (Period.today().getMonthValue() + 2) / 3 : Integer.parseInt(quarter);
        Period period = Period.quarter(y, q);
        List<Table> parts = List.of(tables.budgetIncome(period), tables.budgetCosts(period),
                tables.campaignResults(period));
        return Templates.quarterly(y, q, keyFigures.tiles(period), parts, closes.quarter(y, q));
    }
}
