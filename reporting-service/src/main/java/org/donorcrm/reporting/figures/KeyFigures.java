package org.donorcrm.reporting.figures;

import jakarta.enterprise.context.ApplicationScoped;
import org.donorcrm.platform.i18n.Formats;
import org.donorcrm.platform.i18n.Texts;
import org.donorcrm.reporting.Msg;
import org.donorcrm.reporting.ledger.LedgerQueries;
import org.donorcrm.reporting.period.Period;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The key figures as the dashboard and the month closes show them: the four figures that have a target (tiles
 * with the euros short or ahead), retention, the 2024–2028 trajectories and the monthly income per earmark class.
 * Only a selection and arrangement of the seven projections; every formula stays in them (docs/figures.md).
 */
@ApplicationScoped
public class KeyFigures {

    /** The strategic plan's years, whose targets migration V2 seeds. */
    public static final int PLAN_FROM = 2024;
    public static final int PLAN_TO = 2028;

    /** Units of a tile's values. */
    public enum Unit { EUR, PERCENT }

    /**
     * One tile: the actual value, its target for the period, the euros short (positive) or ahead (negative) and
     * ON_TRACK or BEHIND; target, shortBy and status are null where finance has set no target.
     */
    public record Tile(String key, String label, Unit unit, BigDecimal actual, BigDecimal target, BigDecimal shortBy,
                       String status, String detail, String drillDown) {
        public boolean onTrack() {
            return "ON_TRACK".equals(status);
        }
    }

    /** Actual against target per plan year; actual null for years still to come. */
    public record Trajectory(List<Integer> years, List<BigDecimal> actual, List<BigDecimal> target) {
    }

    public record Monthly(List<String> months, List<BigDecimal> unearmarked, List<BigDecimal> programme,
                          List<BigDecimal> project) {
    }

    private final UnearmarkedShareProjection unearmarkedShare;
    private final ReserveProjection reserve;
    private final DonorIncomeProjection donorIncome;
    private final RetentionProjection retention;
    private final LedgerQueries ledger;

    public KeyFigures(UnearmarkedShareProjection unearmarkedShare, ReserveProjection reserve,
                      DonorIncomeProjection donorIncome, RetentionProjection retention, LedgerQueries ledger) {
        this.ledger = ledger;
        this.unearmarkedShare = unearmarkedShare;
        this.reserve = reserve;
        this.donorIncome = donorIncome;
        this.retention = retention;
    }

    public List<Tile> tiles(Period period) {
        String query = "year=" + period.year() + (period.isWholeYear() ? "" : "&asOf=" + period.to());
        Msg msg = Texts.of(Msg.class);
        List<Tile> tiles = new ArrayList<>();
        IncomeByEarmark income = unearmarkedShare.income(period);
        UnearmarkedShareProjection.AgainstTarget share = unearmarkedShare.againstTarget(income);
        tiles.add(new Tile("unearmarked-share", msg.tileUnearmarkedShare(), Unit.PERCENT,
                Shares.percent(income.unearmarked(), income.total()), share.targetShare(), share.shortBy(),
                share.status(), msg.tileUnearmarkedShareDetail(Formats.money(income.unearmarked()),
                Formats.money(income.total())),
                query + DrillDown.UNEARMARKED));
        ReserveProjection.ReserveFigure r = reserve.project(period, null);
        tiles.add(new Tile("continuity-reserve", msg.tileReserve(), Unit.EUR,
                r.projectedClosingBalance(), r.planPathClosing(), r.shortBy(), r.status() == null ? null
                : "SHORT".equals(r.status()) ? "BEHIND" : r.status(),
                !r.missingInputs().isEmpty() ? msg.tileReserveMissing(String.join(", ", r.missingInputs()))
                        : r.ratioToWerkorganisatie() == null ? msg.tileReserveNoRatio()
                        : msg.tileReserveRatio(Formats.decimal(r.ratioToWerkorganisatie(),
                        Math.max(2, r.ratioToWerkorganisatie().scale()))),
                query + DrillDown.UNEARMARKED));
        LedgerQueries.IncomeSums sums = ledger.income(period);
        DonorIncomeProjection.PrivateDonorFigure p = donorIncome.privateDonors(period, null, sums);
        tiles.add(new Tile("private-donors", msg.tilePrivateDonors(), Unit.EUR, p.privateIncome(), p.periodTarget(),
                p.shortBy(), p.status(), msg.tilePrivateDonorsDetail(Formats.number(p.individualDonors()),
                Formats.number(p.gifts())),
                query + DrillDown.PRIVATE_DONORS));
        DonorIncomeProjection.InstitutionalFigure i = donorIncome.institutional(period, null, sums);
        tiles.add(new Tile("institutional-income", msg.tileInstitutional(), Unit.EUR,
                i.institutionalUnearmarkedIncome(), i.periodTarget(), i.shortBy(), i.status(),
                msg.tileInstitutionalDetail(Formats.money(i.unclassifiedUnearmarkedIncome())),
                query + DrillDown.INSTITUTIONAL));
        return tiles;
    }

    public RetentionProjection.RetentionFigure retention(Period period) {
        return retention.retention(period, false);
    }

