package org.donorcrm.gift.grant;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.PersistenceException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.donorcrm.gift.gift.GiftService;
import org.donorcrm.gift.gift.Patterns;
import org.donorcrm.platform.security.Roles;
import org.donorcrm.platform.web.Page;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Grants and pledges of institutional funders: instalments, outstanding balance, reporting deadlines. */
@Path("/api/v1/grants")
@Tag(name = "Grants")
@SecurityRequirement(name = "SecurityScheme")
public class GrantResource {

    private static final String UUID = Patterns.UUID;
    private static final String MONEY = "must have at most 13 digits and 2 decimals";

    private final GrantService grants;
    private final SecurityIdentity identity;

    public GrantResource(GrantService grants, SecurityIdentity identity) {
        this.grants = grants;
        this.identity = identity;
    }

    public record GrantRequest(
            @NotNull @Pattern(regexp = UUID, message = "must be a UUID") String donorId,
            @NotBlank @Size(max = 200) String title,
            @Size(max = 100) String funderReference,
            @NotNull @Pattern(regexp = "[A-Z0-9-]{1,30}", message = "must be a fund code such as PRJ-DTZ") String fundCode,
            @NotNull @DecimalMin(value = "0.01", message = "must be at least 0.01")
            @Digits(integer = 13, fraction = 2, message = MONEY) BigDecimal totalAmount,
            @NotNull LocalDate startDate,
            @NotNull LocalDate endDate,
            @NotNull @DecimalMin("0.00") @DecimalMax("100.00")
            @Digits(integer = 3, fraction = 2, message = "must have at most 2 decimals") BigDecimal overheadPercentage,
            @NotEmpty @Size(max = 120) List<@Valid @NotNull InstalmentRequest> instalments,
            @Size(max = 120) List<@Valid @NotNull DeadlineRequest> deadlines) {
    }

    public record InstalmentRequest(@NotNull LocalDate dueDate,
                                    @NotNull @DecimalMin(value = "0.01", message = "must be at least 0.01")
                                    @Digits(integer = 13, fraction = 2, message = MONEY) BigDecimal amount) {
    }

    public record DeadlineRequest(@NotNull LocalDate dueDate, @NotBlank @Size(max = 200) String description) {
    }

    public record GrantResponse(String id, String donorId, String title, String funderReference, String fundCode,
                                String earmarkClass, BigDecimal totalAmount, String currency, LocalDate startDate,
                                LocalDate endDate, BigDecimal overheadPercentage, BigDecimal overheadAmount,
                                BigDecimal received, BigDecimal outstanding, List<Instalment> instalments,
                                List<Deadline> deadlines, String createdBy, Instant createdAt) {
        public record Instalment(String id, int line, LocalDate dueDate, BigDecimal amount, String giftId,
                                 String status) {
        }

        public record Deadline(String id, int line, LocalDate dueDate, String description) {
        }
    }

    public record DeadlineResponse(String grantId, String grantTitle, String donorId, LocalDate dueDate,
                                   String description, long daysLeft) {
    }

    public record ReceiptRequest(LocalDate incomeDate, LocalDate receivedDate) {
    }

    @POST
    @RolesAllowed(Roles.FINANCE)
    @Operation(summary = "Commit a grant or pledge with its instalments and reporting deadlines",
            description = "Roles: finance. The instalments must add up to the total to the cent (422 otherwise); the "
                    + "earmark follows from the fund. A repeat with the same Idempotency-Key creates nothing new.")
    public Response commit(@Valid @NotNull GrantRequest r,
                           @HeaderParam("Idempotency-Key") @Pattern(regexp = "[\\x21-\\x7e]{1,100}") String idempotencyKey,
                           @Context UriInfo uriInfo) {
        var earlier = grants.previouslyCommitted(idempotencyKey);
        if (earlier.isPresent()) {
            return created(uriInfo, earlier.get()).header("Idempotent-Replayed", "true").build();
        }
        GrantService.NewGrant command = new GrantService.NewGrant(r.donorId().toLowerCase(), r.title(),
                r.funderReference(), r.fundCode(), r.totalAmount(), r.startDate(), r.endDate(), r.overheadPercentage(),
                r.instalments().stream().map(i -> new GrantService.NewGrant.Instalment(i.dueDate(), i.amount()))
                        .toList(),
                r.deadlines() == null ? List.of() : r.deadlines().stream()
                        .map(d -> new GrantService.NewGrant.Deadline(d.dueDate(), d.description())).toList());
        try {
            return created(uriInfo, grants.commit(command, idempotencyKey, identity.getPrincipal().getName())).build();
        } catch (PersistenceException raceOnSameKey) {
            return grants.previouslyCommitted(idempotencyKey)
                    .map(g -> created(uriInfo, g).header("Idempotent-Replayed", "true").build())
                    .orElseThrow(() -> raceOnSameKey);
        }
    }

