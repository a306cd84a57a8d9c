package org.donorcrm.donor.thankyou;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.FormParam;
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
import org.donorcrm.donor.mail.MailMessage;
import org.donorcrm.donor.mail.MailQueue;
import org.donorcrm.platform.http.RuleViolation;
import org.donorcrm.platform.i18n.Texts;
import org.donorcrm.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
    static final String PDF = "application/pdf";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance tasks(ThankYouTasks.Listing listing, String owner, int page, int previousPage,
                                             int nextPage, boolean hasMore, String thanked, String problem,
                                             Map<String, ThankYouLetters.Reach> reach, String mailed,
                                             List<Refusal> refused, long failedMails);

        static native TemplateInstance mail(List<MailMessage> failed, List<MailMessage> waiting, boolean retried);
    }

    /** A gift that could not be thanked as asked: its donor (or the gift's id) and why. */
    public record Refusal(String label, String reason) {
    }

    private final ThankYouTasks tasks;
    private final ThankYouLetters letters;
    private final MailQueue mails;
    private final SecurityIdentity identity;

    public ThankYouPages(ThankYouTasks tasks, ThankYouLetters letters, MailQueue mails, SecurityIdentity identity) {
        this.tasks = tasks;
        this.letters = letters;
        this.mails = mails;
        this.identity = identity;
    }

    @GET
    public TemplateInstance list(@QueryParam("owner") String owner, @QueryParam("page") @DefaultValue("0") int page,
                                 @QueryParam("thanked") String thanked, @QueryParam("mailed") Integer mailed,
                                 @QueryParam("mailedBefore") @DefaultValue("0") int mailedBefore) {
        return page(owner, page, thanked, null, mailed == null ? null
                : Texts.of(Msg.class).thankYouMailed(Math.max(mailed, 0), Math.max(mailedBefore, 0)), List.of());
    }

    /**
     * Thanks for the chosen gifts (one gift's buttons, or the ticked boxes) with a letter or an e-mail. A letter:
     * the PDF, a page per gift, and the thank-you on each donor's timeline. An e-mail: queued, and back to the list.
     * When one of the gifts cannot be thanked that way the list answers why, and nothing is sent or recorded.
     */
    @POST
    @Path("send")
    @Operation(hidden = true)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces({MediaType.TEXT_HTML, PDF})
    public Response send(@FormParam("gift") List<String> giftIds, @FormParam("channel") String channel,
                         @QueryParam("owner") String owner, @QueryParam("page") @DefaultValue("0") int page) {
        Msg msg = Texts.of(Msg.class);
        List<String> chosen = giftIds == null ? List.of()
                : giftIds.stream().filter(g -> g != null && !g.isBlank()).map(String::strip).distinct().toList();
        if (chosen.isEmpty()) {
            return refused(owner, page, msg.thankYouChooseGifts(), Map.of());
        }
        if (!"LETTER".equals(channel) && !"EMAIL".equals(channel)) {
            return refused(owner, page, msg.thankYouChooseChannel(), Map.of());
        }
        String user = identity.getPrincipal().getName();
        if ("LETTER".equals(channel)) {
            ThankYouLetters.Letters done = letters.letters(chosen, user);
            if (done.pdf() == null) {
                return refused(owner, page, msg.thankYouRefused(), done.refused());
            }
            return Response.ok(done.pdf(), PDF)
                    .header("Content-Disposition", "attachment; filename=\"thank-you-letters-" + today() + ".pdf\"")
                    .build();
        }
        ThankYouLetters.Mailed done = letters.mail(chosen, user);
        if (!done.refused().isEmpty()) {
            return refused(owner, page, msg.thankYouRefused(), done.refused());
        }
        UriBuilder back = back(UriBuilder.fromPath("/thank-you"), owner, page).queryParam("mailed", done.queued());
        if (done.queuedBefore() > 0) {
            back.queryParam("mailedBefore", done.queuedBefore());
        }
        return Response.seeOther(back.build()).build();
    }

    /** The e-mails to donors that failed (with "try again") and those still queued. */
    @GET
    @Path("mail")
    @Operation(hidden = true)
    public TemplateInstance mail(@QueryParam("retried") boolean retried) {
        return Templates.mail(mails.failed(), mails.waiting(), retried);
    }

    @POST
    @Path("mail/{id}/retry")
    @Operation(hidden = true)
    public Response retry(@PathParam("id") String id) {
        mails.retry(id);
        return Response.seeOther(URI.create("/thank-you/mail?retried=true")).build();
    }

    @POST
    @Path("{giftId}/thanked")
    public Response thanked(@PathParam("giftId") String giftId, @QueryParam("owner") String owner,
                            @QueryParam("page") @DefaultValue("0") int page) {
        try {
            ThankYouTasks.Thanked done = tasks.markThanked(giftId, identity.getPrincipal().getName(), today());
            UriBuilder back = UriBuilder.fromPath("/thank-you").queryParam("thanked", done.interaction().donorId);
            return Response.seeOther(back(back, owner, page).build()).build();
        } catch (RuleViolation e) {
            return Response.status(422)
                    .entity(page(owner, page, null, Texts.reason(e.fields().get(0)), null, List.of())).build();
        }
    }

    /** The list's filter and page added to {@code back}, so that the list shows as before. */
    private static UriBuilder back(UriBuilder back, String owner, int page) {
        if (owner != null && !owner.isBlank()) {
            back.queryParam("owner", owner.strip());
        }
        if (page > 0) {
            back.queryParam("page", page);
        }
        return back;
    }

    /** The list again (422) with why the chosen gifts could not be thanked that way, per gift. */
    private Response refused(String owner, int page, String problem, Map<String, ThankYouLetters.Obstacle> why) {
        Msg msg = Texts.of(Msg.class);
        Map<String, String> names = new HashMap<>();
        tasks.open(null, 0, Integer.MAX_VALUE, today()).items()
                .forEach(t -> names.put(t.gift().giftId, t.donor().displayName));
        List<Refusal> refusals = new ArrayList<>();
        why.forEach((giftId, obstacle) -> refusals.add(new Refusal(names.getOrDefault(giftId, giftId),
                msg.thankYouObstacle(obstacle))));
        return Response.status(422).type(MediaType.TEXT_HTML_TYPE)
                .entity(page(owner, page, null, problem, null, refusals)).build();
    }

    private TemplateInstance page(String owner, int page, String thanked, String problem, String mailed,
                                  List<Refusal> refused) {
        String filter = owner == null || owner.isBlank() ? null : owner.strip();
        int current = Math.max(page, 0);
        ThankYouTasks.Listing listing = tasks.open(filter, current, PAGE_SIZE, today());
        return Templates.tasks(listing, filter == null ? "" : filter, current, current - 1, current + 1,
                (long) (current + 1) * PAGE_SIZE < listing.total(), thanked, problem, letters.reach(listing.items()),
                mailed, refused, mails.failed().size());
    }

    private static LocalDate today() {
        return Amsterdam.today();
    }
}
