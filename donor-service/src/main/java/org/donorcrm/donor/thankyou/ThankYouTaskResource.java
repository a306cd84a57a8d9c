package org.donorcrm.donor.thankyou;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import org.donorcrm.donor.donor.Amsterdam;
import org.donorcrm.platform.security.Roles;
import org.donorcrm.platform.web.Page;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The gifts still to thank for (rules in {@link ThankYouTasks}). A task is done by recording a
 * {@code THANK_YOU_SENT} interaction for the donor dated on or after the gift, through
 * {@code POST /api/v1/donors/{donorId}/interactions} or the "Thanked" button of the screen {@code /thank-you}.
 * Same roles as the interactions: the list names donors (personal data), so directors get 403.
 */
@Path("/api/v1/thank-you-tasks")
@Tag(name = "Interactions")
@SecurityRequirement(name = "SecurityScheme")
public class ThankYouTaskResource {

    /** One gift to thank for; {@code priority} HIGH for a first gift or one of € 500 or more, with the reasons. */
    public record TaskResponse(String giftId, String donorId, String donorName, LocalDate giftDate, BigDecimal amount,
                               String currency, String funds, String channel, String priority, List<String> reasons) {

        static TaskResponse of(ThankYouTasks.Task t) {
            return new TaskResponse(t.gift().giftId, t.donor().id, t.donor().displayName, t.gift().incomeDate,
                    t.gift().amount, "EUR", t.gift().funds, t.gift().channel, t.highPriority() ? "HIGH" : "NORMAL",
                    t.reasons().stream().map(Enum::name).toList());
        }
    }

    private final ThankYouTasks tasks;

    public ThankYouTaskResource(ThankYouTasks tasks) {
        this.tasks = tasks;
    }

    @GET
    @RolesAllowed({Roles.FUNDRAISER, Roles.FINANCE, Roles.ADMIN})
    @Operation(summary = "Gifts of the last 60 days not yet thanked for, first gifts and large gifts first",
            description = "Roles: fundraiser, finance, admin. A gift is a task when it is not reversed, its donor is "
                    + "active and may be contacted, and the donor has no THANK_YOU_SENT interaction dated on or after "
                    + "the gift's date; repeat SEPA direct debits are not tasks. Order: HIGH priority (first gift, or "
                    + "€ 500 or more) first, then oldest gift first. Optional owner: only that fundraiser's donors.")
    public Page<TaskResponse> list(@QueryParam("owner") @Size(max = 100) String owner,
                                   @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                   @QueryParam("size") @DefaultValue("20") @Min(1) @Max(200) int size) {
        ThankYouTasks.Listing listing = tasks.open(owner == null || owner.isBlank() ? null : owner.strip(), page,
                size, Amsterdam.today());
        return new Page<>(listing.items().stream().map(TaskResponse::of).toList(), listing.total(), page, size);
    }
}
