package org.donorcrm.reporting.closes;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import org.donorcrm.platform.http.Conflict;
import org.donorcrm.platform.http.RuleViolation;
import org.donorcrm.reporting.figures.ForecastProjection;
import org.donorcrm.reporting.figures.KeyFigures;
import org.donorcrm.reporting.finance.FinanceInputs;
import org.donorcrm.reporting.period.Period;

import java.math.BigDecimal;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Month-end closes. Finance closes a month: the key figures of that month ({@link KeyFigures#closeValues}) are
 * frozen as one snapshot row per KPI and never written again, and so is the year-end forecast as of the month's last
 * day (one forecast_snapshot row per figure), so that a quarter shows how the landing moved month by month. Events
 * dated in the month that arrive later change the live figures only; the difference live − snapshot is shown as an adjustment after close. A quarter is
 * evaluated on the snapshots of its months, each against the month before and the same month a quarter earlier.
 */
@ApplicationScoped
public class MonthCloses {

    /** One KPI value of a close: frozen at the close, the change against the previous month's and the previous
     * quarter's close (null when that month was not closed), the live value now and the adjustment live − frozen. */
    public record Value(String kpi, String field, BigDecimal frozen, BigDecimal changeOnPreviousMonth,
                        BigDecimal changeOnPreviousQuarter, BigDecimal live, BigDecimal adjustment) {
    }

    public record Close(int year, int month, Instant closedAt, String closedBy, List<Value> values,
                        boolean adjusted, List<Landing> landings) {
    }

    /**
     * The year-end forecast of one figure as the close stored it (as of the month's last day): the landing, its
     * range, the euros short at year end and where its expected part came from; never recomputed.
     */
    public record Landing(String figure, BigDecimal landing, BigDecimal low, BigDecimal high, BigDecimal shortBy,
                          String basis) {
    }

    public record CloseSummary(int year, int month, Instant closedAt, String closedBy) {
    }

    public record QuarterEvaluation(int year, int quarter, List<Close> months) {
    }

    private static final TypeReference<Map<String, BigDecimal>> VALUES = new TypeReference<>() {
    };
    /** A close computes every KPI of its month in its one transaction: more than the default 60 s on a big ledger. */
    private static final int CLOSE_TIMEOUT_SECONDS = 600;

    private final EntityManager em;
    private final ObjectMapper objectMapper;
    private final KeyFigures keyFigures;
    private final FinanceInputs inputs;
    private final ForecastProjection forecasts;

    public MonthCloses(EntityManager em, ObjectMapper objectMapper, KeyFigures keyFigures, FinanceInputs inputs,
                       ForecastProjection forecasts) {
        this.forecasts = forecasts;
        this.em = em;
        this.objectMapper = objectMapper;
        this.keyFigures = keyFigures;
        this.inputs = inputs;
    }

    /** What a close reports as it goes: {@code done} of {@code total} KPIs frozen. */
    @FunctionalInterface
    public interface Steps {
        void done(int done, int total);
    }

    /**
     * Closes a month that has ended (Europe/Amsterdam) and was not closed before.
     *
     * @throws RuleViolation (422) for a month still running, {@link Conflict} (409) for a repeat
     */
    public Close close(int year, int month, String actor) {
        return close(year, month, actor, (done, total) -> {
        });
    }

    /**
     * As {@link #close(int, int, String)}, reporting each KPI frozen to {@code steps}. The close (its row, every
     * snapshot row and the audit entry) is one transaction: it is there whole or not at all, and a month is closed
     * once (its row's primary key), whoever closes it and however often.
     */
    @Transactional
    @TransactionConfiguration(timeout = CLOSE_TIMEOUT_SECONDS)
    public Close close(int year, int month, String actor, Steps steps) {
        checkClosable(year, month);
        YearMonth ym = YearMonth.of(year, month);
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        try {
            em.createNativeQuery("insert into month_close (close_year, close_month, closed_at, closed_by) "
                            + "values (?1, ?2, ?3, ?4)")
                    .setParameter(1, year).setParameter(2, month).setParameter(3, Timestamp.from(now))
                    .setParameter(4, actor).executeUpdate();
        } catch (PersistenceException e) {
            if (duplicate(e)) {
                throw alreadyClosed(ym); // closed at the same moment by another request or job
            }
            throw e;
        }
        Map<String, Map<String, BigDecimal>> values = new LinkedHashMap<>();
        int total = KeyFigures.CLOSE_KPIS.size();
        for (String kpi : KeyFigures.CLOSE_KPIS) {
            Map<String, BigDecimal> figure = keyFigures.closeValues(kpi, year, month);
            values.put(kpi, figure);
            em.createNativeQuery("insert into kpi_snapshot (close_year, close_month, kpi, figure) "
                            + "values (?1, ?2, ?3, ?4)")
                    .setParameter(1, year).setParameter(2, month).setParameter(3, kpi)
                    .setParameter(4, json(figure)).executeUpdate();
            steps.done(values.size(), total);
        }
        ForecastProjection.Forecast forecast = forecasts.forecast(year, ym.atEndOfMonth());
        for (ForecastProjection.FigureForecast f : forecast.figures()) {
            em.createNativeQuery("insert into forecast_snapshot (close_year, close_month, figure_key, landing, low, "
                            + "high, short_by, basis) values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)")
                    .setParameter(1, year).setParameter(2, month).setParameter(3, f.key())
                    .setParameter(4, f.value()).setParameter(5, f.low()).setParameter(6, f.high())
                    .setParameter(7, f.shortBy()).setParameter(8, forecast.basis()).executeUpdate();
        }
        inputs.audit(actor, "MONTH_CLOSED", "closes/" + ym, values);
        return find(year, month).orElseThrow();
    }

    /**
     * Whether a month may be closed now: it has ended and was not closed before.
     *
     * @throws RuleViolation (422) for a month still running, {@link Conflict} (409) for one closed before
     */
    public void checkClosable(int year, int month) {
        YearMonth ym = YearMonth.of(year, month);
        if (!ym.atEndOfMonth().isBefore(Period.today())) {
            throw new RuleViolation("#/month", ym + " has not ended yet: a month can be closed from its next month on",
                    "monthNotEnded", year, month);
        }
        if (summary(year, month).isPresent()) {
            throw alreadyClosed(ym);
        }
    }

    private static Conflict alreadyClosed(YearMonth ym) {
        return new Conflict("Month already closed", ym + " was closed before; later corrections show as adjustments");
    }

    /** Whether the insert failed on a key that exists (the month's row, written by another close). */
    private static boolean duplicate(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLIntegrityConstraintViolationException
                    || t instanceof org.hibernate.exception.ConstraintViolationException) {
                return true;
            }
        }
        return false;
    }

    public List<CloseSummary> list(int year) {
        List<Object[]> rows = em.createNativeQuery("select close_year, close_month, closed_at, closed_by "
                        + "from month_close where close_year = ?1 order by close_month", Object[].class)
                .setParameter(1, year).getResultList();
        return rows.stream().map(MonthCloses::summary).toList();
    }

    public Optional<CloseSummary> summary(int year, int month) {
        List<Object[]> rows = em.createNativeQuery("select close_year, close_month, closed_at, closed_by "
                        + "from month_close where close_year = ?1 and close_month = ?2", Object[].class)
                .setParameter(1, year).setParameter(2, month).getResultList();
        return rows.stream().findFirst().map(MonthCloses::summary);
    }

    /** A closed month with its frozen values, the changes against earlier closes and the adjustments since. */
    public Optional<Close> find(int year, int month) {
        Optional<CloseSummary> summary = summary(year, month);
        if (summary.isEmpty()) {
            return Optional.empty();
        }
        YearMonth ym = YearMonth.of(year, month);
        Map<String, Map<String, BigDecimal>> frozen = snapshot(ym);
        Map<String, Map<String, BigDecimal>> previousMonth = snapshot(ym.minusMonths(1));
        Map<String, Map<String, BigDecimal>> previousQuarter = snapshot(ym.minusMonths(3));
        Map<String, Map<String, BigDecimal>> live = keyFigures.closeValues(year, month);
        List<Value> values = new ArrayList<>();
        boolean adjusted = false;
        for (Map.Entry<String, Map<String, BigDecimal>> kpi : frozen.entrySet()) {
            for (Map.Entry<String, BigDecimal> field : kpi.getValue().entrySet()) {
                BigDecimal value = field.getValue();
                BigDecimal now = live.getOrDefault(kpi.getKey(), Map.of()).get(field.getKey());
                BigDecimal adjustment = difference(now, value);
                adjusted |= adjustment != null && adjustment.signum() != 0;
                values.add(new Value(kpi.getKey(), field.getKey(), value,
                        difference(value, previousMonth.getOrDefault(kpi.getKey(), Map.of()).get(field.getKey())),
                        difference(value, previousQuarter.getOrDefault(kpi.getKey(), Map.of()).get(field.getKey())),
                        now, adjustment));
            }
        }
        CloseSummary s = summary.get();
        return Optional.of(new Close(year, month, s.closedAt(), s.closedBy(), values, adjusted, landings(ym)));
    }

    /** The quarter's closed months, last month first (the quarter-end close). */
    public QuarterEvaluation quarter(int year, int quarter) {
        List<Close> months = new ArrayList<>();
        for (int month = quarter * 3; month > quarter * 3 - 3; month--) {
            find(year, month).ifPresent(months::add);
        }
        return new QuarterEvaluation(year, quarter, months);
    }

    /** The forecast the month's close stored, in the order of {@link ForecastProjection#FIGURES}. */
    private List<Landing> landings(YearMonth ym) {
        List<Object[]> rows = em.createNativeQuery("select figure_key, landing, low, high, short_by, basis "
                        + "from forecast_snapshot where close_year = ?1 and close_month = ?2", Object[].class)
                .setParameter(1, ym.getYear()).setParameter(2, ym.getMonthValue()).getResultList();
        return rows.stream().map(r -> new Landing((String) r[0], (BigDecimal) r[1], (BigDecimal) r[2],
                        (BigDecimal) r[3], (BigDecimal) r[4], (String) r[5]))
                .sorted(java.util.Comparator.comparingInt(l -> ForecastProjection.FIGURES.indexOf(l.figure())))
                .toList();
    }

    private Map<String, Map<String, BigDecimal>> snapshot(YearMonth ym) {
        List<Object[]> rows = em.createNativeQuery("select kpi, figure from kpi_snapshot "
                        + "where close_year = ?1 and close_month = ?2 order by kpi", Object[].class)
                .setParameter(1, ym.getYear()).setParameter(2, ym.getMonthValue()).getResultList();
        Map<String, Map<String, BigDecimal>> kpis = new LinkedHashMap<>();
        for (Object[] row : rows) {
            try {
                kpis.put((String) row[0], objectMapper.readValue((String) row[1], VALUES));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("snapshot " + ym + " " + row[0] + " not readable", e);
            }
        }
        return kpis;
    }

    private String json(Map<String, BigDecimal> values) {
        try {
            return objectMapper.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("snapshot not writable", e);
        }
    }

    private static BigDecimal difference(BigDecimal a, BigDecimal b) {
        return a == null || b == null ? null : a.subtract(b);
    }

    private static CloseSummary summary(Object[] row) {
        return new CloseSummary(((Number) row[0]).intValue(), ((Number) row[1]).intValue(),
                FinanceInputs.instant(row[2]),
                (String) row[3]);
    }
}
