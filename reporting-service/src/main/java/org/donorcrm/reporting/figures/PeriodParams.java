package org.donorcrm.reporting.figures;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.QueryParam;
import org.donorcrm.platform.http.InvalidInput;
import org.donorcrm.platform.http.Problem;
import org.donorcrm.reporting.period.Period;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.StringJoiner;

import static org.donorcrm.reporting.period.Period.YEAR;
import static org.donorcrm.reporting.period.Period.YEAR_MESSAGE;

/**
 * The period a figure is asked for: {@code year}, optionally narrowed by {@code month}, {@code quarter} or a
 * year-to-date {@code asOf} date (one of the three at most). Strings with patterns, so "twenty" is a 400 problem.
 */
public class PeriodParams {

    @QueryParam("year")
    @NotNull
    @Pattern(regexp = YEAR, message = YEAR_MESSAGE)
    public String year;

    @QueryParam("month")
    @Pattern(regexp = "[1-9]|1[0-2]|0[1-9]", message = "must be a month from 1 to 12")
    public String month;

    @QueryParam("quarter")
    @Pattern(regexp = "[1-4]", message = "must be a quarter from 1 to 4")
    public String quarter;

    @QueryParam("asOf")
    @Pattern(regexp = "[0-9]{4}-[0-9]{2}-[0-9]{2}", message = "must be a date YYYY-MM-DD")
    public String asOf;

    public Period period() {
        int y = Integer.parseInt(year);
        int narrowed = (month != null ? 1 : 0) + (quarter != null ? 1 : 0) + (asOf != null ? 1 : 0);
        if (narrowed > 1) {
            throw new InvalidInput(List.of(new Problem.FieldError(month != null ? "#/month" : "#/quarter",
                    "give at most one of month, quarter and asOf", "periodOneOfThree", List.of())));
        }
        if (month != null) {
            return Period.month(y, Integer.parseInt(month));
        }
        if (quarter != null) {
            return Period.quarter(y, Integer.parseInt(quarter));
        }
        if (asOf != null) {
            return Period.yearToDate(asOfDate(y));
        }
        return Period.year(y);
    }

    /**
     * These parameters, or for the running year asked without month, quarter or asOf the year to today: the period
     * as far as it has run, what "to date" means for the reserve (and {@link Period#yearSoFar} for the dashboard).
     */
    public PeriodParams soFar() {
        LocalDate today = Period.today();
        if (month != null || quarter != null || asOf != null || Integer.parseInt(year) != today.getYear()) {
            return this;
        }
        PeriodParams toToday = new PeriodParams();
        toToday.year = year;
        toToday.asOf = today.toString();
        return toToday;
    }

    public LocalDate asOfDate(int y) {
        LocalDate date;
        try {
            date = LocalDate.parse(asOf);
        } catch (DateTimeParseException e) {
            throw new InvalidInput(List.of(new Problem.FieldError("#/asOf", "must be a date YYYY-MM-DD",
                    "dateInvalid", List.of())));
        }
        if (date.getYear() != y) {
            throw new InvalidInput(List.of(new Problem.FieldError("#/asOf", "must lie in the year " + y,
                    "dateInYear", List.of(y))));
        }
        return date;
    }

    /** The same period as query parameters, for the drill-down links. */
    public String query() {
        StringJoiner q = new StringJoiner("&");
        q.add("year=" + year);
        if (month != null) {
            q.add("month=" + month);
        }
        if (quarter != null) {
            q.add("quarter=" + quarter);
        }
        if (asOf != null) {
            q.add("asOf=" + asOf);
        }
        return q.toString();
    }

    String allocations(String filters) {
        return "/api/v1/figures/allocations?" + query() + filters;
    }
}