    /** Unearmarked share, projected reserve and private income per plan year against their targets. */
    public Map<String, Trajectory> trajectories() {
        int thisYear = Period.today().getYear();
        List<Integer> years = new ArrayList<>();
        Map<String, List<BigDecimal>> actual = new LinkedHashMap<>();
        Map<String, List<BigDecimal>> target = new LinkedHashMap<>();
        for (String key : List.of("unearmarked-share", "continuity-reserve", "private-donors")) {
            actual.put(key, new ArrayList<>());
            target.put(key, new ArrayList<>());
        }
        for (int year = PLAN_FROM; year <= PLAN_TO; year++) {
            years.add(year);
            boolean toCome = year > thisYear;
            // the tiles' actual values and targets of these three figures, without the rest of the tiles
            Period period = Period.yearSoFar(year);
            IncomeByEarmark income = unearmarkedShare.income(period);
            add(actual, target, "unearmarked-share", toCome, Shares.percent(income.unearmarked(), income.total()),
                    unearmarkedShare.againstTarget(income).targetShare());
            ReserveProjection.ReserveFigure r = reserve.project(period, null);
            add(actual, target, "continuity-reserve", toCome, r.projectedClosingBalance(), r.planPathClosing());
            add(actual, target, "private-donors", toCome,
                    toCome ? null : DonorIncomeProjection.privateIncome(ledger.income(period)),
                    donorIncome.privateIncomeTarget(year));
        }
        Map<String, Trajectory> result = new LinkedHashMap<>();
        actual.forEach((key, values) -> result.put(key, new Trajectory(years, values, target.get(key))));
        return result;
    }

    private static void add(Map<String, List<BigDecimal>> actual, Map<String, List<BigDecimal>> target, String key,
                            boolean toCome, BigDecimal actualValue, BigDecimal targetValue) {
        actual.get(key).add(toCome ? null : actualValue);
        target.get(key).add(targetValue);
    }

    public Monthly monthly(int year) {
        List<String> months = new ArrayList<>();
        List<BigDecimal> unearmarked = new ArrayList<>();
        List<BigDecimal> programme = new ArrayList<>();
        List<BigDecimal> project = new ArrayList<>();
        for (int month = 1; month <= 12; month++) {
            IncomeByEarmark income = unearmarkedShare.income(Period.month(year, month));
            months.add(year + "-" + (month < 10 ? "0" : "") + month);
            unearmarked.add(income.unearmarked());
            programme.add(income.programme());
            project.add(income.project());
        }
        return new Monthly(months, unearmarked, programme, project);
    }

    /** The KPIs a month close freezes, one snapshot row each, in this order. */
    public static final List<String> CLOSE_KPIS = List.of("unearmarked-share", "private-donors",
            "institutional-income", "continuity-reserve", "retention");

    /**
     * The values a month close freezes, per KPI ({@link #CLOSE_KPIS}): the month's income figures, and the reserve
     * projection and retention to the end of the month. Counts as whole numbers, shares in percent.
     */
    public Map<String, Map<String, BigDecimal>> closeValues(int year, int month) {
        Map<String, Map<String, BigDecimal>> kpis = new LinkedHashMap<>();
        for (String kpi : CLOSE_KPIS) {
            kpis.put(kpi, closeValues(kpi, year, month));
        }
        return kpis;
    }

    /** The values of one KPI of {@link #CLOSE_KPIS} that a month close freezes. */
    public Map<String, BigDecimal> closeValues(String kpi, int year, int month) {
        Period period = Period.month(year, month);
        switch (kpi) {
            case "unearmarked-share" -> {
                IncomeByEarmark income = unearmarkedShare.income(period);
                return values("unearmarkedIncome", income.unearmarked(), "programmeEarmarkedIncome",
                        income.programme(), "projectEarmarkedIncome", income.project(), "totalIncome", income.total(),
                        "unearmarkedShare", Shares.percent(income.unearmarked(), income.total()));
            }
            case "private-donors" -> {
                DonorIncomeProjection.PrivateDonorFigure p = donorIncome.privateDonors(period, null);
                return values("privateIncome", p.privateIncome(), "individualDonors",
                        BigDecimal.valueOf(p.individualDonors()), "gifts", BigDecimal.valueOf(p.gifts()));
            }
            case "institutional-income" -> {
                DonorIncomeProjection.InstitutionalFigure i = donorIncome.institutional(period, null);
                return values("institutionalUnearmarkedIncome", i.institutionalUnearmarkedIncome());
            }
            case "continuity-reserve" -> {
                ReserveProjection.ReserveFigure r = reserve.project(period, null);
                return values("projectedClosingBalance", r.projectedClosingBalance(), "shortBy", r.shortBy());
            }
            case "retention" -> {
                RetentionProjection.RetentionFigure ret = retention.retention(period, false);
                return values("donorsOfYear", BigDecimal.valueOf(ret.donorsOfYear()),
                        "retained", BigDecimal.valueOf(ret.retained()), "lapsed", BigDecimal.valueOf(ret.lapsed()),
                        "retentionRate", ret.retentionRate());
            }
            default -> throw new IllegalArgumentException("no close values for " + kpi);
        }
    }

    private static Map<String, BigDecimal> values(Object... pairs) {
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        for (int n = 0; n < pairs.length; n += 2) {
            values.put((String) pairs[n], (BigDecimal) pairs[n + 1]);
        }
        return values;
    }
}
