package org.donorcrm.donor.statement;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.donorcrm.platform.http.Conflict;
import org.donorcrm.platform.http.InvalidInput;
import org.donorcrm.platform.http.NotFound;
import org.donorcrm.platform.jobs.Job;
import org.donorcrm.platform.jobs.JobView;
import org.donorcrm.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;

/**
 * The annual statements of all donors of a year as a background job ({@link AnnualStatementRun}), and the run's zip
 * of PDFs. Personal data (every letter is addressed), so not for directors.
 */
@Path("/api/v1/annual-statement-runs")
@Tag(name = "Donors")
@SecurityRequirement(name = "SecurityScheme")
@RolesAllowed({Roles.FUNDRAISER, Roles.FINANCE, Roles.ADMIN})
public class StatementRunResource {

    public static final String ZIP = "application/zip";

    private final AnnualStatementRun run;
    private final StatementRuns runs;
    private final SecurityIdentity identity;

    public StatementRunResource(AnnualStatementRun run, StatementRuns runs, SecurityIdentity identity) {
        this.run = run;
        this.runs = runs;
        this.identity = identity;
    }

    @POST
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Start the annual statements of a year", description = "Roles: fundraiser, finance, admin. "
            + "Starts a background job (kind annual-statements) that makes and stores the annual gift statement PDF "
            + "of every donor who gave in the year (gifts not reversed, more than zero), is not erased, did not "
            + "decline the statement and has a postal address or an e-mail address; those without either are "
            + "skipped and counted. With email=true it also e-mails each stored statement (the PDF attached) to the "
            + "donors with an e-mail address and consent for e-mail, one per donor and year (a repeated run mails "
            + "nobody twice); the job's result says how many. 202 with the job (follow it at /api/v1/jobs/{id}); 409 "
            + "naming the running job while the year's run is queued or running; 400 for a year outside 2000 to last "
            + "year (a year is made once it has ended) or an email that is not true or false.")
    public Response start(@Parameter(required = true, description = "the year, 2000 to last year")
                          @QueryParam("year") String year,
                          @Parameter(description = "also send the statements by e-mail; default false")
                          @QueryParam("email") String email) {
        int chosen = StatementRuns.year(year);
        boolean byEmail;
        if (email == null || email.isBlank() || "false".equals(email.strip())) {
            byEmail = false;
        } else if ("true".equals(email.strip())) {
            byEmail = true;
        } else {
            throw new InvalidInput("#/email", "must be true or false");
        }
        Job job = run.start(chosen, byEmail, identity.getPrincipal().getName());
        return Response.accepted(JobView.of(job)).location(URI.create("/api/v1/jobs/" + job.id)).build();
    }

    @GET
    @Path("{jobId}/zip")
    @Produces(ZIP)
    @Operation(summary = "The zip of a run's annual statements", description = "Roles: fundraiser, finance, admin. "
            + "One PDF per donor, named jaaroverzicht-{year}-{donor number}.pdf, assembled from the stored "
            + "statements as it is sent (an erased donor's statement is no longer in it). 404 unless the run is the "
            + "signed-in person's own (an admin: any); 409 while it has not finished.")
    public Response zip(@PathParam("jobId") @Pattern(regexp = "[0-9a-f-]{36}", message = "must be a UUID")
                        String jobId) {
        Job job = finished(run, identity, jobId);
        return zip(runs, job);
    }

    /** The run, when the signed-in person may see it and it has finished. */
    static Job finished(AnnualStatementRun run, SecurityIdentity identity, String jobId) {
        Job job = run.visible(jobId, identity.getPrincipal().getName(), identity.hasRole(Roles.ADMIN))
                .orElseThrow(() -> new NotFound("There is no annual statement run " + jobId + " of yours."));
        if (job.status != Job.Status.SUCCEEDED) {
            throw new Conflict("Run not finished", "The run " + jobId + " is " + job.status
                    + "; its zip is there once it has succeeded.");
        }
        return job;
    }

    /** The run's zip as a download, written as it is read. */
    static Response zip(StatementRuns runs, Job job) {
        int year = Integer.parseInt(job.subject);
        StreamingOutput body = out -> runs.writeZip(job.id, year, out);
        return Response.ok(body, ZIP)
                .header("Content-Disposition", "attachment; filename=\"jaaroverzichten-" + year + ".zip\"").build();
    }
}
