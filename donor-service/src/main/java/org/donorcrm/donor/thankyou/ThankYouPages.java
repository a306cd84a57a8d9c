package org.donorcrm.donor.thankyou;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import org.donorcrm.donor.Msg;
import org.donorcrm.donor.donor.Amsterdam;
import org.donorcrm.platform.http.RuleViolation;
import org.donorcrm.platform.i18n.Texts;
import org.donorcrm.platform.security.Roles;

import java.time.LocalDate;

/**
 * The fundraiser's thank-you list: the gifts still to thank for (rules in {@link ThankYouTasks}), with a "Thanked"
 * button that records the thank-you on the donor's timeline and takes the task off the list. A plain form post
 * (no script), checked like every form of the screens by {@link org.donorcrm.platform.http.SameOriginFilter}.
 */
@Path("/thank-you")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.FUNDRAISER, Roles.FINANCE, Roles.ADMIN})
public class ThankYouPages {

    static final int PAGE_SIZE = 25;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance tasks(ThankYouTasks.Listing listing, String owner, int page, int previousPage,
                                             int nextPage, boolean hasMore, String thanked, String problem);
    }

    private final ThankYouTasks tasks;
    private final SecurityIdentity identity;

    public ThankYouPages(ThankYouTasks tasks, SecurityIdentity identity) {
        this.tasks = tasks;
        this.identity = identity;
    }

    @GET
    public TemplateInstance list(@QueryParam("owner") String owner, @QueryParam("page") @DefaultValue("0") int page,
                                 @QueryParam("thanked") String thanked) {
        return page(owner, page, thanked, null);
    }

    @POST
    @Path("{giftId}/thanked")
    public Response thanked(@PathParam("giftId") String giftId, @QueryParam("owner") String owner,
                            @QueryParam("page") @DefaultValue("0") int page) {
        try {
            ThankYouTasks.Thanked done = tasks.markThanked(giftId, identity.getPrincipal().getName(), today());
            UriBuilder back = UriBuilder.fromPath("/thank-you").queryParam("thanked", done.interaction().donorId);
            if (owner != null && !owner.isBlank()) {
                back.queryParam("owner", owner.strip());
            }
            if (page > 0) {
                back.queryParam("page", page);
            }
            return Response.seeOther(back.build()).build();
        } catch (RuleViolation e) {
            return Response.status(422).entity(page(owner, page, null, Texts.reason(e.fields().get(0)))).build();
        }
    }

    private TemplateInstance page(String owner, int page, String thanked, String problem) {
        String filter = owner == null || owner.isBlank() ? null : owner.strip();
        int current = Math.max(page, 0);
        ThankYouTasks.Listing listing = tasks.open(filter, current, PAGE_SIZE, today());
        return Templates.tasks(listing, filter == null ? "" : filter, current, current - 1, current + 1,
                (long) (current + 1) * PAGE_SIZE < listing.total(), thanked, problem);
    }

    private static LocalDate today() {
        return Amsterdam.today();
    }
}
