package org.donorcrm.donor.statement;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.donorcrm.donor.StatementRunMsg;
import org.donorcrm.platform.http.InvalidInput;
import org.donorcrm.platform.http.NotFound;
import org.donorcrm.platform.i18n.Formats;
import org.donorcrm.platform.i18n.Texts;
import org.donorcrm.platform.jobs.Job;
import org.donorcrm.platform.jobs.JobAlreadyRunning;
import org.donorcrm.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/**
 * "Jaaroverzichten {year}": the screen that starts the annual statements of all donors of a year (a background job,
 * {@link AnnualStatementRun}; "ook per e-mail versturen", off unless ticked, also e-mails them) and lists the year's earlier runs; a run's page with what it came to and its "Download
 * zip". A second start while the year's run is going is answered 409 with the page, a Dutch message and a link to
 * the running job's page.
 */
@Path("/annual-statements")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.FUNDRAISER, Roles.FINANCE, Roles.ADMIN})
public class StatementRunPages {

    /** How many ended years the screen offers, the latest first. */
    private static final int YEARS_OFFERED = 5;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance year(int year, List<Integer> years, List<Job> runs, String problem,
                                            String runningJobId);

        static native TemplateInstance run(Job job, int year, String zipCount);
    }

    private final AnnualStatementRun run;
    private final StatementRuns runs;
    private final SecurityIdentity identity;

    public StatementRunPages(AnnualStatementRun run, StatementRuns runs, SecurityIdentity identity) {
        this.run = run;
        this.runs = runs;
        this.identity = identity;
    }

    @GET
    @Operation(hidden = true)
    public Response year(@QueryParam("year") String year) {
        if (year == null || year.isBlank()) {
            return Response.ok(page(StatementRuns.lastYear(), null, null)).build();
        }
        try {
            return Response.ok(page(StatementRuns.year(year), null, null)).build();
        } catch (InvalidInput e) {
            return Response.status(400).entity(page(StatementRuns.lastYear(),
                    Texts.of(StatementRunMsg.class).yearInvalid(StatementRuns.lastYear()), null)).build();
        }
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response start(@FormParam("year") String year, @FormParam("email") String email) {
        int chosen;
        try {
            chosen = StatementRuns.year(year);
        } catch (InvalidInput e) {
            return Response.status(400).entity(page(StatementRuns.lastYear(),
                    Texts.of(StatementRunMsg.class).yearInvalid(StatementRuns.lastYear()), null)).build();
        }
        // the box "ook per e-mail versturen": sent as "on" when ticked, absent when not
        if (email != null && !"on".equals(email)) {
            return Response.status(400).entity(page(chosen, Texts.of(StatementRunMsg.class).byEmailInvalid(), null))
                    .build();
        }
        try {
            Job job = run.start(chosen, email != null, user());
            return Response.seeOther(URI.create("/jobs/" + job.id)).build();
        } catch (JobAlreadyRunning e) {
            return Response.status(409).entity(page(chosen, Texts.of(StatementRunMsg.class).alreadyRunning(chosen),
                    e.jobId())).build();
        }
    }

    @GET
    @Path("runs/{jobId}")
    @Operation(hidden = true)
    public TemplateInstance run(@PathParam("jobId") String jobId) {
        Job job = run.visible(jobId, user(), identity.hasRole(Roles.ADMIN))
                .orElseThrow(() -> new NotFound("There is no annual statement run " + jobId + " of yours."));
        return Templates.run(job, Integer.parseInt(job.subject), Formats.number(runs.stored(job.id)));
    }

    @GET
    @Path("runs/{jobId}/zip")
    @Produces(StatementRunResource.ZIP)
    @Operation(hidden = true)
    public Response zip(@PathParam("jobId") String jobId) {
        return StatementRunResource.zip(runs, StatementRunResource.finished(run, identity, jobId));
    }

    private TemplateInstance page(int year, String problem, String runningJobId) {
        List<Integer> years = new ArrayList<>();
        for (int y = StatementRuns.lastYear(); y > StatementRuns.lastYear() - YEARS_OFFERED; y--) {
            years.add(y);
        }
        String running = runningJobId != null ? runningJobId : run.running(year).map(job -> job.id).orElse(null);
        return Templates.year(year, years, run.ofYear(year, user(), identity.hasRole(Roles.ADMIN)), problem,
                running);
    }

    private String user() {
        return identity.getPrincipal().getName();
    }
}
