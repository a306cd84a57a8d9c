package org.donorcrm.donor.duplicate;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import org.donorcrm.donor.donor.Donor;
import org.donorcrm.donor.donor.DonorRepository;
import org.donorcrm.donor.donor.DonorResponse;
import org.donorcrm.donor.donor.Patterns;
import org.donorcrm.donor.giving.GivingService;
import org.donorcrm.donor.giving.GivingSummaryResponse;
import org.donorcrm.platform.security.Roles;
import org.donorcrm.platform.web.Page;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

@Path("/api/v1")
@Tag(name = "Duplicates and merge")
@SecurityRequirement(name = "SecurityScheme")
public class DuplicateResource {

    public record ScanResponse(int pairs, int newCandidates, long millis) {
    }

    public record CandidateResponse(String id, List<String> reasons, Instant foundAt, DonorResponse donorA,
                                    DonorResponse donorB) {
    }

    /**
     * Merge {@code mergedId} into {@code survivorId}. {@code choices} names, per field (kind, name, address, email,
     * phone, iban, dateOfBirth, preferredLanguage, owner, notes), whose value the survivor keeps: SURVIVOR (the
     * default) or MERGED. Tags are united; do-not-contact of either is kept.
     */
    public record MergeRequest(@NotNull @Pattern(regexp = Patterns.UUID, message = "must be a UUID") String survivorId,
                               @NotNull @Pattern(regexp = Patterns.UUID, message = "must be a UUID") String mergedId,
                               Map<String, MergeChoice> choices) {
    }

    public record MergeResponse(DonorResponse survivor, GivingSummaryResponse givingSummary) {
    }

    private final DuplicateScan scan;
    private final DuplicateReview review;
    private final MergeService merges;
    private final GivingService giving;
    private final DonorRepository donors;
    private final SecurityIdentity identity;

    public DuplicateResource(DuplicateScan scan, DuplicateReview review, MergeService merges,
                             GivingService giving, DonorRepository donors, SecurityIdentity identity) {
        this.scan = scan;
        this.review = review;
        this.merges = merges;
        this.giving = giving;
        this.donors = donors;
        this.identity = identity;
    }

    @POST
    @Path("/duplicates/scan")
    @RolesAllowed({Roles.FUNDRAISER, Roles.ADMIN})
    @Operation(summary = "Look for duplicate donors", description = "Roles: fundraiser, admin. Pairs sharing an "
            + "IBAN, an e-mail, name and postcode, or a similar-sounding name become OPEN candidates for review.")
    public ScanResponse scan() {
        DuplicateScan.Result result = scan.scan();
        return new ScanResponse(result.pairs(), result.newCandidates(), result.millis());
    }

    @GET
    @Path("/duplicates")
    @RolesAllowed({Roles.FUNDRAISER, Roles.FINANCE, Roles.ADMIN})
    @Operation(summary = "Possible duplicates to review", description = "Roles: fundraiser, finance, admin.")
    public Page<CandidateResponse> list(@QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                        @QueryParam("size") @DefaultValue("20") @Min(1) @Max(200) int size) {
        DuplicateReview.Listing listing = review.open(page, size);
        return new Page<>(listing.items().stream().map(this::candidate).toList(), listing.total(), page, size);
    }

    @POST
    @Path("/duplicates/{id}/dismissal")
    @RolesAllowed({Roles.FUNDRAISER, Roles.ADMIN})
    @Operation(summary = "Not the same donor: take the pair off the list", description = "Roles: fundraiser, admin. "
            + "A later scan does not bring it back.")
    public CandidateResponse dismiss(@PathParam("id") String id) {
        return candidate(review.dismiss(id, identity.getPrincipal().getName()));
    }

    @POST
    @Path("/donor-merges")
    @RolesAllowed({Roles.FUNDRAISER, Roles.ADMIN})
    @Operation(summary = "Merge a duplicate into a survivor", description = "Roles: fundraiser, admin. The "
            + "survivor takes the chosen fields and the merged donor's gifts, interactions, consents and contact "
            + "persons; the merged id then answers 301 to the survivor. Publishes crm.donors.merged.v1 (key: "
            + "survivor id). Repeating the same merge changes nothing.")
    public MergeResponse merge(@Valid @NotNull MergeRequest request) {
        Donor survivor = merges.merge(request.survivorId(), request.mergedId(),
                request.choices() == null ? Map.of() : request.choices(), identity.getPrincipal().getName());
        return new MergeResponse(DonorResponse.of(survivor),
                GivingSummaryResponse.of(survivor.id, giving.summary(survivor.id)));
    }

    private CandidateResponse candidate(DuplicateCandidate c) {
        return new CandidateResponse(c.id, Arrays.asList(c.reasons.split(",")), c.foundAt,
                DonorResponse.of(donors.existing(c.donorA)), DonorResponse.of(donors.existing(c.donorB)));
    }
}
