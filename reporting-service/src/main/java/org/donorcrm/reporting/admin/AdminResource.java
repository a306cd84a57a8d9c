package org.donorcrm.reporting.admin;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.donorcrm.platform.jobs.Job;
import org.donorcrm.platform.jobs.JobView;
import org.donorcrm.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.util.List;

/** Operations on the read models themselves, and on the events that could not be applied (dead letters). */
@Path("/api/v1/admin")
@Tag(name = "Admin")
@SecurityRequirement(name = "SecurityScheme")
public class AdminResource {

    /** Every dead-lettered record of the cluster, newest first. */
    public record DeadLetterList(int total, List<DeadLetters.DeadLetter> items) {
    }

    private final Rebuild rebuild;
    private final DeadLetters deadLetters;
    private final SecurityIdentity identity;

    public AdminResource(Rebuild rebuild, DeadLetters deadLetters, SecurityIdentity identity) {
        this.rebuild = rebuild;
        this.deadLetters = deadLetters;
        this.identity = identity;
    }

    @GET
    @Path("/dead-letters")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "The events that could not be applied",
            description = "Roles: admin. Every record of every dead-letter topic (<topic>.dlq.<consumer>) on the "
                    + "cluster, newest first: where it is (topic, partition, offset), where it came from (source "
                    + "topic, partition, offset), the CloudEvent id and type, when it was dead-lettered, the reason, "
                    + "and its replays. Payloads are not shown.")
    public DeadLetterList deadLetters() {
        List<DeadLetters.DeadLetter> items = deadLetters.list();
        return new DeadLetterList(items.size(), items);
    }

    @POST
    @Path("/dead-letters/{topic}/{partition}/{offset}/replay")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Replay a dead-lettered event to its source topic",
            description = "Roles: admin. Republishes the record with its key, value and ce_* headers to its source "
                    + "topic (every consumer skips an event id it has applied, so a replay is safe) and records who "
                    + "replayed it when. 404 for an unknown record; 409 when it was replayed before, unless "
                    + "again=true. An event that still cannot be applied returns to the dead-letter topic.")
    public DeadLetters.DeadLetter replay(@PathParam("topic") String topic, @PathParam("partition") int partition,
                                         @PathParam("offset") long offset,
                                         @QueryParam("again") @DefaultValue("false") boolean again) {
        return deadLetters.replay(topic, partition, offset, again, identity.getPrincipal().getName());
    }

    @POST
    @Path("/rebuild")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Rebuild the read models from the topics, as a background job",
            description = "Roles: admin. Starts a job that empties the ledger, replicas and processed-event log "
                    + "(never the finance inputs) and replays crm.gifts, crm.donors and crm.campaigns from the "
                    + "start; answers 202 at once with the job (Location: its page /jobs/{id}; its progress, events "
                    + "done of total, at GET /api/v1/jobs/{id}). 409 with the running job's id while a rebuild runs "
                    + "on any replica. Audited when done.")
    @APIResponse(responseCode = "202", description = "The rebuild job, queued or running",
            content = @Content(schema = @Schema(implementation = JobView.class)))
    public Response rebuild() {
        Job job = rebuild.start(identity.getPrincipal().getName());
        return Response.accepted(JobView.of(job)).location(URI.create("/jobs/" + job.id)).build();
    }
}
