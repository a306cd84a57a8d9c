package org.donorcrm.donor.interaction;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.donorcrm.platform.idempotency.IdempotentCreate;
import org.donorcrm.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.LocalDate;
import java.util.List;

@Path("/api/v1/donors/{donorId}/interactions")
@Tag(name = "Interactions")
@SecurityRequirement(name = "SecurityScheme")
public class InteractionResource {

    /** A call, meeting, letter, e-mail or thank-you; the author is the signed-in user. */
    public record InteractionRequest(@NotNull InteractionType type, @NotNull LocalDate occurredOn,
                                     @Size(max = 2000) String summary) {
    }

    private final TimelineService timeline;
    private final IdempotentCreate creates;
    private final SecurityIdentity identity;

    public InteractionResource(TimelineService timeline, IdempotentCreate creates, SecurityIdentity identity) {
        this.timeline = timeline;
        this.creates = creates;
        this.identity = identity;
    }

    @POST
    @RolesAllowed({Roles.FUNDRAISER, Roles.FINANCE, Roles.ADMIN})
    @Operation(summary = "Add an interaction to a donor's timeline", description = "Roles: fundraiser, finance, "
            + "admin. A repeat with the same Idempotency-Key adds nothing new.")
    public Response add(@PathParam("donorId") String donorId, @Valid @NotNull InteractionRequest request,
                        @HeaderParam("Idempotency-Key") @Size(max = 100) @Pattern(regexp = "[\\x21-\\x7e]+")
                        String idempotencyKey,
                        @Context UriInfo uriInfo) {
        // the same body for another donor is another request
        return creates.create(TimelineService.ADD, idempotencyKey, List.of(donorId, request),
                write -> timeline.add(donorId, request.type(), request.occurredOn(), request.summary(),
                        identity.getPrincipal().getName(), write).id,
                id -> InteractionResponse.of(timeline.interaction(id)),
                id -> uriInfo.getBaseUriBuilder().path("api/v1/donors").path(donorId).path("interactions").path(id)
                        .build());
    }

    @GET
    @RolesAllowed({Roles.FUNDRAISER, Roles.FINANCE, Roles.ADMIN})
    @Operation(summary = "A donor's interactions, newest first", description = "Roles: fundraiser, finance, admin.")
    public List<InteractionResponse> list(@PathParam("donorId") String donorId) {
        return timeline.timeline(donorId).stream().map(InteractionResponse::of).toList();
    }
}
