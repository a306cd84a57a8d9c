package org.donorcrm.reporting.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import org.donorcrm.reporting.service.Period;
import org.donorcrm.reporting.service.UnearmarkedShareProjection;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The strategic figures, computed from the income ledger at the moment of asking. */
@Path("/api/v1/figures")
@Tag(name = "Figures")
@SecurityRequirement(name = "SecurityScheme")
@RolesAllowed({"director", "finance", "fundraiser"})
public class FigureResource {

    /** Years 2000 to 2099; a string parameter, so that "twenty" is a 400 problem and not a 404. */
    static final String YEAR = "20[0-9]{2}";
    static final String YEAR_MESSAGE = "must be a year from 2000 to 2099";

    private final UnearmarkedShareProjection unearmarkedShare;

    public FigureResource(UnearmarkedShareProjection unearmarkedShare) {
        this.unearmarkedShare = unearmarkedShare;
    }

    @GET
    @Path("/unearmarked-share")
    @Operation(summary = "Unearmarked share of a year's income",
            description = "Roles: director, finance, fundraiser. Income of the year per earmark class and the "
                    + "shares, exact to the cent.")
    public UnearmarkedShareResponse unearmarkedShare(
            @QueryParam("year") @NotNull @Pattern(regexp = YEAR, message = YEAR_MESSAGE) String year) {
        int y = Integer.parseInt(year);
        return UnearmarkedShareResponse.of(y, unearmarkedShare.income(Period.year(y)));
    }
}
