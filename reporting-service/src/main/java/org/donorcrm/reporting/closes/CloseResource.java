package org.donorcrm.reporting.closes;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.donorcrm.platform.http.NotFound;
import org.donorcrm.platform.jobs.Job;
import org.donorcrm.platform.jobs.JobAlreadyRunning;
import org.donorcrm.platform.jobs.JobView;
import org.donorcrm.platform.security.Roles;
import org.donorcrm.reporting.period.Period;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.util.List;
import java.util.Locale;

/**
 * Month-end and quarter-end closes: finance freezes a month's key figures; everyone who reads the dashboard's
 * finance views reads the snapshots with their changes and the adjustments made after the close.
 */
@Path("/api/v1/closes")
@Tag(name = "Closes")
@SecurityRequirement(name = "SecurityScheme")
public class CloseResource {

    /** The body of a close: the month to close. */
    public record CloseRequest(@NotNull @Min(value = 2000, message = "must be a year from 2000 to 2099")
                               @Max(value = 2099, message = "must be a year from 2000 to 2099") Integer year,
                               @NotNull @Min(value = 1, message = "must be a month from 1 to 12")
                               @Max(value = 12, message = "must be a month from 1 to 12") Integer month) {
    }

    private final MonthCloses closes;
    private final MonthCloseJob closeJob;
    private final SecurityIdentity identity;

    public CloseResource(MonthCloses closes, MonthCloseJob closeJob, SecurityIdentity identity) {
        this.closes = closes;
        this.closeJob = closeJob;
        this.identity = identity;
    }

    @POST
    @RolesAllowed(Roles.FINANCE)
    @Operation(summary = "Close a month: freeze its key figures as a snapshot",
            description = "Roles: finance. The month must have ended (Europe/Amsterdam; 422 otherwise) and not be "
                    + "closed yet (409). One snapshot per KPI; audited with the closing user. Answers 201 with the "
                    + "close when it is done; with the header Prefer: respond-async the close runs as a background "
                    + "job instead: 202 at once with the job (Location: its page /jobs/{id}; its progress at "
                    + "GET /api/v1/jobs/{id}). 409 with the running job's id while a close of the month runs.")
    @APIResponse(responseCode = "201", description = "The month closed",
            content = @Content(schema = @Schema(implementation = MonthCloses.Close.class)))
    @APIResponse(responseCode = "202", description = "Prefer: respond-async: the close's job, queued or running",
            content = @Content(schema = @Schema(implementation = JobView.class)))
    public Response close(@Valid @NotNull CloseRequest request,
                          @Parameter(description = "respond-async: close in the background (202 with the job)")
                          @HeaderParam("Prefer") String prefer, @Context UriInfo uri) {
        String actor = identity.getPrincipal().getName();
        if (prefer != null && prefer.toLowerCase(Locale.ROOT).contains("respond-async")) {
            Job job = closeJob.start(request.year(), request.month(), actor);
            return Response.accepted(JobView.of(job)).location(URI.create("/jobs/" + job.id))
                    .header("Preference-Applied", "respond-async").build();
        }
        closeJob.running(request.year(), request.month()).ifPresent(job -> {
            throw new JobAlreadyRunning(MonthCloseJob.KIND, job.subject, job.id);
        });
        MonthCloses.Close close = closes.close(request.year(), request.month(), actor);
        return Response.created(uri.getAbsolutePathBuilder().path(close.year() + "/" + close.month()).build())
                .entity(close).build();
    }

    @GET
    @RolesAllowed({Roles.DIRECTOR, Roles.FINANCE})
    @Operation(summary = "The closed months of a year",
            description = "Roles: director, finance. Who closed each month of the year (default: this year) and when.")
    public List<MonthCloses.CloseSummary> list(@QueryParam("year")
                                               @Pattern(regexp = Period.YEAR, message = Period.YEAR_MESSAGE)
                                               String year) {
        return closes.list(Period.yearOrThisYear(year));
    }

    @GET
    @Path("/{year}/{month}")
    @RolesAllowed({Roles.DIRECTOR, Roles.FINANCE})
    @Operation(summary = "A closed month's snapshot with changes and adjustments after close",
            description = "Roles: director, finance. Per KPI value: frozen at the close, the change against the "
                    + "previous month's and the previous quarter's close, the live value and the adjustment "
                    + "(live − frozen) made by events dated in the month that arrived after the close.")
    public MonthCloses.Close get(@PathParam("year") @Pattern(regexp = Period.YEAR,
                                         message = Period.YEAR_MESSAGE) String year,
                                 @PathParam("month") @Pattern(regexp = "[1-9]|1[0-2]",
                                         message = "must be a month from 1 to 12") String month) {
        return closes.find(Integer.parseInt(year), Integer.parseInt(month))
                .orElseThrow(() -> new NotFound(year + "-" + month + " is not closed"));
    }

    @GET
    @Path("/quarters/{year}/{quarter}")
    @RolesAllowed({Roles.DIRECTOR, Roles.FINANCE})
    @Operation(summary = "Quarterly evaluation: the snapshots of the quarter's closed months",
            description = "Roles: director, finance. Last month first, each with its changes and adjustments.")
    public MonthCloses.QuarterEvaluation quarter(@PathParam("year") @Pattern(regexp = Period.YEAR,
                                                         message = Period.YEAR_MESSAGE) String year,
                                                 @PathParam("quarter") @Pattern(regexp = "[1-4]",
                                                         message = "must be a quarter from 1 to 4") String quarter) {
        return closes.quarter(Integer.parseInt(year), Integer.parseInt(quarter));
    }
}
