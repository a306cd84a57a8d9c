package org.donorcrm.gift.rest;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.PersistenceException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.donorcrm.gift.Gift;
import org.donorcrm.gift.GiftBatch;
import org.donorcrm.gift.service.GiftService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Optional;

/** Batch entry: many gifts posted at once, all or none, checked against a control count and total. */
@Path("/api/v1/gift-batches")
@Tag(name = "Gift batches")
@SecurityRequirement(name = "SecurityScheme")
public class BatchResource {

    private final GiftService gifts;
    private final SecurityIdentity identity;
    private final RequestHash requestHash;

    public BatchResource(GiftService gifts, SecurityIdentity identity, RequestHash requestHash) {
        this.gifts = gifts;
        this.identity = identity;
        this.requestHash = requestHash;
    }

    @POST
    @RolesAllowed({"fundraiser", "finance"})
    @Operation(summary = "Post a batch of gifts",
            description = "Roles: fundraiser, finance. Posts every gift or none: only when the number of gifts "
                    + "equals controlCount and their amounts add up to controlTotal to the cent. A repeat with the "
                    + "same Idempotency-Key posts nothing new.")
    public Response post(@Valid @NotNull BatchRequest request,
                         @HeaderParam("Idempotency-Key") @Pattern(regexp = "[\\x21-\\x7e]{1,100}") String idempotencyKey,
                         @Context UriInfo uriInfo) {
        String hash = requestHash.of(idempotencyKey, request);
        Optional<GiftBatch> earlier = gifts.previouslyPosted(idempotencyKey, hash);
        if (earlier.isPresent()) {
            return created(uriInfo, earlier.get(), true);
        }
        try {
            GiftBatch batch = gifts.postBatch(request.controlCount(), request.controlTotal(),
                    request.gifts().stream().map(RecordGiftRequest::toCommand).toList(),
                    identity.getPrincipal().getName(), idempotencyKey, hash);
            return created(uriInfo, batch, false);
        } catch (PersistenceException raceOnSameKey) {
            return gifts.previouslyPosted(idempotencyKey, hash)
                    .map(batch -> created(uriInfo, batch, true))
                    .orElseThrow(() -> raceOnSameKey);
        }
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({"fundraiser", "finance", "admin"})
    @Operation(summary = "A posted batch and its gifts", description = "Roles: fundraiser, finance, admin.")
    public BatchResponse get(@PathParam("id") String id) {
        return response(gifts.findBatch(id).orElseThrow(() -> new NotFoundException("no batch " + id)));
    }

    private Response created(UriInfo uriInfo, GiftBatch batch, boolean replayed) {
        Response.ResponseBuilder response = Response
                .created(uriInfo.getBaseUriBuilder().path("api/v1/gift-batches").path(batch.id).build())
                .entity(response(batch));
        if (replayed) {
            response.header("Idempotent-Replayed", "true");
        }
        return response.build();
    }

    private BatchResponse response(GiftBatch batch) {
        return new BatchResponse(batch.id, batch.controlCount, batch.controlTotal, batch.postedBy, batch.postedAt,
                gifts.giftsOfBatch(batch.id).stream().map((Gift g) -> g.id).toList());
    }
}
