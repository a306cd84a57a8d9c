package org.donorcrm.reporting.admin;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
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
import org.donorcrm.platform.http.Conflict;
import org.donorcrm.platform.http.NotFound;
import org.donorcrm.platform.i18n.Texts;
import org.donorcrm.platform.security.Roles;
import org.donorcrm.reporting.Msg;

import java.util.List;

/**
 * The admin's screen of the events that could not be applied (every dead-letter topic of the cluster) with a
 * Replay button per record. The form posts to this service only (CSP form-action, the platform's same-origin
 * check); with htmx it swaps the list in place, without it the browser follows the redirect back to the list.
 */
@Path("/admin/dead-letters")
@RolesAllowed(Roles.ADMIN)
public class DeadLetterPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance deadLetters(List<DeadLetters.DeadLetter> letters, String message,
                                                   String error);
    }

    private final DeadLetters deadLetters;
    private final SecurityIdentity identity;

    public DeadLetterPages(DeadLetters deadLetters, SecurityIdentity identity) {
        this.deadLetters = deadLetters;
        this.identity = identity;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance list(@QueryParam("replayed") String replayed) {
        String message = replayed == null || !replayed.matches("[A-Za-z0-9._-]{1,249}/[0-9]{1,9}/[0-9]{1,19}") ? null
                : Texts.of(Msg.class).deadLettersReplayed(replayed);
        return Templates.deadLetters(deadLetters.list(), message, null);
    }

    @POST
    @Path("{topic}/{partition}/{offset}/replay")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response replay(@PathParam("topic") String topic, @PathParam("partition") int partition,
                           @PathParam("offset") long offset, @FormParam("again") String again) {
        try {
            deadLetters.replay(topic, partition, offset, "true".equals(again), identity.getPrincipal().getName());
            return Response.seeOther(UriBuilder.fromPath("/admin/dead-letters")
                    .queryParam("replayed", topic + "/" + partition + "/" + offset).build()).build();
        } catch (NotFound | Conflict e) {
            String record = topic + "/" + partition + "/" + offset;
            Msg msg = Texts.of(Msg.class);
            return Response.status(e instanceof Conflict ? 409 : 404)
                    .entity(Templates.deadLetters(deadLetters.list(), null, e instanceof Conflict
                            ? msg.deadLettersAlreadyReplayed(record) : msg.deadLettersNotFound(record))).build();
        }
    }
}
