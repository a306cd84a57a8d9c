package org.donorcrm.donor.giving;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.donorcrm.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A donor's giving summary: no personal data, so directors may read it too. */
@Path("/api/v1/donors/{id}/giving-summary")
@Tag(name = "Donors")
@SecurityRequirement(name = "SecurityScheme")
public class GivingResource {

    private final GivingService giving;

    public GivingResource(GivingService giving) {
        this.giving = giving;
    }

    @GET
    @RolesAllowed({Roles.FUNDRAISER, Roles.FINANCE, Roles.DIRECTOR, Roles.ADMIN})
    @Operation(summary = "What a donor gave", description = "Roles: fundraiser, finance, director, admin. No "
            + "personal data. First, last and largest gift, totals this and last year (Europe/Amsterdam), number of "
            + "gifts not reversed, active recurring gift.")
    public GivingSummaryResponse givingSummary(@PathParam("id") String id) {
        return GivingSummaryResponse.of(id, giving.summary(id));
    }
}
