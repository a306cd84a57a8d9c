package org.donorcrm.donor.interaction;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.donorcrm.donor.giving.GivingService;
import org.donorcrm.donor.giving.GivingSummaryResponse;
import org.donorcrm.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** A donor's timeline: its interactions, newest first, with what it gave. */
@Path("/api/v1/donors/{id}/timeline")
@Tag(name = "Donors")
@SecurityRequirement(name = "SecurityScheme")
public class TimelineResource {

    public record TimelineResponse(GivingSummaryResponse givingSummary, List<InteractionResponse> interactions) {
    }

    private final TimelineService timeline;
    private final GivingService giving;

    public TimelineResource(TimelineService timeline, GivingService giving) {
        this.timeline = timeline;
        this.giving = giving;
    }

    @GET
    @RolesAllowed({Roles.FUNDRAISER, Roles.FINANCE, Roles.ADMIN})
    @Operation(summary = "A donor's interactions with its giving summary", description = "Roles: fundraiser, "
            + "finance, admin. Interactions newest first.")
    public TimelineResponse timeline(@PathParam("id") String id) {
        List<InteractionResponse> items = timeline.timeline(id).stream().map(InteractionResponse::of).toList();
        return new TimelineResponse(GivingSummaryResponse.of(id, giving.summary(id)), items);
    }
}
