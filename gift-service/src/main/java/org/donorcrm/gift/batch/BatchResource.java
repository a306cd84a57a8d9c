package org.donorcrm.gift.batch;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
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
import org.donorcrm.gift.gift.RecordGiftRequest;
import org.donorcrm.platform.idempotency.IdempotentCreate;
import org.donorcrm.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Batch entry: many gifts posted at once, all or none, checked against a control count and total. */
@Path("/api/v1/gift-batches")
@Tag(name = "Gift batches")
@SecurityRequirement(name = "SecurityScheme")
public class BatchResource {

    private final BatchService batches;
    private final IdempotentCreate creates;
    private final SecurityIdentity identity;

    public BatchResource(BatchService batches, IdempotentCreate creates, SecurityIdentity identity) {
        this.batches = batches;
        this.creates = creates;
        this.identity = identity;
    }

    @POST
    @RolesAllowed({Roles.FUNDRAISER, Roles.FINANCE})
    @Operation(summary = "Post a batch of gifts",
            description = "Roles: fundraiser, finance. Posts every gift or none: only when the number of gifts "
                    + "equals controlCount and their amounts add up to controlTotal to the cent. A repeat with the "
                    + "same Idempotency-Key posts nothing new.")
    public Response post(@Valid @NotNull BatchRequest request,
                         @HeaderParam("Idempotency-Key") @Pattern(regexp = "[\\x21-\\x7e]{1,100}") String idempotencyKey,
                         @Context UriInfo uriInfo) {
        return creates.create(BatchService.POST, idempotencyKey, request,
                write -> batches.post(request.controlCount(), request.controlTotal(),
                        request.gifts().stream().map(RecordGiftRequest::toCommand).toList(),
                        identity.getPrincipal().getName(), write).id,
                id -> response(batch(id)),
                id -> uriInfo.getBaseUriBuilder().path("api/v1/gift-batches").path(id).build());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.FUNDRAISER, Roles.FINANCE, Roles.ADMIN})
    @Operation(summary = "A posted batch and its gifts", description = "Roles: fundraiser, finance, admin.")
    public BatchResponse get(@PathParam("id") String id) {
        return response(batch(id));
    }

    private GiftBatch batch(String id) {
        return batches.find(id).orElseThrow(() -> new NotFoundException("no batch " + id));
    }

    private BatchResponse response(GiftBatch batch) {
        return new BatchResponse(batch.id, batch.controlCount, batch.controlTotal, batch.postedBy, batch.postedAt,
                batches.gifts(batch.id).stream().map(g -> g.id).toList());
    }
}
