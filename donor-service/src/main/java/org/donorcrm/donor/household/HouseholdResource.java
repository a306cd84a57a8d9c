package org.donorcrm.donor.household;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.donorcrm.donor.donor.Donor;
import org.donorcrm.donor.donor.DonorResponse;
import org.donorcrm.donor.donor.Patterns;
import org.donorcrm.donor.giving.GivingService;
import org.donorcrm.donor.giving.GivingSummaryResponse;
import org.donorcrm.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

@Path("/api/v1/households")
@Tag(name = "Households")
@SecurityRequirement(name = "SecurityScheme")
public class HouseholdResource {

    public record HouseholdRequest(@Size(max = 200) String name,
                                   @NotNull @Size(min = 1, max = 20)
                                   List<@NotNull @Pattern(regexp = Patterns.UUID, message = "must be a UUID") String>
                                           memberIds) {
    }

    public record MemberRequest(@NotNull @Pattern(regexp = Patterns.UUID, message = "must be a UUID") String donorId) {
    }

    public record HouseholdResponse(String id, String name, List<DonorResponse> members,
                                    GivingSummaryResponse givingSummary) {
    }

    private final HouseholdService households;
    private final GivingService giving;
    private final SecurityIdentity identity;

    public HouseholdResource(HouseholdService households, GivingService giving, SecurityIdentity identity) {
        this.households = households;
        this.giving = giving;
        this.identity = identity;
    }

    @POST
    @RolesAllowed({Roles.FUNDRAISER, Roles.FINANCE, Roles.ADMIN})
    @Operation(summary = "Form a household of individuals", description = "Roles: fundraiser, finance, admin. "
            + "Publishes crm.donor.updated.v1 for every member (its householdId).")
    public Response create(@Valid @NotNull HouseholdRequest request, @Context UriInfo uriInfo) {
        Household household = households.create(request.name(), request.memberIds(),
                identity.getPrincipal().getName());
        return Response.created(uriInfo.getBaseUriBuilder().path("api/v1/households").path(household.id).build())
                .entity(response(household.id)).build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.FUNDRAISER, Roles.FINANCE, Roles.ADMIN})
    @Operation(summary = "A household, its members and their giving together", description = "Roles: fundraiser, "
            + "finance, admin.")
    public HouseholdResponse get(@PathParam("id") String id) {
        return response(id);
    }

    @POST
    // JSON only: a text/plain body would otherwise fill the one-String request record (bad-input corpus)
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("/{id}/members")
    @RolesAllowed({Roles.FUNDRAISER, Roles.FINANCE, Roles.ADMIN})
    @Operation(summary = "Add an individual to a household", description = "Roles: fundraiser, finance, admin.")
    public HouseholdResponse addMember(@PathParam("id") String id, @Valid @NotNull MemberRequest request) {
        households.addMember(id, request.donorId(), identity.getPrincipal().getName());
        return response(id);
    }

    @DELETE
    @Path("/{id}/members/{donorId}")
    @RolesAllowed({Roles.FUNDRAISER, Roles.FINANCE, Roles.ADMIN})
    @Operation(summary = "Take a donor out of a household", description = "Roles: fundraiser, finance, admin.")
    public HouseholdResponse removeMember(@PathParam("id") String id, @PathParam("donorId") String donorId) {
        households.removeMember(id, donorId, identity.getPrincipal().getName());
        return response(id);
    }

    private HouseholdResponse response(String id) {
        Household household = households.household(id);
        List<Donor> members = households.members(id);
        return new HouseholdResponse(household.id, household.name, members.stream().map(DonorResponse::of).toList(),
                GivingSummaryResponse.of(null, giving.together(members.stream().map(member -> member.id).toList())));
    }
}
