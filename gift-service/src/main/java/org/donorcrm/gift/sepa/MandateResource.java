package org.donorcrm.gift.sepa;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.donorcrm.gift.gift.GiftService;
import org.donorcrm.platform.security.Roles;
import org.donorcrm.platform.web.Page;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** SEPA mandates and the recurring gifts they pay. */
@Path("/api/v1/mandates")
@Tag(name = "SEPA mandates")
@SecurityRequirement(name = "SecurityScheme")
public class MandateResource {

    /**
     * The service role of donor-service's client ({@code donor-service}, client credentials): the public donation
     * page signs the donor's mandate with it. Allowed on signing only, and on no other operation.
     */
    public static final String MANDATE_SIGNUP = "mandate-signup";

    private final MandateService mandates;
    private final SecurityIdentity identity;

    public MandateResource(MandateService mandates, SecurityIdentity identity) {
        this.mandates = mandates;
        this.identity = identity;
    }

    @POST
    @RolesAllowed({Roles.FUNDRAISER, Roles.FINANCE, MANDATE_SIGNUP})
    @Operation(summary = "Record a signed mandate and its recurring gift",
            description = "Roles: fundraiser, finance; and the service role mandate-signup (donor-service's client, "
                    + "the public donation page). The reference must be unique (409 otherwise) and at most 35 "
                    + "characters; the IBAN must be valid. A repeat with the same reference creates nothing. The campaign and appeal (optional ids) must be known; the "
                    + "mandate's collected gifts count there.")
    public Response sign(@Valid @NotNull MandateRequest request, @Context UriInfo uriInfo) {
        Mandate mandate = mandates.sign(request.toCommand(), user());
        return Response.created(uriInfo.getBaseUriBuilder().path("api/v1/mandates").path(mandate.id).build())
                .entity(MandateResponse.of(mandate, today())).build();
    }

    @GET
    @RolesAllowed({Roles.FUNDRAISER, Roles.FINANCE, Roles.ADMIN})
    @Operation(summary = "Mandates, newest first, by donor and status",
            description = "Roles: fundraiser, finance, admin (they hold the debtor's name and IBAN).")
    public Page<MandateResponse> list(
            @QueryParam("donorId") @Pattern(regexp = MandateRequest.UUID, message = "must be a UUID") String donorId,
            @QueryParam("status") MandateStatus status,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
        MandateService.Found found = mandates.list(donorId == null ? null : donorId.toLowerCase(), status, page, size);
        LocalDate today = today();
        return new Page<>(found.items().stream().map(m -> MandateResponse.of(m, today)).toList(), found.total(),
                page, size);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.FUNDRAISER, Roles.FINANCE, Roles.ADMIN})
    @Operation(summary = "One mandate", description = "Roles: fundraiser, finance, admin.")
    public MandateResponse get(@PathParam("id") String id) {
        return MandateResponse.of(mandates.get(id), today());
    }

    @GET
    @Path("/{id}/collections")
    @RolesAllowed({Roles.FUNDRAISER, Roles.FINANCE, Roles.ADMIN})
    @Operation(summary = "A mandate's collections, newest due date first", description = "Roles: fundraiser, finance, admin.")
    public List<MandateResponse.Collection> collections(@PathParam("id") String id) {
        mandates.get(id);
        return MandateResponse.Collection.of(mandates.collectionsOf(id));
    }

    /** Why the donor or the organisation ends the mandate. */
    public record CancellationRequest(@NotNull @Size(min = 1, max = 200) String reason) {
    }

    @POST
    // JSON only: a text/plain body would otherwise fill the one-String request record (bad-input corpus)
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("/{id}/cancellation")
    @RolesAllowed({Roles.FUNDRAISER, Roles.FINANCE})
    @Operation(summary = "Cancel a mandate: no further collections",
            description = "Roles: fundraiser, finance. Only an ACTIVE mandate can be cancelled (409 otherwise).")
    public MandateResponse cancel(@PathParam("id") String id, @Valid @NotNull CancellationRequest request) {
        return MandateResponse.of(mandates.cancel(id, request.reason(), user()), today());
    }

    @POST
    @Path("/lapse-check")
    @RolesAllowed(Roles.FINANCE)
    @Operation(summary = "Lapse every mandate unused for 36 months (also runs every night)",
            description = "Roles: finance. Counts from the last collection, or the signature when never collected.")
    public Map<String, Integer> lapseCheck() {
        return Map.of("lapsed", mandates.lapse(today(), user()));
    }

    private String user() {
        return identity.getPrincipal().getName();
    }

    static LocalDate today() {
        return LocalDate.now(GiftService.AMSTERDAM);
    }
}
