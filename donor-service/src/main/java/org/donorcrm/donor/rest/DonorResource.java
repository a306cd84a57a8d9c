package org.donorcrm.donor.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.PersistenceException;
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
import org.donorcrm.donor.Donor;
import org.donorcrm.donor.service.DonorSearch;
import org.donorcrm.donor.service.DonorService;
import org.donorcrm.donor.service.Idempotency;
import org.donorcrm.donor.service.TimelineService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

@Path("/api/v1/donors")
@Tag(name = "Donors")
@SecurityRequirement(name = "SecurityScheme")
public class DonorResource {

    private final DonorService donors;
    private final DonorSearch search;
    private final TimelineService timeline;
    private final Idempotency idempotency;
    private final SecurityIdentity identity;
    private final ObjectMapper objectMapper;

    public DonorResource(DonorService donors, DonorSearch search, TimelineService timeline, Idempotency idempotency,
                         SecurityIdentity identity, ObjectMapper objectMapper) {
        this.donors = donors;
        this.search = search;
        this.timeline = timeline;
        this.idempotency = idempotency;
        this.identity = identity;
        this.objectMapper = objectMapper;
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
        String hash = RequestHash.of(objectMapper, request, idempotencyKey);
        Optional<String> earlier = idempotency.earlier(DonorService.IDEMPOTENCY_SCOPE, idempotencyKey, hash);
        if (earlier.isPresent()) {
            return created(uriInfo, donors.find(earlier.get()), true);
        }
        try {
            return created(uriInfo, donors.register(request.toDetails(), user(), idempotencyKey, hash), false);
        } catch (PersistenceException raceOnSameKey) {
            return idempotency.earlier(DonorService.IDEMPOTENCY_SCOPE, idempotencyKey, hash)
                    .map(id -> created(uriInfo, donors.find(id), true))
                    .orElseThrow(() -> raceOnSameKey);
        }
    }

    @GET
    @RolesAllowed({Roles.FUNDRAISER, Roles.FINANCE, Roles.ADMIN})
    @Operation(summary = "Search donors", description = "Roles: fundraiser, finance, admin. q matches part of the "
            + "name, e-mail, postcode or city; filters on kind, tag, owner, date of the last gift and current "
            + "consent (CHANNEL/PURPOSE, e.g. EMAIL/NEWSLETTER: granted now and not do-not-contact); ids=id1,id2,… "
            + "(at most 100) lists just those donors, e.g. to show the names of a page of donor ids in one call.")
    public PageResponse<DonorResponse> list(@Valid @BeanParam DonorFilters filters,
                                            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(200) int size) {
        DonorSearch.Criteria criteria = filters.criteria();
        DonorSearch.Listing found = search.search(criteria, page, size);
        return new PageResponse<>(found.items().stream().map(DonorResponse::of).toList(), found.total(), page, size);
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

    @GET
    @Path("/{id}/giving-summary")
    @RolesAllowed({Roles.FUNDRAISER, Roles.FINANCE, Roles.DIRECTOR, Roles.ADMIN})
    @Operation(summary = "What a donor gave", description = "Roles: fundraiser, finance, director, admin. No "
            + "personal data. First, last and largest gift, totals this and last year (Europe/Amsterdam), number of "
            + "gifts not reversed, active recurring gift.")
    public GivingSummaryResponse givingSummary(@PathParam("id") String id) {
        return GivingSummaryResponse.of(id, timeline.givingSummary(id));
    }

    @GET
    @Path("/{id}/timeline")
    @RolesAllowed({Roles.FUNDRAISER, Roles.FINANCE, Roles.ADMIN})
    @Operation(summary = "A donor's interactions with its giving summary", description = "Roles: fundraiser, "
            + "finance, admin. Interactions newest first.")
    public TimelineResponse timeline(@PathParam("id") String id) {
        List<InteractionResponse> items = timeline.timeline(id).stream().map(InteractionResponse::of).toList();
        return new TimelineResponse(GivingSummaryResponse.of(id, timeline.givingSummary(id)), items);
    }

    public record TimelineResponse(GivingSummaryResponse givingSummary, List<InteractionResponse> interactions) {
    }

    private String user() {
        return identity.getPrincipal().getName();
    }

    private static Response created(UriInfo uriInfo, Donor donor, boolean replayed) {
        URI location = uriInfo.getBaseUriBuilder().path("api/v1/donors").path(donor.id).build();
        Response.ResponseBuilder response = Response.created(location).entity(DonorResponse.of(donor));
        if (replayed) {
            response.header("Idempotent-Replayed", "true");
        }
        return response.build();
    }
}
