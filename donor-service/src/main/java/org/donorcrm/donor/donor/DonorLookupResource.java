package org.donorcrm.donor.donor;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.Map;

/**
 * gift-service's bank matching asks here, with its own service identity (Keycloak client {@code gift-service},
 * client credentials), which donors hold a statement's accounts and whom its donor numbers belong to. The role
 * {@value #DONOR_LOOKUP} is a service's, not a person's: it is allowed here and nowhere else, and no person's role
 * is allowed here. The IBANs travel in the body of a POST, never in a URL, and are never logged.
 */
@Path("/api/v1/donor-lookup")
@Tag(name = "Donors")
@SecurityRequirement(name = "SecurityScheme")
public class DonorLookupResource {

    /** The realm role of gift-service's service account. */
    public static final String DONOR_LOOKUP = "donor-lookup";
    /** At most this many IBANs and this many numbers per call. */
    public static final int MAX_PER_CALL = 500;

    public record LookupRequest(
            @Size(max = MAX_PER_CALL)
            List<@NotNull @Size(max = 42) @Pattern(regexp = "[A-Za-z]{2}[0-9]{2}[A-Za-z0-9 ]{1,38}",
                    message = "must be an IBAN") String> ibans,
            @Size(max = MAX_PER_CALL)
            List<@NotNull @Min(1) @Max(999_999_999_999L) Long> numbers) {
    }

    /**
     * {@code holders}: per IBAN asked (in electronic form: no spaces, capitals) the active donors whose record
     * holds it, lowest donor number first; IBANs nobody holds are left out. {@code donors}: per number asked the
     * active donor it belongs to (a merged donor's number: its survivor); unknown numbers and erased donors are left
     * out.
     */
    public record LookupResponse(Map<String, List<String>> holders, Map<Long, String> donors) {
    }

    private final DonorLookup lookup;

    public DonorLookupResource(DonorLookup lookup) {
        this.lookup = lookup;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(DONOR_LOOKUP)
    @Operation(summary = "Donors holding bank accounts and owning donor numbers (bank matching)",
            description = "Roles: none of a person; only the service role donor-lookup (gift-service's client). "
                    + "Up to 500 IBANs and 500 donor numbers per call; answers the active holders per IBAN and the "
                    + "active donor per number (a merged donor's number: its survivor).")
    public LookupResponse lookup(@Valid @NotNull LookupRequest request) {
        DonorLookup.Found found = lookup.find(request.ibans() == null ? List.of() : request.ibans(),
                request.numbers() == null ? List.of() : request.numbers());
        return new LookupResponse(found.holders(), found.donors());
    }
}
