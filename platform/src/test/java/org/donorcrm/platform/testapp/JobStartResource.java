package org.donorcrm.platform.testapp;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.donorcrm.platform.jobs.Job;
import org.donorcrm.platform.jobs.JobView;
import org.donorcrm.platform.jobs.Jobs;

import java.net.URI;

/** Starts a job as a service's resource does: 202 with the job and its address, at once. */
@Path("/api/v1/test/jobs")
@Produces(MediaType.APPLICATION_JSON)
public class JobStartResource {

    private final Jobs jobs;
    private final SecurityIdentity identity;

    public JobStartResource(Jobs jobs, SecurityIdentity identity) {
        this.jobs = jobs;
        this.identity = identity;
    }

    @POST
    @Path("/{kind}/{subject}")
    public Response start(@PathParam("kind") String kind, @PathParam("subject") String subject,
                          @QueryParam("params") String params) {
        Job job = jobs.start(kind, subject, params, identity.getPrincipal().getName());
        return Response.accepted(JobView.of(job)).location(URI.create("/api/v1/jobs/" + job.id)).build();
    }
}
