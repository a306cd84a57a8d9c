package org.donorcrm.campaign.campaign;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DELETE;
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
import org.donorcrm.platform.http.NotFound;
import org.donorcrm.platform.idempotency.IdempotentCreate;
import org.donorcrm.platform.security.Roles;
import org.donorcrm.platform.web.Page;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.util.List;

/**
 * Campaigns, their appeals (an appeal is addressed as a campaign too: {@code /api/v1/campaigns/{appealId}}),
 * their costs and their live results. Fundraisers and admins write, everyone signed in reads.
 */
@Path("/api/v1/campaigns")
@Tag(name = "Campaigns")
@SecurityRequirement(name = "SecurityScheme")
public class CampaignResource {

    private static final String WRITERS = "Roles: fundraiser, admin.";
    /** What an Idempotency-Key may be: printable ASCII without spaces. */
    static final String IDEMPOTENCY_KEY = "[\\x21-\\x7e]+";

    private final CampaignService campaigns;
    private final CampaignResults results;
    private final AuditTrail audit;
    private final IdempotentCreate creates;
    private final SecurityIdentity identity;

    public CampaignResource(CampaignService campaigns, CampaignResults results, AuditTrail audit,
                            IdempotentCreate creates, SecurityIdentity identity) {
        this.campaigns = campaigns;
        this.results = results;
        this.audit = audit;
        this.creates = creates;
        this.identity = identity;
    }

    @GET
    @Authenticated
    @Operation(summary = "Campaigns (not their appeals), newest first",
            description = "Roles: any signed-in user. Filter: status.")
    public Page<CampaignResponse> list(@QueryParam("status") CampaignStatus status,
                                       @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                       @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
        return Page.of(campaigns.campaigns(status), page, size, CampaignResponse::of);
    }

    @GET
    @Path("/{id}")
    @Authenticated
    @Operation(summary = "One campaign or appeal", description = "Roles: any signed-in user.")
    public CampaignResponse get(@PathParam("id") String id) {
        return CampaignResponse.of(campaigns.get(id));
    }

