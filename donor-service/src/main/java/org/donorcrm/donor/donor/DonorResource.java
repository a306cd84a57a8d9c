package org.donorcrm.donor.donor;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import org.donorcrm.platform.idempotency.IdempotentCreate;
import org.donorcrm.platform.security.Roles;
import org.donorcrm.platform.web.Page;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Donors: register, search, export, read and change. A donor's giving summary and timeline are served by their
 * features ({@code giving}, {@code interaction}) under the same {@code /api/v1/donors/{id}} prefix.
 */
@Path("/api/v1/donors")
@Tag(name = "Donors")
@SecurityRequirement(name = "SecurityScheme")
public class DonorResource {

    private final DonorService donors;
    private final DonorSearch search;
    private final IdempotentCreate creates;
    private final SecurityIdentity identity;

    public DonorResource(DonorService donors, DonorSearch search, IdempotentCreate creates,
                         SecurityIdentity identity) {
        this.donors = donors;
        this.search = search;
        this.creates = creates;
        this.identity = identity;
    }

    @POST
    @RolesAllowed({Roles.FUNDRAISER, Roles.FINANCE, Roles.ADMIN})
    @Operation(summary = "Register a donor", description = "Roles: fundraiser, finance, admin. Publishes "
            + "crm.donor.registered.v1. A repeat with the same Idempotency-Key returns the donor registered the "
            + "first time (header Idempotent-Replayed: true).")
    public Response register(@Valid @NotNull DonorRequest request,
                             @Parameter(description = "a key unique to this entry; repeats register nothing new")
                             @HeaderParam("Idempotency-Key") @Size(max = 100) @Pattern(regexp = "[\\x21-\\x7e]+")
                             String idempotencyKey,
                             @Context UriInfo uriInfo) {
        return creates.create(DonorService.REGISTER, idempotencyKey, request,
                write -> donors.register(request.toDetails(), user(), write).id,
                id -> DonorResponse.of(donors.find(id)),
                id -> uriInfo.getBaseUriBuilder().path("api/v1/donors").path(id).build());
    }

    @GET
    @RolesAllowed({Roles.FUNDRAISER, Roles.FINANCE, Roles.ADMIN})
    @Operation(summary = "Search donors", description = "Roles: fundraiser, finance, admin. q matches part of the "
            + "name, e-mail, postcode or city; filters on kind, tag, owner, date of the last gift and current "
            + "consent (CHANNEL/PURPOSE, e.g. EMAIL/NEWSLETTER: granted now and not do-not-contact); ids=id1,id2,… "
            + "(at most 100) lists just those donors, e.g. to show the names of a page of donor ids in one call. "
            + "q may also be a donor number (a merged donor's number finds the survivor). countUpTo=n counts the "
            + "matches only up to n (total is then at most n): what choosing a donor while typing needs, fast at "
            + "any number of donors.")
    public Page<DonorResponse> list(@Valid @BeanParam DonorFilters filters,
                                    @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                    @QueryParam("size") @DefaultValue("20") @Min(1) @Max(200) int size,
                                    @Parameter(description = "count the matches only up to this many")
                                    @QueryParam("countUpTo") @Min(1) @Max(10000) Integer countUpTo) {
        DonorSearch.Criteria criteria = filters.criteria();
        DonorSearch.Listing found = search.search(criteria, page, size, countUpTo);
        return new Page<>(found.items().stream().map(DonorResponse::of).toList(), found.total(), page, size);
    }

    @GET
    @Path("/references")
    @RolesAllowed({Roles.FUNDRAISER, Roles.FINANCE, Roles.DIRECTOR, Roles.ADMIN})
    @Operation(summary = "Donors by number and kind, no personal data", description = "Roles: fundraiser, "
            + "finance, director, admin. ids=id1,id2,… (at most 100): for each donor found its number and kind, in "
            + "the order asked; what a screen shows of a donor to a person who may not see names (a director).")
    public DonorReferences references(@QueryParam("ids") @NotNull
                                      @Pattern(regexp = Patterns.UUID_LIST_100,
                                              message = "must be 1 to 100 donor ids separated by commas")
                                      String ids) {
        return new DonorReferences(donors.references(List.of(ids.split(","))));
    }

    /** Donors as a person who may not see personal data may see them. */
    public record DonorReferences(List<DonorReference> items) {
    }

    @GET
    @Path("/export.csv")
    @Produces("text/csv")
    @RolesAllowed({Roles.FUNDRAISER, Roles.FINANCE, Roles.ADMIN})
    @Operation(summary = "The searched donors as CSV", description = "Roles: fundraiser, finance, admin. Same "
            + "filters as the search; every cell that a spreadsheet would read as a formula is prefixed with '.")
    public Response exportCsv(@Valid @BeanParam DonorFilters filters) {
        DonorSearch.Criteria criteria = filters.criteria();
        StreamingOutput body = out -> {
            BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            search.writeCsv(criteria, writer); // closing the CSV printer flushes and closes the stream
        };
        return Response.ok(body, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"donors.csv\"")
                .build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.FUNDRAISER, Roles.FINANCE, Roles.ADMIN})
    @Operation(summary = "One donor with its personal data", description = "Roles: fundraiser, finance, admin. A "
            + "merged donor answers 301 with the survivor's Location; an erased one 410.")
    public DonorResponse get(@PathParam("id") String id) {
        return DonorResponse.of(donors.find(id));
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.FUNDRAISER, Roles.FINANCE, Roles.ADMIN})
    @Operation(summary = "Change a donor", description = "Roles: fundraiser, finance, admin. Replaces the details; "
            + "with version, a change made meanwhile is refused (409). Publishes crm.donor.updated.v1 when kind, "
            + "household or postcode area changed.")
    public DonorResponse update(@PathParam("id") String id, @Valid @NotNull DonorRequest request) {
        return DonorResponse.of(donors.update(id, request.toDetails(), request.version(), user()));
    }

    private String user() {
        return identity.getPrincipal().getName();
    }
}
