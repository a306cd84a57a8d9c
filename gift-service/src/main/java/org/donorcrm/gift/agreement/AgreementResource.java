package org.donorcrm.gift.agreement;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.donorcrm.gift.gift.Patterns;
import org.donorcrm.platform.security.Roles;
import org.donorcrm.platform.web.Page;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** Periodic-gift agreements ("periodieke gift"), linked to the donor and the mandate that pays them. */
@Path("/api/v1/agreements")
@Tag(name = "Periodic gift agreements")
@SecurityRequirement(name = "SecurityScheme")
public class AgreementResource {

    private static final String UUID = Patterns.UUID;

    private final AgreementService agreements;
    private final SecurityIdentity identity;

    public AgreementResource(AgreementService agreements, SecurityIdentity identity) {
        this.agreements = agreements;
        this.identity = identity;
    }

    /** An agreement with an end date, or open-ended with its minimum number of years. */
    public record AgreementRequest(
            @NotNull @Pattern(regexp = UUID, message = "must be a UUID") String donorId,
            @NotBlank @Size(max = 35) String transactionNumber,
            @NotNull @DecimalMin(value = "0.01", message = "must be at least 0.01")
            @Digits(integer = 13, fraction = 2, message = "must have at most 13 digits and 2 decimals") BigDecimal yearlyAmount,
            @NotNull LocalDate startDate,
            LocalDate endDate,
            @Min(1) @Max(100) Integer durationYears,
            @NotNull LocalDate signatureDate,
            @Pattern(regexp = UUID, message = "must be a UUID") String mandateId) {
    }

    public record AgreementResponse(String id, String donorId, String mandateId, String transactionNumber,
                                    BigDecimal yearlyAmount, String currency, LocalDate startDate, LocalDate endDate,
                                    int durationYears, LocalDate signatureDate, String status, String createdBy,
                                    Instant createdAt) {
        static AgreementResponse of(PeriodicGiftAgreement a) {
            return new AgreementResponse(a.id, a.donorId, a.mandateId, a.transactionNumber, a.yearlyAmount,
                    a.currency, a.startDate, a.endDate, a.durationYears, a.signatureDate, a.status, a.createdBy,
                    a.createdAt);
        }
    }

    @POST
    @RolesAllowed({Roles.FUNDRAISER, Roles.FINANCE})
    @Operation(summary = "Record a signed periodic-gift agreement",
            description = "Roles: fundraiser, finance. At least five years (422 otherwise); the transaction number "
                    + "is unique (409 on a repeat, which creates nothing).")
    public Response sign(@Valid @NotNull AgreementRequest r, @Context UriInfo uriInfo) {
        PeriodicGiftAgreement agreement = agreements.sign(new AgreementService.NewAgreement(r.donorId().toLowerCase(),
                r.transactionNumber(), r.yearlyAmount(), r.startDate(), r.endDate(), r.durationYears(),
                r.signatureDate(), r.mandateId() == null ? null : r.mandateId().toLowerCase()),
                identity.getPrincipal().getName());
        return Response.created(uriInfo.getBaseUriBuilder().path("api/v1/agreements").path(agreement.id).build())
                .entity(AgreementResponse.of(agreement)).build();
    }

    @GET
    @RolesAllowed({Roles.FUNDRAISER, Roles.FINANCE, Roles.ADMIN})
    @Operation(summary = "Agreements, newest first, by donor", description = "Roles: fundraiser, finance, admin.")
    public Page<AgreementResponse> list(
            @QueryParam("donorId") @Pattern(regexp = UUID, message = "must be a UUID") String donorId,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
        String donor = donorId == null ? null : donorId.toLowerCase();
        return new Page<>(agreements.list(donor, page, size).stream().map(AgreementResponse::of).toList(),
                agreements.count(donor), page, size);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.FUNDRAISER, Roles.FINANCE, Roles.ADMIN})
    @Operation(summary = "One agreement", description = "Roles: fundraiser, finance, admin.")
    public AgreementResponse get(@PathParam("id") String id) {
        return AgreementResponse.of(agreements.get(id));
    }
}
