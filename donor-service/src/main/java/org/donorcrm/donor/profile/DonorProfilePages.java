package org.donorcrm.donor.profile;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.donorcrm.donor.Msg;
import org.donorcrm.donor.audit.AuditTrail;
import org.donorcrm.donor.consent.ConsentService;
import org.donorcrm.donor.contact.ContactPerson;
import org.donorcrm.donor.contact.ContactPersonService;
import org.donorcrm.donor.donor.Amsterdam;
import org.donorcrm.donor.donor.ConsentChannel;
import org.donorcrm.donor.donor.ConsentPurpose;
import org.donorcrm.donor.donor.Donor;
import org.donorcrm.donor.donor.DonorMoved;
import org.donorcrm.donor.donor.DonorService;
import org.donorcrm.donor.giving.GivingService;
import org.donorcrm.donor.giving.GivingSummary;
import org.donorcrm.donor.interaction.Interaction;
import org.donorcrm.donor.interaction.InteractionType;
import org.donorcrm.donor.interaction.TimelineService;
import org.donorcrm.donor.salutation.SalutationService;
import org.donorcrm.platform.http.RuleViolation;
import org.donorcrm.platform.i18n.Dates;
import org.donorcrm.platform.i18n.Texts;
import org.donorcrm.platform.security.Roles;
import org.donorcrm.platform.web.FormInput;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

/**
 * A donor's page: details, giving summary, consent (record or withdraw), the timeline (add an interaction), the
 * contact persons of an organisation, the salutation of letters, the annual statements of the last three years and,
 * for admins, the audit trail. Its two forms post here and show the page
 * again with the reason when they are refused. A merged donor's page leads to its survivor's.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.FUNDRAISER, Roles.FINANCE, Roles.ADMIN})
public class DonorProfilePages {

    /** An audit entry as the page shows it. */
    public record AuditLine(Instant occurredAt, String actor, String action, List<AuditTrail.Change> changes) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance donor(Donor donor, GivingSummary giving,
                                             List<ConsentService.ConsentState> consents,
                                             List<Interaction> interactions, List<ContactPerson> contacts,
                                             List<AuditLine> audit, List<InteractionType> interactionTypes,
                                             List<ConsentChannel> channels, List<ConsentPurpose> purposes,
                                             FormInput form, String salutation, List<Integer> statementYears);
    }

    private static final int MAX_SUMMARY = 2000;
    private static final int MAX_SOURCE = 100;
    private static final List<ConsentChannel> CHANNELS = List.of(ConsentChannel.EMAIL, ConsentChannel.POST,
            ConsentChannel.PHONE);
    private static final List<ConsentPurpose> PURPOSES = List.of(ConsentPurpose.NEWSLETTER,
            ConsentPurpose.FUNDRAISING);

    private final DonorService donors;
    private final GivingService giving;
    private final TimelineService timeline;
    private final ConsentService consents;
    private final ContactPersonService contacts;
    private final AuditTrail audit;
    private final SecurityIdentity identity;
    private final SalutationService salutations;

    public DonorProfilePages(DonorService donors, GivingService giving, TimelineService timeline,
                             ConsentService consents, ContactPersonService contacts, AuditTrail audit,
                             SecurityIdentity identity, SalutationService salutations) {
        this.donors = donors;
        this.giving = giving;
        this.timeline = timeline;
        this.consents = consents;
        this.contacts = contacts;
        this.audit = audit;
        this.identity = identity;
        this.salutations = salutations;
    }

    @GET
    @Path("donors/{id}")
    public Response donor(@PathParam("id") String id) {
        return page(id, FormInput.of(Map.of()), 200);
    }

    @POST
    @Path("donors/{id}/interactions")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response addInteraction(@PathParam("id") String id, MultivaluedMap<String, String> posted) {
        FormInput form = FormInput.of(posted);
        Msg msg = Texts.of(Msg.class);
        try {
            InteractionType type = InteractionType.valueOf(form.get("type"));
            LocalDate on = Dates.parse(form.get("occurredOn"));
            String summary = form.text("summary");
            if (summary != null && summary.length() > MAX_SUMMARY) {
                form.reject("interaction", msg.profileSummaryTooLong(MAX_SUMMARY));
                return page(id, form, 400);
            }
            timeline.add(id, type, on, summary, user());
        } catch (IllegalArgumentException | DateTimeParseException e) {
            form.reject("interaction", msg.profileChooseTypeAndDate());
            return page(id, form, 400);
        } catch (RuleViolation e) {
            form.reject("interaction", Texts.reason(e.fields().get(0)));
            return page(id, form, 422);
        }
        return Response.seeOther(URI.create("/donors/" + id)).build();
    }

    @POST
    @Path("donors/{id}/consents")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response recordConsent(@PathParam("id") String id, MultivaluedMap<String, String> posted) {
        FormInput form = FormInput.of(posted);
        Msg msg = Texts.of(Msg.class);
        String source = form.text("source");
        if (source == null || source.length() > MAX_SOURCE) {
            form.reject("consent", msg.profileConsentSourceNeeded(MAX_SOURCE));
            return page(id, form, 400);
        }
        try {
            consents.record(id, ConsentChannel.valueOf(form.get("channel")),
                    ConsentPurpose.valueOf(form.get("purpose")), "true".equals(form.get("granted")), source, user());
        } catch (IllegalArgumentException e) {
            form.reject("consent", msg.profileChooseChannelAndPurpose());
            return page(id, form, 400);
        }
        return Response.seeOther(URI.create("/donors/" + id)).build();
    }

    private Response page(String id, FormInput form, int status) {
        try {
            Donor donor = donors.find(id);
            List<AuditLine> trail = identity.hasRole(Roles.ADMIN)
                    ? audit.trailOf(id).stream().map(a -> new AuditLine(a.occurredAt, a.actor, a.action,
                    audit.changesOf(a))).toList()
                    : null;
            return Response.status(status).entity(Templates.donor(donor, giving.summary(id), consents.current(id),
                    timeline.timeline(id), donor.kind.isOrganisation() ? contacts.of(id) : List.of(), trail,
                    List.of(InteractionType.values()), CHANNELS, PURPOSES, form, salutations.of(donor),
                    statementYears())).build();
        } catch (DonorMoved moved) {
            return Response.seeOther(URI.create("/donors/" + moved.survivorId())).build();
        }
    }

    /** The years of the statement buttons: the last three years before this one, the latest first. */
    private static List<Integer> statementYears() {
        int thisYear = Amsterdam.today().getYear();
        return List.of(thisYear - 1, thisYear - 2, thisYear - 3);
    }

    private String user() {
        return identity.getPrincipal().getName();
    }
}
