package org.donorcrm.reporting.figures;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import org.donorcrm.reporting.finance.FinanceInputModels;
import org.donorcrm.reporting.finance.FinanceInputs;
import org.donorcrm.reporting.ledger.EarmarkClass;
import org.donorcrm.reporting.ledger.FiguresChanged;
import org.donorcrm.reporting.ledger.KnownIncome;
import org.donorcrm.reporting.ledger.LedgerQueries;
import org.donorcrm.reporting.period.Period;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Where each strategic figure will land at the end of the year (docs/figures.md, forecasts): realised to date
 * + income already known to come (grant instalments not received, the collections of active mandates, what periodic
 * agreements not paid by a mandate still owe) + the expected other income of the rest of the year, from the same
 * dates of the previous years (up to {@link #HISTORY_YEARS}, their known income left out) or, without history, from
 * the budget's phasing less what is known. Its range is the forecast ± the mean absolute error of the backtest
 * ({@link #accuracy}) for forecasts made at the same month end. Computed from the same read models and finance
 * inputs as the other figures, so a rebuild reproduces it.
 */
@ApplicationScoped
public class ForecastProjection {

    /** How many previous years the expected part and the backtest look at. */
    public static final int HISTORY_YEARS = 3;
    public static final List<String> FIGURES = List.of("unearmarked-share", "continuity-reserve", "private-donors",
            "institutional-income", "private-donor-count");
    /** The donor kind whose donors the count of private donors counts (figure 3's individualDonors). */
    static final String INDIVIDUAL = "INDIVIDUAL";
    static final Set<String> INSTITUTIONAL_CATEGORIES = Set.of("LOTTERY_ORGANISATIONS", "GOVERNMENT_GRANTS",
            "AFFILIATED_NONPROFITS", "OTHER_NONPROFITS");

    /** Where the expected part comes from: the previous years, the budget's phasing, or nothing to go by. */
    public enum Basis { HISTORY, BUDGET, NONE }

    /** Income per earmark class with the private and the institutional unearmarked part of it. */
    public record Income(BigDecimal unearmarked, BigDecimal programme, BigDecimal project, BigDecimal privateIncome,
                         BigDecimal institutional) {
        static final Income ZERO = new Income(zero(), zero(), zero(), zero(), zero());

        public BigDecimal total() {
            return unearmarked.add(programme).add(project);
        }

        Income plus(Income o) {
            return new Income(unearmarked.add(o.unearmarked), programme.add(o.programme), project.add(o.project),
                    privateIncome.add(o.privateIncome), institutional.add(o.institutional));
        }
    }

    /** A part of a forecast in euros: realised to date, known to come, expected; forecast = their sum. */
    public record Parts(BigDecimal realised, BigDecimal known, BigDecimal expected, BigDecimal forecast) {
        static Parts of(BigDecimal realised, BigDecimal known, BigDecimal expected) {
            return new Parts(realised, known, expected, realised.add(known).add(expected));
        }
    }

    /**
     * One figure's landing: value (percent for the share, euros otherwise) with its parts (the share's and the
     * reserve's: unearmarked income; the share's whole: total income), its range (value ± the backtest's mean
     * absolute error at this month end; null without a backtest), the year's target and the euros short at year end.
     */
    public record FigureForecast(String key, String unit, BigDecimal value, Parts parts, Parts totalIncome,
                                 BigDecimal low, BigDecimal high, BigDecimal meanAbsoluteError, BigDecimal target,
                                 BigDecimal shortBy, String status) {
    }

    /** The forecast of a year as of a date (the day's income included). */
    public record Forecast(int year, LocalDate asOf, String currency, String basis, List<Integer> historyYears,
                           Income realised, Income known, Income expected, Income forecast,
                           List<FigureForecast> figures, List<String> missingInputs) {
        public FigureForecast figure(String key) {
            return figures.stream().filter(f -> f.key().equals(key)).findFirst().orElseThrow();
        }
    }

    /** The backtest: per figure the mean absolute error over all month ends, and per month end (1–11). */
    public record Accuracy(int year, List<Integer> backtestYears, List<FigureAccuracy> figures) {
        public FigureAccuracy figure(String key) {
            return figures.stream().filter(f -> f.key().equals(key)).findFirst().orElseThrow();
        }
    }

    /** Errors of one figure: forecasts made at month end m of a backtest year against what that year came to. */
    public record FigureAccuracy(String key, String unit, BigDecimal meanAbsoluteError, int forecasts,
                                 Map<Integer, BigDecimal> meanAbsoluteErrorByMonth,
                                 List<BacktestYear> years) {
    }

    /** One backtest year of a figure: what it came to and the forecast made at each month end (null: none). */
    public record BacktestYear(int year, BigDecimal actual, List<BigDecimal> forecastAtMonthEnd) {
    }

    /** How long the dashboard reuses a backtest (it changes with the ledger and the finance inputs of past years). */
    static final Duration BACKTEST_KEPT = Duration.ofMinutes(1);

    private record Kept(Accuracy accuracy, Instant at) {
    }

    private final LedgerQueries ledger;
    private final KnownIncome knownIncome;
    private final FinanceInputs inputs;
    private final ReserveProjection reserve;
    private final Map<Integer, Kept> backtests = new ConcurrentHashMap<>();

    public ForecastProjection(LedgerQueries ledger, KnownIncome knownIncome, FinanceInputs inputs,
                              ReserveProjection reserve) {
        this.ledger = ledger;
        this.knownIncome = knownIncome;
        this.inputs = inputs;
        this.reserve = reserve;
    }

    /**
     * The forecast of {@code year} as of {@code asOf}, with ranges from the backtest of the years before; asOf null:
     * today for the running year, 31 December for a year that has ended, 1 January for a year to come.
     */
    public Forecast forecast(int year, LocalDate asOf) {
        return forecast(year, asOf, () -> accuracy(year));
    }

    /** As {@link #forecast(int, LocalDate)}, the backtest asked of {@code backtest} only when the range needs it. */
    Forecast forecast(int year, LocalDate asOf, Supplier<Accuracy> backtest) {
        LocalDate date = asOf != null ? asOf : defaultAsOf(year);
        Forecast f = compute(year, date, new Known(knownIncome));
        int month = monthEndOf(date);
        // on 31 December the year has come to what it is: no error left, and no backtest needed
        Accuracy accuracy = month == 12 ? null : backtest.get();
        List<FigureForecast> ranged = new ArrayList<>();
        for (FigureForecast figure : f.figures()) {
            BigDecimal error = accuracy == null ? zero()
                    : accuracy.figure(figure.key()).meanAbsoluteErrorByMonth().get(month);
            if (figure.value() == null || error == null) {
                ranged.add(figure);
            } else {
                ranged.add(new FigureForecast(figure.key(), figure.unit(), figure.value(), figure.parts(),
                        figure.totalIncome(), figure.value().subtract(error), figure.value().add(error), error,
                        figure.target(), figure.shortBy(), figure.status()));
            }
        }
        return new Forecast(f.year(), f.asOf(), f.currency(), f.basis(), f.historyYears(), f.realised(), f.known(),
                f.expected(), f.forecast(), ranged, f.missingInputs());
    }

    /**
     * The dashboard's forecast of a year as of today (see {@link #forecast(int, LocalDate)}): the same figures, with
     * the backtest behind its range kept for {@link #BACKTEST_KEPT} and dropped whenever the read models change, so
     * that a live refresh does not repeat the backtest's forecasts. The API computes both afresh.
     */
    public Forecast landing(int year) {
        return forecast(year, null, () -> {
            Kept kept = backtests.get(year);
            if (kept == null || kept.at().plus(BACKTEST_KEPT).isBefore(Instant.now())) {
                kept = new Kept(accuracy(year), Instant.now());
                backtests.put(year, kept);
            }
            return kept.accuracy();
        });
    }

    void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) FiguresChanged change) {
        backtests.clear();
    }

    static LocalDate defaultAsOf(int year) {
        LocalDate today = Period.today();
        return year == today.getYear() ? today : year < today.getYear() ? LocalDate.of(year, 12, 31)
                : LocalDate.of(year, 1, 1);
    }

    /** The month end a forecast of this date is measured at: its month on its last day, else the month before. */
    static int monthEndOf(LocalDate date) {
        if (date.getMonthValue() == 12 && date.getDayOfMonth() == 31) {
            return 12;
        }
        int month = date.equals(YearMonth.from(date).atEndOfMonth()) ? date.getMonthValue() : date.getMonthValue() - 1;
        return Math.max(1, month);
    }

    /**
     * The backtest behind {@code year}'s forecast: for each year before it with income in the ledger (up to
     * {@link #HISTORY_YEARS}), the forecast made at the end of each month January–November (from what the read
     * models held by then) against what that year came to (its forecast as of 31 December: the realised year).
     */
    public Accuracy accuracy(int year) {
        List<Integer> years = ledger.yearsWithIncome(year, HISTORY_YEARS).stream().sorted().toList();
        Known known = new Known(knownIncome);
        Map<String, List<BacktestYear>> perFigure = new LinkedHashMap<>();
        FIGURES.forEach(key -> perFigure.put(key, new ArrayList<>()));
        for (int past : years) {
            Forecast actual = compute(past, LocalDate.of(past, 12, 31), known);
            Map<String, List<BigDecimal>> made = new LinkedHashMap<>();
            FIGURES.forEach(key -> made.put(key, new ArrayList<>()));
            for (int month = 1; month <= 11; month++) {
                Forecast f = compute(past, YearMonth.of(past, month).atEndOfMonth(), known);
                FIGURES.forEach(key -> made.get(key).add(f.figure(key).value()));
            }
            FIGURES.forEach(key -> perFigure.get(key).add(new BacktestYear(past, actual.figure(key).value(),
                    made.get(key))));
        }
        List<FigureAccuracy> figures = new ArrayList<>();
        for (String key : FIGURES) {
            List<BacktestYear> backtest = perFigure.get(key);
            BigDecimal sum = BigDecimal.ZERO;
            int n = 0;
            Map<Integer, BigDecimal> byMonth = new LinkedHashMap<>();
            for (int month = 1; month <= 11; month++) {
                BigDecimal monthSum = BigDecimal.ZERO;
                int monthN = 0;
                for (BacktestYear b : backtest) {
                    BigDecimal made = b.forecastAtMonthEnd().get(month - 1);
                    if (b.actual() != null && made != null) {
                        BigDecimal error = made.subtract(b.actual()).abs();
                        monthSum = monthSum.add(error);
                        monthN++;
                    }
                }
                byMonth.put(month, mean(monthSum, monthN));
                sum = sum.add(monthSum);
                n += monthN;
            }
            figures.add(new FigureAccuracy(key, unit(key), mean(sum, n), n, byMonth, backtest));
        }
        return new Accuracy(year, years, figures);
    }

    private static BigDecimal mean(BigDecimal sum, int n) {
        return n == 0 ? null : sum.divide(BigDecimal.valueOf(n), 2, RoundingMode.HALF_EVEN);
    }

    private static String unit(String key) {
        return switch (key) {
            case "unearmarked-share" -> "PERCENT";
            case "private-donor-count" -> "DONORS";
            default -> "EUR";
        };
    }

    private static BigDecimal zero() {
        return BigDecimal.ZERO.setScale(2);
    }

    /** The read models of known income, read once for a forecast and its backtest. */
    private static final class Known {
        final List<KnownIncome.Mandate> mandates;
        final List<KnownIncome.Agreement> agreements;
        final Map<String, String> fundEarmarks;
        final Map<String, String> kinds;
        final Map<Integer, List<KnownIncome.Instalment>> instalments = new LinkedHashMap<>();
        final Map<Period, LedgerQueries.IncomeSums> history = new LinkedHashMap<>();
        final Map<LocalDate, Long> newcomers = new LinkedHashMap<>();
        final KnownIncome source;

        Known(KnownIncome source) {
            this.source = source;
            mandates = source.mandates();
            agreements = source.agreements();
            fundEarmarks = source.fundEarmarks();
            kinds = source.donorKinds();
        }

        List<KnownIncome.Instalment> instalments(int year) {
            return instalments.computeIfAbsent(year, source::instalmentsDueIn);
        }

        String kind(String donorId) {
            return kinds.getOrDefault(donorId, LedgerQueries.UNKNOWN);
        }

        /** The history's income not known before, of one window, read once per forecast and backtest. */
        LedgerQueries.IncomeSums history(LedgerQueries ledger, Period window) {
            return history.computeIfAbsent(window, ledger::incomeNotKnownBefore);
        }

        /** The history's private donors who came from {@code restFrom} on, read once per forecast and backtest. */
        long newcomers(LedgerQueries ledger, LocalDate restFrom) {
            return newcomers.computeIfAbsent(restFrom, from -> ledger.newcomersNotKnownBefore(from, INDIVIDUAL));
        }
    }

    private Forecast compute(int year, LocalDate asOf, Known known) {
        Period toDate = Period.yearToDate(asOf);
        Instant at = asOf.plusDays(1).atStartOfDay(Period.AMSTERDAM).toInstant();
        LocalDate yearEnd = LocalDate.of(year, 12, 31);
        boolean restOfYear = asOf.isBefore(yearEnd);

        Map<EarmarkClass, BigDecimal> byEarmark = ledger.incomeByEarmark(toDate);
        LedgerQueries.IncomeSums sums = ledger.income(toDate);
        Income realised = new Income(byEarmark.get(EarmarkClass.UNEARMARKED), byEarmark.get(EarmarkClass.PROGRAMME),
                byEarmark.get(EarmarkClass.PROJECT), DonorIncomeProjection.privateIncome(sums),
                institutional(sums));

        Income knownPart = Income.ZERO;
        Income expected = Income.ZERO;
        List<Integer> history = ledger.yearsWithIncome(year, HISTORY_YEARS);
        List<FinanceInputs.PhasedLine> lines = inputs.budgetLines(year);
        boolean budgetHasIncome = lines.stream().anyMatch(l -> FinanceInputs.INCOME.equals(l.type()));
        Basis basis = !history.isEmpty() ? Basis.HISTORY : budgetHasIncome ? Basis.BUDGET : Basis.NONE;
        if (restOfYear) {
            LocalDate restFrom = asOf.plusDays(1);
            knownPart = known(year, asOf, at, restFrom, known);
            expected = switch (basis) {
                case HISTORY -> fromHistory(history, restFrom, known);
                case BUDGET -> fromBudget(lines, new Period(restFrom, yearEnd), knownPart);
                case NONE -> Income.ZERO;
            };
        }
        Income forecast = realised.plus(knownPart).plus(expected);

        FinanceInputModels.Target target = inputs.target(year);
        List<FigureForecast> figures = new ArrayList<>();
        BigDecimal share = Shares.percent(forecast.unearmarked(), forecast.total());
        BigDecimal shareShort = target.unearmarkedShare() == null ? null
                : Shares.percentOf(target.unearmarkedShare(), forecast.total()).subtract(forecast.unearmarked());
        Parts unearmarkedParts = Parts.of(realised.unearmarked(), knownPart.unearmarked(), expected.unearmarked());
        figures.add(new FigureForecast("unearmarked-share", "PERCENT", share, unearmarkedParts,
                Parts.of(realised.total(), knownPart.total(), expected.total()), null, null, null,
                target.unearmarkedShare() == null ? null : target.unearmarkedShare().setScale(2), shareShort,
                status(shareShort)));

        ReserveProjection.ReserveFigure r = reserve.project(toDate, null);
        BigDecimal unearmarkedBudgetYear = lines.stream()
                .filter(l -> FinanceInputs.INCOME.equals(l.type())
                        && EarmarkClass.UNEARMARKED.name().equals(l.earmarkClass()))
                .map(FinanceInputs.PhasedLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2);
        // the costs still to come are taken as budgeted: only the posted months' difference counts, as in figure 2
        BigDecimal landing = r.openingBalance() == null ? null : r.openingBalance().add(r.plannedAddition())
                .add(forecast.unearmarked().subtract(unearmarkedBudgetYear))
                .subtract(r.werkorganisatieCostToDate().subtract(r.werkorganisatieBudgetToDate())).setScale(2);
        BigDecimal reserveShort = landing == null || r.planPathClosing() == null ? null
                : r.planPathClosing().subtract(landing).setScale(2);
        figures.add(new FigureForecast("continuity-reserve", "EUR", landing, unearmarkedParts, null, null, null,
                null, r.planPathClosing(), reserveShort, status(reserveShort)));

        BigDecimal privateShort = target.privateIncome() == null ? null
                : target.privateIncome().subtract(forecast.privateIncome()).setScale(2);
        figures.add(new FigureForecast("private-donors", "EUR", forecast.privateIncome(),
                Parts.of(realised.privateIncome(), knownPart.privateIncome(), expected.privateIncome()), null,
                null, null, null, target.privateIncome(), privateShort, status(privateShort)));

        BigDecimal institutionalShort = target.institutionalUnearmarkedIncome() == null ? null
                : target.institutionalUnearmarkedIncome().subtract(forecast.institutional()).setScale(2);
        figures.add(new FigureForecast("institutional-income", "EUR", forecast.institutional(),
                Parts.of(realised.institutional(), knownPart.institutional(), expected.institutional()), null,
                null, null, null, target.institutionalUnearmarkedIncome(), institutionalShort,
                status(institutionalShort)));
        figures.add(donorCount(year, asOf, at, toDate, restOfYear ? basis : Basis.NONE, history, known));
        return new Forecast(year, asOf, "EUR", basis.name(), history, realised, knownPart, expected, forecast,
                figures, r.missingInputs());
    }

    /**
     * The number of private donors at year end (figure 3's individualDonors: INDIVIDUAL donors whose net giving in
     * the year is above zero): those who gave to date + those known to give who have not given yet (an active
     * mandate with a collection still due in the year, a periodic-gift agreement without mandate covering it) + the
     * mean number of private donors who came in the rest of the year in the history years, out of income not known
     * before (half-even to a whole donor; none without history: the budget has no number of donors). No target.
     */
    private FigureForecast donorCount(int year, LocalDate asOf, Instant at, Period toDate, Basis basis,
                                      List<Integer> history, Known known) {
        long realised = ledger.donorsWithNetGiving(toDate, INDIVIDUAL);
        long knownCount = 0;
        long expected = 0;
        if (asOf.isBefore(LocalDate.of(year, 12, 31))) {
            LocalDate restFrom = asOf.plusDays(1);
            Set<String> candidates = new java.util.HashSet<>();
            for (KnownIncome.Mandate m : known.mandates) {
                if (m.activeAt(at) && INDIVIDUAL.equals(known.kind(m.donorId()))
                        && !m.dueDates(restFrom, LocalDate.of(year, 12, 31)).isEmpty()) {
                    candidates.add(m.donorId());
                }
            }
            for (KnownIncome.Agreement a : known.agreements) {
                if (a.mandateId() == null && !a.signedAt().isAfter(at) && a.covers(year)
                        && INDIVIDUAL.equals(known.kind(a.donorId()))) {
                    candidates.add(a.donorId());
                }
            }
            candidates.removeAll(ledger.netPositiveAmong(toDate, candidates));
            knownCount = candidates.size();
            if (basis == Basis.HISTORY) {
                long sum = 0;
                for (int past : history) {
                    sum += known.newcomers(ledger, restFrom.withYear(past));
                }
                expected = BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(history.size()), 0,
                        RoundingMode.HALF_EVEN).longValueExact();
            }
        }
        Parts parts = new Parts(BigDecimal.valueOf(realised), BigDecimal.valueOf(knownCount),
                BigDecimal.valueOf(expected), BigDecimal.valueOf(realised + knownCount + expected));
        return new FigureForecast("private-donor-count", "DONORS", parts.forecast(), parts, null, null, null, null,
                null, null, null);
    }

    private static String status(BigDecimal shortBy) {
        return shortBy == null ? null : shortBy.signum() <= 0 ? "ON_TRACK" : "BEHIND";
    }

    private static BigDecimal institutional(LedgerQueries.IncomeSums sums) {
        return sums.sum(r -> r.earmark() == EarmarkClass.UNEARMARKED
                && LedgerQueries.INSTITUTIONAL_KINDS.contains(r.kind()));
    }

    /**
     * What is known to come from {@code restFrom} to 31 December, as the read models stood at {@code at} (the end of
     * asOf): instalments due in the year not received by asOf; each active mandate's due dates × its amount (its
     * fund's earmark class); each periodic agreement not paid by a mandate whose term covers the year: its yearly
     * amount less what its donor gave in the year to date, not below zero (unearmarked). An agreement paid by a
     * mandate is that mandate's collections, counted once.
     */
    private Income known(int year, LocalDate asOf, Instant at, LocalDate restFrom, Known known) {
        LocalDate yearEnd = LocalDate.of(year, 12, 31);
        Income sum = Income.ZERO;
        for (KnownIncome.Instalment i : known.instalments(year)) {
            if (i.outstandingAt(at, asOf)) {
                sum = sum.plus(income(i.amount(), earmark(i.earmarkClass()), known.kind(i.donorId())));
            }
        }
        for (KnownIncome.Mandate m : known.mandates) {
            if (m.activeAt(at)) {
                BigDecimal collections = m.amount().multiply(BigDecimal.valueOf(m.dueDates(restFrom, yearEnd).size()));
                String earmark = m.fundCode() == null ? null : known.fundEarmarks.get(m.fundCode());
                sum = sum.plus(income(collections, earmark(earmark), known.kind(m.donorId())));
            }
        }
        Map<String, BigDecimal> givenToDate = null;
        for (KnownIncome.Agreement a : known.agreements) {
            if (a.mandateId() == null && !a.signedAt().isAfter(at) && a.covers(year)) {
                if (givenToDate == null) {
                    givenToDate = ledger.incomeOfAgreementDonors(Period.yearToDate(asOf));
                }
                BigDecimal given = givenToDate.getOrDefault(a.donorId(), BigDecimal.ZERO);
                BigDecimal owed = a.yearlyAmount().subtract(given).max(BigDecimal.ZERO);
                sum = sum.plus(income(owed, EarmarkClass.UNEARMARKED, known.kind(a.donorId())));
            }
        }
        return sum;
    }

    private static EarmarkClass earmark(String earmarkClass) {
        return earmarkClass == null ? EarmarkClass.UNEARMARKED : EarmarkClass.valueOf(earmarkClass);
    }

    private static Income income(BigDecimal amount, EarmarkClass earmark, String kind) {
        BigDecimal a = amount.setScale(2);
        return new Income(earmark == EarmarkClass.UNEARMARKED ? a : zero(),
                earmark == EarmarkClass.PROGRAMME ? a : zero(), earmark == EarmarkClass.PROJECT ? a : zero(),
                "INDIVIDUAL".equals(kind) ? a : zero(),
                earmark == EarmarkClass.UNEARMARKED && LedgerQueries.INSTITUTIONAL_KINDS.contains(kind) ? a : zero());
    }

    /** The mean over the history years of the income not known before, of the same dates as the rest of the year. */
    private Income fromHistory(List<Integer> history, LocalDate restFrom, Known known) {
        Income sum = Income.ZERO;
        for (int past : history) {
            LedgerQueries.IncomeSums s = known.history(ledger,
                    new Period(restFrom.withYear(past), LocalDate.of(past, 12, 31)));
            sum = sum.plus(new Income(s.sum(r -> r.earmark() == EarmarkClass.UNEARMARKED),
                    s.sum(r -> r.earmark() == EarmarkClass.PROGRAMME), s.sum(r -> r.earmark() == EarmarkClass.PROJECT),
                    DonorIncomeProjection.privateIncome(s), institutional(s)));
        }
        BigDecimal n = BigDecimal.valueOf(history.size());
        return new Income(divide(sum.unearmarked(), n), divide(sum.programme(), n), divide(sum.project(), n),
                divide(sum.privateIncome(), n), divide(sum.institutional(), n));
    }

    private static BigDecimal divide(BigDecimal amount, BigDecimal n) {
        return amount.divide(n, 2, RoundingMode.HALF_EVEN);
    }

    /**
     * The budget's income lines phased over the rest of the year, less what is known to come (not below zero):
     * per earmark class, private (category INDIVIDUALS) and institutional unearmarked (the institutional
     * categories' UNEARMARKED lines).
     */
    private static Income fromBudget(List<FinanceInputs.PhasedLine> lines, Period rest, Income known) {
        BigDecimal unearmarked = zero();
        BigDecimal programme = zero();
        BigDecimal project = zero();
        BigDecimal privateIncome = zero();
        BigDecimal institutional = zero();
        for (FinanceInputs.PhasedLine line : lines) {
            if (!FinanceInputs.INCOME.equals(line.type())) {
                continue;
            }
            BigDecimal phased = line.over(rest);
            switch (EarmarkClass.valueOf(line.earmarkClass())) {
                case UNEARMARKED -> unearmarked = unearmarked.add(phased);
                case PROGRAMME -> programme = programme.add(phased);
                case PROJECT -> project = project.add(phased);
            }
            if ("INDIVIDUALS".equals(line.incomeCategory())) {
                privateIncome = privateIncome.add(phased);
            }
            if (EarmarkClass.UNEARMARKED.name().equals(line.earmarkClass())
                    && INSTITUTIONAL_CATEGORIES.contains(line.incomeCategory())) {
                institutional = institutional.add(phased);
            }
        }
        return new Income(rest(unearmarked, known.unearmarked()), rest(programme, known.programme()),
                rest(project, known.project()), rest(privateIncome, known.privateIncome()),
                rest(institutional, known.institutional()));
    }

    private static BigDecimal rest(BigDecimal budget, BigDecimal known) {
        return budget.subtract(known).max(BigDecimal.ZERO).setScale(2);
    }
}
