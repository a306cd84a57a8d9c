package org.donorcrm.donor.consent;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import org.donorcrm.donor.donor.ConsentChannel;
import org.donorcrm.donor.donor.ConsentPurpose;
import org.donorcrm.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/donors/{donorId}/consents")
@Tag(name = "Consent")
@SecurityRequirement(name = "SecurityScheme")
public class ConsentResource {

    /** A grant ({@code granted: true}) or withdrawal ({@code false}) for one channel and purpose. */
    public record ConsentRequest(@NotNull ConsentChannel channel, @NotNull ConsentPurpose purpose,
                                 @NotNull Boolean granted,
                                 @NotBlank @Size(max = 100) String source) {
    }

    private final ConsentService consents;
    private final SecurityIdentity identity;

    public ConsentResource(ConsentService consents, SecurityIdentity identity) {
        this.consents = consents;
        this.identity = identity;
    }

    @POST
    @RolesAllowed({Roles.FUNDRAISER, Roles.FINANCE, Roles.ADMIN})
    @Operation(summary = "Record a consent or its withdrawal", description = "Roles: fundraiser, finance, admin. "
            + "Kept with its source, time and the user; the latest per channel and purpose holds.")
    public Response record(@PathParam("donorId") String donorId, @Valid @NotNull ConsentRequest request) {
        return Response.status(201).entity(consents.record(donorId, request.channel(), request.purpose(),
                request.granted(), request.source(), identity.getPrincipal().getName())).build();
    }

    @GET
    @RolesAllowed({Roles.FUNDRAISER, Roles.FINANCE, Roles.ADMIN})
    @Operation(summary = "A donor's consent now and its history", description = "Roles: fundraiser, finance, admin.")
    public ConsentsResponse get(@PathParam("donorId") String donorId) {
        return new ConsentsResponse(consents.current(donorId),
                consents.history(donorId).stream().map(ConsentsResponse.HistoryItem::of).toList());
    }
}
