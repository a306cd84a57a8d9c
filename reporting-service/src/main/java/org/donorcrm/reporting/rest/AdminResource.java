package org.donorcrm.reporting.rest;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import org.donorcrm.reporting.service.Rebuild;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Operations on the read models themselves. */
@Path("/api/v1/admin")
@Tag(name = "Admin")
@SecurityRequirement(name = "SecurityScheme")
public class AdminResource {

    private final Rebuild rebuild;
    private final SecurityIdentity identity;

    public AdminResource(Rebuild rebuild, SecurityIdentity identity) {
        this.rebuild = rebuild;
        this.identity = identity;
    }

    @POST
    @Path("/rebuild")
    @RolesAllowed("admin")
    @Operation(summary = "Rebuild the read models from the topics",
            description = "Roles: admin. Empties the ledger, replicas and processed-event log (never the finance "
                    + "inputs) and replays crm.gifts, crm.donors and crm.campaigns from the start; answers when done "
                    + "with the number of events and events per second. 409 while another rebuild runs. Audited.")
    public Rebuild.RebuildReport rebuild() {
        return rebuild.run(identity.getPrincipal().getName());
    }
}