    @POST
    @RolesAllowed({Roles.FUNDRAISER, Roles.ADMIN})
    @Operation(summary = "Create a campaign", description = WRITERS + " Publishes crm.campaign.defined.v1. "
            + "A repeat with the same Idempotency-Key returns the campaign created the first time.")
    public Response create(@Valid @NotNull CampaignRequest request, @Parameter(description = "repeats create nothing new")
                           @HeaderParam("Idempotency-Key") @Size(max = 100) @Pattern(regexp = IDEMPOTENCY_KEY)
                           String idempotencyKey, @Context UriInfo uriInfo) {
        return creates.create("campaign.create", idempotencyKey, request,
                write -> campaigns.create(request.toCommand(), user(), write).id,
                this::view, id -> location(uriInfo, id));
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.FUNDRAISER, Roles.ADMIN})
    @Operation(summary = "Edit a campaign or appeal", description = WRITERS
            + " Publishes crm.campaign.defined.v1 with the full new state.")
    public CampaignResponse update(@PathParam("id") String id, @Valid @NotNull CampaignRequest request) {
        return CampaignResponse.of(campaigns.update(id, request.toCommand(), user()));
    }

    @GET
    @Path("/{id}/appeals")
    @Authenticated
    @Operation(summary = "The appeals of a campaign, by code", description = "Roles: any signed-in user.")
    public List<CampaignResponse> appeals(@PathParam("id") String id) {
        return campaigns.appealsOf(id).stream().map(CampaignResponse::of).toList();
    }

    @POST
    @Path("/{id}/appeals")
    @RolesAllowed({Roles.FUNDRAISER, Roles.ADMIN})
    @Operation(summary = "Add an appeal (a channel or mailing with its own goal) to a campaign",
            description = WRITERS + " The channel is required. Publishes crm.campaign.defined.v1 with the "
                    + "campaign as parentCampaignId.")
    public Response createAppeal(@PathParam("id") String id, @Valid @NotNull CampaignRequest request,
                                 @Parameter(description = "repeats create nothing new")
                                 @HeaderParam("Idempotency-Key") @Size(max = 100)
                                 @Pattern(regexp = IDEMPOTENCY_KEY) String idempotencyKey,
                                 @Context UriInfo uriInfo) {
        return creates.create("appeal.create:" + id, idempotencyKey, request,
                write -> campaigns.createAppeal(id, request.toCommand(), user(), write).id,
                this::view, appealId -> location(uriInfo, appealId));
    }

    @GET
    @Path("/{id}/costs")
    @Authenticated
    @Operation(summary = "The costs booked on a campaign or appeal", description = "Roles: any signed-in user.")
    public List<CostResponse> costs(@PathParam("id") String id) {
        return campaigns.costsOf(id).stream().map(CostResponse::of).toList();
    }

    @POST
    @Path("/{id}/costs")
    @RolesAllowed({Roles.FUNDRAISER, Roles.FINANCE, Roles.ADMIN})
    @Operation(summary = "Book a cost on a campaign or appeal",
            description = "Roles: fundraiser, finance, admin. Publishes crm.campaign.cost.recorded.v1.")
    public Response recordCost(@PathParam("id") String id, @Valid @NotNull CostRequest request,
                               @Parameter(description = "repeats book nothing new")
                               @HeaderParam("Idempotency-Key") @Size(max = 100)
                               @Pattern(regexp = IDEMPOTENCY_KEY) String idempotencyKey,
                               @Context UriInfo uriInfo) {
        return creates.create("cost.record:" + id, idempotencyKey, request,
                write -> campaigns.recordCost(id, request.toCommand(), user(), write).id,
                costId -> CostResponse.of(campaigns.cost(costId)),
                costId -> uriInfo.getBaseUriBuilder().path("api/v1/campaigns").path(id).path("costs").path(costId)
                        .build());
    }

    @GET
    @Path("/{id}/costs/{costId}")
    @Authenticated
    @Operation(summary = "One cost", description = "Roles: any signed-in user.")
    public CostResponse cost(@PathParam("id") String id, @PathParam("costId") String costId) {
        return campaigns.costsOf(id).stream().filter(c -> c.id.equals(costId)).findFirst().map(CostResponse::of)
                .orElseThrow(() -> new NotFound("no cost " + costId));
    }

    @DELETE
    @Path("/{id}/costs/{costId}")
    @RolesAllowed({Roles.FUNDRAISER, Roles.FINANCE, Roles.ADMIN})
    @Operation(summary = "Remove a cost booked in error",
            description = "Roles: fundraiser, finance, admin. Publishes crm.campaign.cost.removed.v1.")
    public Response removeCost(@PathParam("id") String id, @PathParam("costId") String costId) {
        campaigns.removeCost(id, costId, user());
        return Response.noContent().build();
    }

    @GET
    @Path("/{id}/results")
    @Authenticated
    @Operation(summary = "Live results of a campaign (its appeals included) and of each appeal",
            description = "Roles: any signed-in user. Raised, gifts, donors, new donors, average gift, progress "
                    + "to goal, costs, cost per euro raised and return on investment, from crm.gifts.")
    public ResultsResponse results(@PathParam("id") String id) {
        return ResultsResponse.of(results.of(id));
    }

    @GET
    @Path("/{id}/history")
    @Authenticated
    @Operation(summary = "The audit trail of a campaign or appeal and its costs",
            description = "Roles: any signed-in user.")
    public List<AuditEntryResponse> history(@PathParam("id") String id) {
        return audit.of(campaigns.get(id).id).stream().map(AuditEntryResponse::of).toList();
    }

    private Object view(String id) {
        return CampaignResponse.of(campaigns.get(id));
    }

    private static URI location(UriInfo uriInfo, String id) {
        return uriInfo.getBaseUriBuilder().path("api/v1/campaigns").path(id).build();
    }

    private String user() {
        return identity.getPrincipal().getName();
    }
}
