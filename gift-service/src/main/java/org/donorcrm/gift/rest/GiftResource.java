package org.donorcrm.gift.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.PersistenceException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import org.donorcrm.gift.Gift;
import org.donorcrm.gift.service.GiftService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

@Path("/api/v1/gifts")
@Tag(name = "Gifts")
@SecurityRequirement(name = "SecurityScheme")
public class GiftResource {

    private final GiftService gifts;
    private final SecurityIdentity identity;
    private final ObjectMapper objectMapper;

    public GiftResource(GiftService gifts, SecurityIdentity identity, ObjectMapper objectMapper) {
        this.gifts = gifts;
        this.identity = identity;
        this.objectMapper = objectMapper;
    }

    @POST
    @RolesAllowed({"fundraiser", "finance"})
    @Operation(summary = "Record a gift", description = "Roles: fundraiser, finance. A repeated request with the "
            + "same Idempotency-Key returns the gift recorded the first time (header Idempotent-Replayed: true).")
    public Response record(@Valid @NotNull RecordGiftRequest request,
                           @Parameter(description = "a key unique to this gift entry; repeats record nothing new")
                           @HeaderParam("Idempotency-Key") @Size(max = 100) @Pattern(regexp = "[\\x21-\\x7e]+")
                           String idempotencyKey,
                           @Context UriInfo uriInfo) {
        String hash = idempotencyKey == null ? null : sha256(request);
        Optional<Gift> earlier = gifts.previouslyRecorded(idempotencyKey, hash);
        if (earlier.isPresent()) {
            return created(uriInfo, earlier.get(), true);
        }
        try {
            return created(uriInfo, gifts.record(request.toCommand(), identity.getPrincipal().getName(),
                    idempotencyKey, hash), false);
        } catch (PersistenceException raceOnSameKey) {
            // a concurrent submit with the same key committed first: answer with its gift
            return gifts.previouslyRecorded(idempotencyKey, hash)
                    .map(gift -> created(uriInfo, gift, true))
                    .orElseThrow(() -> raceOnSameKey);
        }
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({"fundraiser", "finance", "director", "admin"})
    @Operation(summary = "One gift with its allocations", description = "Roles: fundraiser, finance, director, admin.")
    public GiftResponse get(@PathParam("id") String id) {
        return gifts.find(id).map(GiftResponse::of)
                .orElseThrow(() -> new NotFoundException("no gift " + id));
    }

    private static Response created(UriInfo uriInfo, Gift gift, boolean replayed) {
        URI location = uriInfo.getBaseUriBuilder().path("api/v1/gifts").path(gift.id).build();
        Response.ResponseBuilder response = Response.created(location).entity(GiftResponse.of(gift));
        if (replayed) {
            response.header("Idempotent-Replayed", "true");
        }
        return response.build();
    }

    private String sha256(RecordGiftRequest request) {
        try {
            byte[] body = objectMapper.writeValueAsBytes(request);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
