package org.donorcrm.platform.jobs;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.arc.properties.IfBuildProperty;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import org.eclipse.microprofile.openapi.annotations.Operation;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.donorcrm.platform.security.Roles;

/**
 * A job's page: what it is, its progress (percentage, count, elapsed time), live while it runs, and what it came
 * to. It survives a reload: everything it shows is in the job's row. {@code /jobs} lists the person's own jobs.
 */
@IfBuildProperty(name = "crm.jobs.enabled", stringValue = "true") // only where a service runs jobs
@Path("/jobs")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.FUNDRAISER, Roles.FINANCE, Roles.DIRECTOR, Roles.ADMIN})
public class JobPages {

    private final Jobs jobs;
    private final SecurityIdentity identity;
    private final Template page;
    private final Template progress;
    private final Template list;

    public JobPages(Jobs jobs, SecurityIdentity identity, @Location("jobs/job.html") Template page,
                    @Location("jobs/progress.html") Template progress, @Location("jobs/list.html") Template list) {
        this.jobs = jobs;
        this.identity = identity;
        this.page = page;
        this.progress = progress;
        this.list = list;
    }

    @GET
    @Operation(hidden = true) // a screen for people, not an API operation
    public TemplateInstance mine() {
        return list.data("jobs", jobs.latest(identity.hasRole(Roles.ADMIN) ? null : identity.getPrincipal().getName(),
                50).stream().map(job -> JobView.of(job, jobs)).toList()).data("titles", jobs);
    }

    @GET
    @Operation(hidden = true) // a screen for people, not an API operation
    @Path("/{id}")
    public TemplateInstance job(@PathParam("id") String id) {
        return page.data("job", JobView.of(JobResource.visible(jobs, identity, id), jobs)).data("titles", jobs);
    }

    /** The progress part of the page, which the page fetches again every second while the job runs. */
    @GET
    @Operation(hidden = true) // a screen for people, not an API operation
    @Path("/{id}/progress")
    public TemplateInstance progress(@PathParam("id") String id) {
        return progress.data("job", JobView.of(JobResource.visible(jobs, identity, id), jobs));
    }
}
