package org.donorcrm.reporting.figures;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import org.donorcrm.platform.security.Roles;
import org.donorcrm.reporting.period.Period;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.LocalDate;

/**
 * The year-end forecasts of the strategic figures and the backtest of their accuracy (docs/figures.md, forecasts),
 * computed at the moment of asking from the same read models and finance inputs as the figures.
 */
@Path("/api/v1/forecasts")
@Tag(name = "Forecasts")
@SecurityRequirement(name = "SecurityScheme")
@RolesAllowed({Roles.DIRECTOR, Roles.FINANCE, Roles.FUNDRAISER})
public class ForecastResource {

    private final ForecastProjection forecasts;

    public ForecastResource(ForecastProjection forecasts) {
        this.forecasts = forecasts;
    }

    @GET
    @Operation(summary = "Year-end forecast of each strategic figure, with its parts and range",
            description = "Roles: director, finance, fundraiser. Per figure (unearmarked share, continuity reserve, "
                    + "private income, institutional unearmarked income): realised to asOf + income known to come "
                    + "(grant instalments not received, active mandates' collections, what periodic agreements "
                    + "without a mandate still owe) + expected other income of the rest of the year (basis HISTORY: "
                    + "the mean of the same dates of up to 3 previous years, known income left out; BUDGET: the "
                    + "budget's phasing less what is known; NONE); range = forecast ± the backtest's mean absolute "
                    + "error at the same month end; target and shortBy at year end. private-donor-count: the number of "
                    + "private donors at year end = those who gave to date + those with an active mandate or agreement "
                    + "who have not given yet + the history's mean of donors who came in the rest of the year. asOf (YYYY-MM-DD, in the year): "
                    + "default today for the running year, 31 December for a past year, 1 January for a year to come.")
    public ForecastProjection.Forecast forecast(
            @QueryParam("year") @NotNull @Pattern(regexp = Period.YEAR, message = Period.YEAR_MESSAGE) String year,
            @QueryParam("asOf") @Pattern(regexp = "[0-9]{4}-[0-9]{2}-[0-9]{2}", message = "must be a date YYYY-MM-DD")
            String asOf) {
        int y = Integer.parseInt(year);
        return forecasts.forecast(y, asOf(y, asOf));
    }

    @GET
    @Path("/accuracy")
    @Operation(summary = "Backtest of the forecasts: mean absolute error per figure",
            description = "Roles: director, finance, fundraiser. For each of the up to 3 years before year with "
                    + "income in the ledger: the forecast made at the end of each month January-November against what "
                    + "that year came to; per figure the mean absolute error over all of them (percentage points for "
                    + "the share, donors for the count, euros otherwise; half-even to 2 decimals), per month end, and every forecast made.")
    public ForecastProjection.Accuracy accuracy(
            @QueryParam("year") @NotNull @Pattern(regexp = Period.YEAR, message = Period.YEAR_MESSAGE) String year) {
        return forecasts.accuracy(Integer.parseInt(year));
    }

    private static LocalDate asOf(int year, String asOf) {
        if (asOf == null) {
            return null;
        }
        PeriodParams params = new PeriodParams();
        params.year = String.valueOf(year);
        params.asOf = asOf;
        return params.asOfDate(year);
    }
}
