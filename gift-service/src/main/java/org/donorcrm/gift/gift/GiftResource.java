package org.donorcrm.gift.gift;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.donorcrm.platform.idempotency.IdempotentCreate;
import org.donorcrm.platform.security.Roles;
import org.donorcrm.platform.web.Page;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

@Path("/api/v1/gifts")
@Tag(name = "Gifts")
@SecurityRequirement(name = "SecurityScheme")
public class GiftResource {

    private static final String IDEMPOTENCY_KEY = "[\\x21-\\x7e]{1,100}";

    private final GiftService gifts;
    private final GiftRepository repository;
    private final IdempotentCreate creates;
    private final SecurityIdentity identity;

    public GiftResource(GiftService gifts, GiftRepository repository, IdempotentCreate creates,
                        SecurityIdentity identity) {
        this.gifts = gifts;
        this.repository = repository;
        this.creates = creates;
        this.identity = identity;
    }

    @POST
    @RolesAllowed({Roles.FUNDRAISER, Roles.FINANCE})
    @Operation(summary = "Record a gift", description = "Roles: fundraiser, finance. A repeated request with the "
            + "same Idempotency-Key returns the gift recorded the first time (header Idempotent-Replayed: true).")
    public Response record(@Valid @NotNull RecordGiftRequest request,
                           @Parameter(description = "a key unique to this gift entry; repeats record nothing new")
                           @HeaderParam("Idempotency-Key") @Pattern(regexp = IDEMPOTENCY_KEY) String idempotencyKey,
                           @Context UriInfo uriInfo) {
        // the gift just recorded is answered as it is; only a replay reads its gift again
        AtomicReference<Gift> recorded = new AtomicReference<>();
        return creates.create(GiftService.RECORD, idempotencyKey, request,
                write -> {
                    recorded.set(gifts.record(request.toCommand(), user(), write));
                    return recorded.get().id;
                },
                id -> GiftResponse.of(recorded.get() != null && recorded.get().id.equals(id) ? recorded.get()
                        : gift(id)),
                id -> uriInfo.getBaseUriBuilder().path("api/v1/gifts").path(id).build());
    }

    @GET
    @RolesAllowed({Roles.FUNDRAISER, Roles.FINANCE, Roles.DIRECTOR, Roles.ADMIN})
    @Operation(summary = "Gifts, newest income date first, filtered by donor or campaign",
            description = "Roles: fundraiser, finance, director, admin. Gifts carry no personal data.")
    public Page<GiftResponse> list(
            @QueryParam("donorId") @Pattern(regexp = Patterns.UUID, message = "must be a UUID") String donorId,
            @QueryParam("campaignId") @Pattern(regexp = Patterns.UUID, message = "must be a UUID") String campaignId,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
        StringBuilder query = new StringBuilder("1 = 1");
        java.util.Map<String, Object> params = new java.util.HashMap<>();
        if (donorId != null) {
            query.append(" and donorId = :donorId");
            params.put("donorId", donorId.toLowerCase());
        }
        if (campaignId != null) {
            query.append(" and campaignId = :campaignId");
            params.put("campaignId", campaignId.toLowerCase());
        }
        return Page.of(repository.find(query + " order by incomeDate desc, recordedAt desc, id", params), page, size,
                GiftResponse::of);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.FUNDRAISER, Roles.FINANCE, Roles.DIRECTOR, Roles.ADMIN})
    @Operation(summary = "One gift with its allocations", description = "Roles: fundraiser, finance, director, admin.")
    public GiftResponse get(@PathParam("id") String id) {
        return GiftResponse.of(gift(id));
    }

    @GET
    @Path("/{id}/history")
    @RolesAllowed({Roles.FUNDRAISER, Roles.FINANCE, Roles.ADMIN})
    @Operation(summary = "A gift's audit trail: recorded, re-earmarked, reversed — who and when",
            description = "Roles: fundraiser, finance, admin.")
    public List<HistoryResponse> history(@PathParam("id") String id) {
        gift(id);
        return gifts.history(id).stream()
                .map(h -> new HistoryResponse(h.action, h.actor, h.actedAt, h.details))
                .toList();
    }

    @POST
    @Path("/{id}/reversal")
    @RolesAllowed(Roles.FINANCE)
    @Operation(summary = "Reverse a whole gift (refund, chargeback, SEPA return, recorded in error)",
            description = "Roles: finance. Counts negative on the reversal date. A gift is reversed at most once "
                    + "(409 the second time).")
    public Response reverse(@PathParam("id") String id, @Valid @NotNull ReversalRequest request,
                            @Context UriInfo uriInfo) {
        GiftReversal reversal = gifts.reverse(id, request.reversalDate(), request.reason(), request.note(), user());
        return Response.created(uriInfo.getAbsolutePathBuilder().build()).entity(ReversalResponse.of(reversal))
                .build();
    }

    @GET
    @Path("/{id}/reversal")
    @RolesAllowed({Roles.FUNDRAISER, Roles.FINANCE, Roles.DIRECTOR, Roles.ADMIN})
    @Operation(summary = "The reversal of a gift", description = "Roles: fundraiser, finance, director, admin.")
    public ReversalResponse reversal(@PathParam("id") String id) {
        return gifts.reversalOf(id).map(ReversalResponse::of)
                .orElseThrow(() -> new NotFoundException("gift " + id + " has no reversal"));
    }

    @POST
    @Path("/{id}/reallocation")
    @RolesAllowed(Roles.FINANCE)
    @Operation(summary = "Re-earmark a gift and/or move it to another campaign or appeal",
            description = "Roles: finance. Keeps the gift's income date; the previous split stays in the history.")
    public GiftResponse reallocate(@PathParam("id") String id, @Valid @NotNull ReallocationRequest request) {
        return GiftResponse.of(gifts.reallocate(id, request.toCommand(), user()));
    }

    private Gift gift(String id) {
        return gifts.find(id).orElseThrow(() -> new NotFoundException("no gift " + id));
    }

    private String user() {
        return identity.getPrincipal().getName();
    }

    /** The reversal of a gift as the API shows it. */
    public record ReversalResponse(String id, String giftId, java.time.LocalDate reversalDate, String reason,
                                   String note, String reversedBy, java.time.Instant reversedAt) {
        static ReversalResponse of(GiftReversal r) {
            return new ReversalResponse(r.id, r.giftId, r.reversalDate, r.reason.name(), r.note, r.reversedBy,
                    r.reversedAt);
        }
    }
}
