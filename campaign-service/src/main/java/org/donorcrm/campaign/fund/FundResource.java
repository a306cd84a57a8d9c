package org.donorcrm.campaign.fund;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.donorcrm.campaign.audit.AuditEntryResponse;
import org.donorcrm.campaign.audit.AuditTrail;
import org.donorcrm.platform.idempotency.IdempotentCreate;
import org.donorcrm.platform.security.Roles;
import org.donorcrm.platform.web.Page;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** The fund catalogue: finance (and admin) write, everyone signed in reads. */
@Path("/api/v1/funds")
@Tag(name = "Funds")
@SecurityRequirement(name = "SecurityScheme")
public class FundResource {

    /** What an Idempotency-Key may be: printable ASCII without spaces. */
    static final String IDEMPOTENCY_KEY = "[\\x21-\\x7e]+";

    private final FundService funds;
    private final AuditTrail audit;
    private final IdempotentCreate creates;
    private final SecurityIdentity identity;

    public FundResource(FundService funds, AuditTrail audit, IdempotentCreate creates, SecurityIdentity identity) {
        this.funds = funds;
        this.audit = audit;
        this.creates = creates;
        this.identity = identity;
    }

    @GET
    @Authenticated
    @Operation(summary = "The fund catalogue, by code",
            description = "Roles: any signed-in user. Filters: earmarkClass, status.")
    public Page<FundResponse> list(@QueryParam("earmarkClass") EarmarkClass earmarkClass,
                                   @QueryParam("status") FundStatus status,
                                   @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                   @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
        return Page.of(funds.search(earmarkClass, status), page, size, FundResponse::of);
    }

    @GET
    @Path("/{id}")
    @Authenticated
    @Operation(summary = "One fund", description = "Roles: any signed-in user.")
    public FundResponse get(@PathParam("id") String id) {
        return FundResponse.of(funds.get(id));
    }

    @POST
    @RolesAllowed({Roles.FINANCE, Roles.ADMIN})
    @Operation(summary = "Define a fund", description = "Roles: finance, admin. Publishes crm.fund.defined.v1. "
            + "A repeat with the same Idempotency-Key returns the fund created the first time.")
    public Response create(@Valid @NotNull FundRequest request,
                           @Parameter(description = "a key unique to this entry; repeats create nothing new")
                           @HeaderParam("Idempotency-Key") @Size(max = 100) @Pattern(regexp = IDEMPOTENCY_KEY)
                           String idempotencyKey,
                           @Context UriInfo uriInfo) {
        return creates.create("fund.create", idempotencyKey, request,
                write -> funds.create(request.toCommand(), user(), write).id,
                id -> FundResponse.of(funds.get(id)),
                id -> uriInfo.getBaseUriBuilder().path("api/v1/funds").path(id).build());
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.FINANCE, Roles.ADMIN})
    @Operation(summary = "Edit a fund", description = "Roles: finance, admin. Publishes crm.fund.defined.v1 "
            + "with the full new state.")
    public FundResponse update(@PathParam("id") String id, @Valid @NotNull FundRequest request) {
        return FundResponse.of(funds.update(id, request.toCommand(), user()));
    }

    @POST
    @Path("/{id}/close")
    @RolesAllowed({Roles.FINANCE, Roles.ADMIN})
    @Operation(summary = "Close a fund: no new allocations to it",
            description = "Roles: finance, admin. Publishes crm.fund.defined.v1 with status CLOSED. Closing a "
                    + "closed fund changes nothing, so it may be repeated.")
    public FundResponse close(@PathParam("id") String id) {
        return FundResponse.of(funds.close(id, user()));
    }

    @GET
    @Path("/{id}/history")
    @Authenticated
    @Operation(summary = "The audit trail of a fund", description = "Roles: any signed-in user.")
    public List<AuditEntryResponse> history(@PathParam("id") String id) {
        return audit.of(funds.get(id).id).stream().map(AuditEntryResponse::of).toList();
    }

    private String user() {
        return identity.getPrincipal().getName();
    }
}