    @GET
    @RolesAllowed({Roles.FINANCE, Roles.FUNDRAISER, Roles.DIRECTOR, Roles.ADMIN})
    @Operation(summary = "Grants, latest start first, by funder", description = "Roles: finance, fundraiser, director, admin.")
    public Page<GrantResponse> list(@QueryParam("donorId") @Pattern(regexp = UUID, message = "must be a UUID") String donorId,
                                    @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                    @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
        String donor = donorId == null ? null : donorId.toLowerCase();
        return new Page<>(grants.list(donor, page, size).stream().map(this::response).toList(), grants.count(donor),
                page, size);
    }

    @GET
    @Path("/deadlines")
    @RolesAllowed({Roles.FINANCE, Roles.FUNDRAISER, Roles.DIRECTOR, Roles.ADMIN})
    @Operation(summary = "Reporting deadlines to funders from today up to `within` days ahead, soonest first",
            description = "Roles: finance, fundraiser, director, admin.")
    public List<DeadlineResponse> deadlines(@QueryParam("within") @DefaultValue("90") @Min(0) @Max(3660) int within) {
        LocalDate today = LocalDate.now(GiftService.AMSTERDAM);
        return grants.upcomingDeadlines(today, within).stream()
                .map(d -> new DeadlineResponse(d.grant.id, d.grant.title, d.grant.donorId, d.dueDate, d.description,
                        java.time.temporal.ChronoUnit.DAYS.between(today, d.dueDate)))
                .toList();
    }

    @POST
    @Path("/instalments/due-check")
    @RolesAllowed(Roles.FINANCE)
    @Operation(summary = "Announce the instalments that fell due and were not received (also runs every morning)",
            description = "Roles: finance. Sends crm.grant.instalment-due.v1 once per instalment.")
    public java.util.Map<String, Integer> dueCheck() {
        return java.util.Map.of("announced", grants.announceDue(LocalDate.now(GiftService.AMSTERDAM),
                identity.getPrincipal().getName()));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.FINANCE, Roles.FUNDRAISER, Roles.DIRECTOR, Roles.ADMIN})
    @Operation(summary = "One grant with instalments, received and outstanding amounts",
            description = "Roles: finance, fundraiser, director, admin.")
    public GrantResponse get(@PathParam("id") String id) {
        return response(grants.get(id));
    }

    @POST
    @Path("/{id}/instalments/{instalmentId}/receipt")
    @RolesAllowed(Roles.FINANCE)
    @Operation(summary = "Record an instalment as received: a gift to the grant's fund",
            description = "Roles: finance. Income date = the instalment's due date unless given. An instalment is "
                    + "received once (409), again only after its gift was reversed.")
    public GrantResponse receive(@PathParam("id") String id, @PathParam("instalmentId") String instalmentId,
                                 @Valid ReceiptRequest request) {
        grants.receive(id, instalmentId, request == null ? null : request.incomeDate(),
                request == null ? null : request.receivedDate(), identity.getPrincipal().getName());
        return response(grants.get(id));
    }

    private Response.ResponseBuilder created(UriInfo uriInfo, Grant grant) {
        return Response.created(uriInfo.getBaseUriBuilder().path("api/v1/grants").path(grant.id).build())
                .entity(response(grant));
    }

    private GrantResponse response(Grant g) {
        BigDecimal outstanding = grants.outstanding(g);
        return new GrantResponse(g.id, g.donorId, g.title, g.funderReference, g.fundCode, g.earmarkClass.name(),
                g.totalAmount, g.currency, g.startDate, g.endDate, g.overheadPercentage,
                g.totalAmount.multiply(g.overheadPercentage).movePointLeft(2).setScale(2, RoundingMode.HALF_EVEN),
                g.totalAmount.subtract(outstanding), outstanding,
                g.instalments.stream().map(i -> new GrantResponse.Instalment(i.id, i.lineNo, i.dueDate, i.amount,
                        i.giftId, i.giftId == null ? "DUE" : grants.isReversed(i.giftId) ? "REVERSED" : "RECEIVED"))
                        .toList(),
                g.deadlines.stream().map(d -> new GrantResponse.Deadline(d.id, d.lineNo, d.dueDate, d.description))
                        .toList(),
                g.createdBy, g.createdAt);
    }
}
