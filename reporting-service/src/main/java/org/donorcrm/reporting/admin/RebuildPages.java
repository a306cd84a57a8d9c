package org.donorcrm.reporting.admin;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.donorcrm.platform.jobs.Job;
import org.donorcrm.platform.jobs.JobAlreadyRunning;
import org.donorcrm.platform.jobs.JobView;
import org.donorcrm.platform.jobs.Jobs;
import org.donorcrm.platform.security.Roles;

import java.net.URI;

/**
 * The admin's screen that starts a rebuild of the read models: what it does, the rebuild running now (if any), and
 * the button. Starting it sends the browser to the job's page ({@code /jobs/{id}}), which shows its progress live;
 * when a rebuild already runs (on any replica), to that one's page.
 */
@Path("/admin/rebuild")
@RolesAllowed(Roles.ADMIN)
public class RebuildPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance rebuild(JobView running);
    }

    private final Rebuild rebuild;
    private final Jobs jobs;
    private final SecurityIdentity identity;

    public RebuildPages(Rebuild rebuild, Jobs jobs, SecurityIdentity identity) {
        this.rebuild = rebuild;
        this.jobs = jobs;
        this.identity = identity;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance page() {
        return Templates.rebuild(jobs.running(Rebuild.KIND, Rebuild.SUBJECT).map(JobView::of).orElse(null));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response start() {
        String jobId;
        try {
            Job job = rebuild.start(identity.getPrincipal().getName());
            jobId = job.id;
        } catch (JobAlreadyRunning e) {
            jobId = e.jobId();
        }
        return Response.seeOther(URI.create("/jobs/" + jobId)).build();
    }
}
