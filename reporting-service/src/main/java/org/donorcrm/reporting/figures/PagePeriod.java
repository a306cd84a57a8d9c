package org.donorcrm.reporting.figures;

import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.QueryParam;
import org.donorcrm.reporting.period.Period;

import java.time.LocalDate;

/** The period of a screen: as the figures API takes it, but the year defaults to the current one. */
public class PagePeriod {

    @QueryParam("year")
    @Pattern(regexp = Period.YEAR, message = Period.YEAR_MESSAGE)
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

    PeriodParams params() {
        PeriodParams params = new PeriodParams();
        params.year = year != null ? year : asOf != null ? asOf.substring(0, 4)
                : String.valueOf(Period.today().getYear());
        params.month = month;
        params.quarter = quarter;
        params.asOf = asOf;
        return params;
    }

    public Period period() {
        return params().period();
    }

    public String query() {
        return params().query();
    }

    public int year() {
        return Integer.parseInt(params().year);
    }

    public LocalDate asOfOrToday() {
        return asOf == null ? Period.today() : params().asOfDate(year());
    }
}
