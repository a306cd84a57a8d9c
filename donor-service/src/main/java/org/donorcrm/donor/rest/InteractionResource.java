package org.donorcrm.donor.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
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
import org.donorcrm.donor.Interaction;
import org.donorcrm.donor.InteractionType;
import org.donorcrm.donor.service.Idempotency;
import org.donorcrm.donor.service.TimelineService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

@Path("/api/v1/donors/{donorId}/interactions")
@Tag(name = "Interactions")
@SecurityRequirement(name = "SecurityScheme")
public class InteractionResource {

    /** A call, meeting, letter, e-mail or thank-you; the author is the signed-in user. */
    public record InteractionRequest(@NotNull InteractionType type, @NotNull LocalDate occurredOn,
                                     @Size(max = 2000) String summary) {
    }

    private final TimelineService timeline;
    private final Idempotency idempotency;
    private final SecurityIdentity identity;
    private final ObjectMapper objectMapper;

    public InteractionResource(TimelineService timeline, Idempotency idempotency, SecurityIdentity identity,
                               ObjectMapper objectMapper) {
        this.timeline = timeline;
        this.idempotency = idempotency;
        this.identity = identity;
        this.objectMapper = objectMapper;
    }

    @POST
    @RolesAllowed({Roles.FUNDRAISER, Roles.FINANCE, Roles.ADMIN})
    @Operation(summary = "Add an interaction to a donor's timeline", description = "Roles: fundraiser, finance, "
            + "admin. A repeat with the same Idempotency-Key adds nothing new.")
    public Response add(@PathParam("donorId") String donorId, @Valid @NotNull InteractionRequest request,
                        @HeaderParam("Idempotency-Key") @Size(max = 100) @Pattern(regexp = "[\\x21-\\x7e]+")
                        String idempotencyKey,
                        @Context UriInfo uriInfo) {
        String hash = RequestHash.of(objectMapper, List.of(donorId, request), idempotencyKey);
        Optional<String> earlier = idempotency.earlier(TimelineService.IDEMPOTENCY_SCOPE, idempotencyKey, hash);
        Interaction interaction = earlier.map(timeline::interaction)
                .orElseGet(() -> timeline.add(donorId, request.type(), request.occurredOn(), request.summary(),
                        identity.getPrincipal().getName(), idempotencyKey, hash));
        URI location = uriInfo.getBaseUriBuilder().path("api/v1/donors").path(donorId).path("interactions")
                .path(interaction.id).build();
        Response.ResponseBuilder response = Response.created(location).entity(InteractionResponse.of(interaction));
        earlier.ifPresent(id -> response.header("Idempotent-Replayed", "true"));
        return response.build();
    }

    @GET
    @RolesAllowed({Roles.FUNDRAISER, Roles.FINANCE, Roles.ADMIN})
    @Operation(summary = "A donor's interactions, newest first", description = "Roles: fundraiser, finance, admin.")
    public List<InteractionResponse> list(@PathParam("donorId") String donorId) {
        return timeline.timeline(donorId).stream().map(InteractionResponse::of).toList();
    }
}
