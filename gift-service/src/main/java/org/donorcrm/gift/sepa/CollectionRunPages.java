package org.donorcrm.gift.sepa;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.donorcrm.gift.donorlookup.DonorDirectory;
import org.donorcrm.platform.donors.DonorShown;
import org.donorcrm.gift.gift.GiftService;
import org.donorcrm.platform.http.RuleViolation;
import org.donorcrm.platform.security.Roles;
import org.donorcrm.platform.web.FormInput;
import org.donorcrm.platform.web.Page;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * Finance's collection runs: preview what is due on a date, generate the run (one debit and gift per due
 * mandate, through {@link CollectionService}) and download its pain.008 file for the bank. Reads go through
 * {@link CollectionRunResource}'s read methods, so the preview, the run and the file are the API's own.
 */
@Path("/collection-runs")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.FINANCE)
public class CollectionRunPages {

    /** A run for a date is usually prepared a few working days ahead (the bank needs the file before it). */
    private static final int DAYS_AHEAD = 5;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(Page<CollectionRunResource.RunResponse> runs, FormInput form);

        static native TemplateInstance preview(CollectionRunResource.Preview preview, FormInput form,
                                               Map<String, DonorShown> names);

        static native TemplateInstance run(CollectionRunResource.RunResponse run, boolean repeated);
    }

    private final CollectionService collections;
    private final CollectionRunResource api;
    private final SecurityIdentity identity;
    private final DonorDirectory donors;

    public CollectionRunPages(CollectionService collections, CollectionRunResource api, SecurityIdentity identity,
                              DonorDirectory donors) {
        this.collections = collections;
        this.api = api;
        this.identity = identity;
        this.donors = donors;
    }

    @GET
    public TemplateInstance list(@QueryParam("page") @DefaultValue("0") int page) {
        return list(page, FormInput.of(Map.of("dueDate",
                LocalDate.now(GiftService.AMSTERDAM).plusDays(DAYS_AHEAD).toString())));
    }

    /** The mandates due on a date that have no debit on it yet; changes nothing. */
    @GET
    @Path("preview")
    public Response preview(@QueryParam("dueDate") String dueDate) {
        FormInput form = FormInput.of(Map.of("dueDate", dueDate == null ? "" : dueDate));
        LocalDate due = form.date("dueDate", true);
        if (due == null) {
            return Response.status(422).entity(list(0, form)).build();
        }
        return Response.ok(preview(due, form)).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response generate(MultivaluedMap<String, String> posted) {
        FormInput form = FormInput.of(posted);
        LocalDate due = form.date("dueDate", true);
        if (due == null) {
            return Response.status(422).entity(list(0, form)).build();
        }
        return form.submit(() -> {
            Optional<CollectionRun> created = collections.run(due, identity.getPrincipal().getName());
            if (created.isPresent()) {
                return "/collection-runs/" + created.get().id;
            }
            // every due mandate has its debit on that date already: show the run that made them
            return collections.latestRunFor(due).map(run -> "/collection-runs/" + run.id + "?repeated=true")
                    .orElseThrow(() -> new RuleViolation("#/dueDate", "no mandate is due on " + due, "noMandateDue",
                            due));
        }, "dueDate", () -> preview(due, form));
    }

    @GET
    @Path("{id}")
    public TemplateInstance run(@PathParam("id") String id, @QueryParam("repeated") boolean repeated) {
        return Templates.run(api.get(id), repeated);
    }

    /** The run's pain.008.001.02 file as an attachment, the same file on every download. */
    @GET
    @Path("{id}/pain008")
    @Produces("application/xml")
    public Response pain008(@PathParam("id") String id) {
        return api.pain008(id);
    }

    /** The debits due on a date, their donors by name as donor-service shows them to this person. */
    private TemplateInstance preview(LocalDate due, FormInput form) {
        CollectionRunResource.Preview preview = api.preview(due);
        return Templates.preview(preview, form, donors.names(preview.debits().stream()
                .map(CollectionRunResource.Preview.Line::donorId).toList(), identity));
    }

    private TemplateInstance list(int page, FormInput form) {
        return Templates.list(api.list(Math.max(page, 0), 50), form);
    }
}
