package org.donorcrm.platform.jobs;

import io.quarkus.arc.properties.IfBuildProperty;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import org.eclipse.microprofile.openapi.annotations.Operation;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.donorcrm.platform.http.NotFound;
import org.donorcrm.platform.security.Roles;

import java.util.List;

/**
 * The jobs of the service: a person sees the jobs they started, an admin every job. {@code GET /api/v1/jobs/{id}}
 * is what a job's page polls for its progress.
 */
@IfBuildProperty(name = "crm.jobs.enabled", stringValue = "true") // only where a service runs jobs
@Path("/api/v1/jobs")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.FUNDRAISER, Roles.FINANCE, Roles.DIRECTOR, Roles.ADMIN})
public class JobResource {

    private final Jobs jobs;
    private final SecurityIdentity identity;

    public JobResource(Jobs jobs, SecurityIdentity identity) {
        this.jobs = jobs;
        this.identity = identity;
    }

    @GET
    @Operation(summary = "Your jobs", description = "Roles: fundraiser, finance, director, admin. The latest 50 jobs "
            + "the signed-in person started (an admin: everyone's), newest first, with their progress.")
    public List<JobView> mine() {
        return jobs.latest(identity.hasRole(Roles.ADMIN) ? null : identity.getPrincipal().getName(), 50).stream()
                .map(job -> JobView.of(job, jobs)).toList();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "A job and its progress", description = "Roles: fundraiser, finance, director, admin. "
            + "404 unless the job is the signed-in person's own (an admin sees every job).")
    public JobView one(@PathParam("id") String id) {
        return JobView.of(visible(jobs, identity, id), jobs);
    }

    /** The job, when the signed-in person may see it (theirs, or any for an admin); else 404. */
    static Job visible(Jobs jobs, SecurityIdentity identity, String id) {
        return jobs.find(id)
                .filter(job -> identity.hasRole(Roles.ADMIN) || job.startedBy.equals(identity.getPrincipal().getName()))
                .orElseThrow(() -> new NotFound("There is no job " + id + " of yours."));
    }
}
