package org.donorcrm.donor.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
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
import org.donorcrm.donor.ConsentChannel;
import org.donorcrm.donor.ConsentPurpose;
import org.donorcrm.donor.ContactPerson;
import org.donorcrm.donor.Donor;
import org.donorcrm.donor.DonorKind;
import org.donorcrm.donor.Interaction;
import org.donorcrm.donor.InteractionType;
import org.donorcrm.donor.service.AuditTrail;
import org.donorcrm.donor.service.ConsentService;
import org.donorcrm.donor.service.ContactPersonService;
import org.donorcrm.donor.service.DonorDetails;
import org.donorcrm.donor.service.DonorMoved;
import org.donorcrm.donor.service.DonorRuleViolation;
import org.donorcrm.donor.service.DonorSearch;
import org.donorcrm.donor.service.DonorService;
import org.donorcrm.donor.service.DuplicateReview;
import org.donorcrm.donor.service.GivingSummary;
import org.donorcrm.donor.service.InvalidFields;
import org.donorcrm.donor.service.MergeChoice;
import org.donorcrm.donor.service.MergeService;
import org.donorcrm.donor.service.TimelineService;
import org.donorcrm.donor.repository.DonorRepository;

import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * The fundraisers' screens: the donor list with search and filters, the donor page (details, consent, giving
 * summary, timeline; the audit trail for admins), create and edit, and the duplicates review with a
 * field-by-field merge. Server-rendered; the same service methods as the API, so the same rules and audit.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({"fundraiser", "finance", "admin"})
public class DonorPages {

    /** One line of the duplicates review: the pair, why, and the fields to choose between. */
    public record Pair(String id, List<String> reasons, Donor a, Donor b) {
    }

    /** An audit entry as the page shows it. */
    public record AuditLine(String occurredAt, String actor, String action, List<AuditTrail.Change> changes) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<Donor> donors, long total, int page, int previousPage,
                                            int nextPage, boolean hasMore, Map<String, String> filters,
                                            List<DonorKind> kinds, List<String> consentOptions);

        static native TemplateInstance donor(Donor donor, GivingSummary giving,
                                             List<ConsentService.ConsentState> consents,
                                             List<Interaction> interactions, List<ContactPerson> contacts,
                                             List<AuditLine> audit, List<InteractionType> interactionTypes,
                                             Map<String, String> errors);

        static native TemplateInstance form(String action, Map<String, String> values, Map<String, String> errors,
                                            List<DonorKind> kinds, List<String> fields);

        static native TemplateInstance duplicates(List<Pair> pairs, long total);
    }

    private static final List<String> CONSENT_OPTIONS = List.of("EMAIL/NEWSLETTER", "EMAIL/FUNDRAISING",
            "POST/NEWSLETTER", "POST/FUNDRAISING", "PHONE/FUNDRAISING");
    /** The one-line text fields of the form, in screen order (kind, notes and do-not-contact have their own). */
    private static final List<String> TEXT_FIELDS = List.of("firstName", "lastName", "organisationName", "street",
            "houseNumber", "postcode", "city", "country", "email", "phone", "iban", "dateOfBirth", "preferredLanguage",
            "owner", "tags");
    private static final List<String> FORM_FIELDS = List.of("kind", "firstName", "lastName", "organisationName",
            "street", "houseNumber", "postcode", "city", "country", "email", "phone", "iban", "dateOfBirth",
            "preferredLanguage", "owner", "tags", "notes", "doNotContact");

    private final DonorService donors;
    private final DonorRepository repository;
    private final DonorSearch search;
    private final TimelineService timeline;
    private final ConsentService consents;
    private final ContactPersonService contacts;
    private final AuditTrail audit;
    private final DuplicateReview review;
    private final MergeService merges;
    private final Validator validator;
    private final SecurityIdentity identity;

    public DonorPages(DonorService donors, DonorRepository repository, DonorSearch search, TimelineService timeline,
                      ConsentService consents, ContactPersonService contacts, AuditTrail audit,
                      DuplicateReview review, MergeService merges, Validator validator, SecurityIdentity identity) {
        this.donors = donors;
        this.repository = repository;
        this.search = search;
        this.timeline = timeline;
        this.consents = consents;
        this.contacts = contacts;
        this.audit = audit;
        this.review = review;
        this.merges = merges;
        this.validator = validator;
        this.identity = identity;
    }

    @GET
    public TemplateInstance list(@QueryParam("q") String q, @QueryParam("kind") String kind,
                                 @QueryParam("tag") String tag, @QueryParam("owner") String owner,
                                 @QueryParam("consent") String consent,
                                 @QueryParam("page") @DefaultValue("0") int page) {
        DonorKind kindFilter = Arrays.stream(DonorKind.values()).filter(k -> k.name().equals(kind)).findFirst()
                .orElse(null);
        ConsentChannel channel = null;
        ConsentPurpose purpose = null;
        if (consent != null && consent.matches("(POST|EMAIL|PHONE)/(FUNDRAISING|NEWSLETTER)")) {
            channel = ConsentChannel.valueOf(consent.split("/")[0]);
            purpose = ConsentPurpose.valueOf(consent.split("/")[1]);
        }
        int size = 25;
        DonorSearch.Listing found = search.search(new DonorSearch.Criteria(blankToNull(q), kindFilter,
                blankToNull(tag), blankToNull(owner), null, null, channel, purpose, null), Math.max(page, 0), size);
        Map<String, String> filters = new HashMap<>();
        filters.put("q", q == null ? "" : q);
        filters.put("kind", kindFilter == null ? "" : kindFilter.name());
        filters.put("tag", tag == null ? "" : tag);
        filters.put("owner", owner == null ? "" : owner);
        filters.put("consent", channel == null ? "" : consent);
        int current = Math.max(page, 0);
        return Templates.list(found.items(), found.total(), current, current - 1, current + 1,
                (long) (current + 1) * size < found.total(), filters, List.of(DonorKind.values()), CONSENT_OPTIONS);
    }

    @GET
    @Path("donors/new")
    @RolesAllowed({"fundraiser", "finance", "admin"})
    public TemplateInstance newDonor() {
        Map<String, String> values = emptyValues();
        values.put("kind", "INDIVIDUAL");
        values.put("country", "NL");
        return Templates.form("/donors", values, Map.of(), List.of(DonorKind.values()), TEXT_FIELDS);
    }

    @POST
    @Path("donors")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(MultivaluedMap<String, String> form) {
        Map<String, String> values = values(form);
        Map<String, String> errors = new LinkedHashMap<>();
        DonorDetails details = details(values, errors);
        if (errors.isEmpty()) {
            try {
                Donor donor = donors.register(details, user(), null, null);
                return Response.seeOther(URI.create("/donors/" + donor.id)).build();
            } catch (InvalidFields e) {
                e.fields().forEach(f -> errors.put(f.pointer().substring(2), f.detail()));
            }
        }
        return Response.status(400).entity(Templates.form("/donors", values, errors, List.of(DonorKind.values()), TEXT_FIELDS))
                .build();
    }

    @GET
    @Path("donors/{id}")
    public Response donor(@PathParam("id") String id) {
        return donorPage(id, Map.of(), 200);
    }

    @GET
    @Path("donors/{id}/edit")
    public Response edit(@PathParam("id") String id) {
        try {
            return Response.ok(Templates.form("/donors/" + id, values(donors.find(id)), Map.of(),
                    List.of(DonorKind.values()), TEXT_FIELDS)).build();
        } catch (DonorMoved moved) {
            return Response.seeOther(URI.create("/donors/" + moved.survivorId() + "/edit")).build();
        }
    }

    @POST
    @Path("donors/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response update(@PathParam("id") String id, MultivaluedMap<String, String> form) {
        Map<String, String> values = values(form);
        Map<String, String> errors = new LinkedHashMap<>();
        DonorDetails details = details(values, errors);
        if (errors.isEmpty()) {
            try {
                donors.update(id, details, null, user());
                return Response.seeOther(URI.create("/donors/" + id)).build();
            } catch (InvalidFields e) {
                e.fields().forEach(f -> errors.put(f.pointer().substring(2), f.detail()));
            }
        }
        return Response.status(400).entity(Templates.form("/donors/" + id, values, errors,
                List.of(DonorKind.values()), TEXT_FIELDS)).build();
    }

    @POST
    @Path("donors/{id}/interactions")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response addInteraction(@PathParam("id") String id, MultivaluedMap<String, String> form) {
        try {
            InteractionType type = InteractionType.valueOf(form.getFirst("type"));
            LocalDate on = LocalDate.parse(form.getFirst("occurredOn"));
            String summary = blankToNull(form.getFirst("summary"));
            if (summary != null && summary.length() > 2000) {
                return donorPage(id, Map.of("summary", "at most 2000 characters"), 400);
            }
            timeline.add(id, type, on, summary, user(), null, null);
        } catch (IllegalArgumentException | NullPointerException | DateTimeParseException e) {
            return donorPage(id, Map.of("interaction", "choose a type and a date"), 400);
        } catch (DonorRuleViolation e) {
            return donorPage(id, Map.of("interaction", e.getMessage()), 422);
        }
        return Response.seeOther(URI.create("/donors/" + id)).build();
    }

    @POST
    @Path("donors/{id}/consents")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response recordConsent(@PathParam("id") String id, MultivaluedMap<String, String> form) {
        try {
            String source = blankToNull(form.getFirst("source"));
            if (source == null || source.length() > 100) {
                return donorPage(id, Map.of("consent", "say where the consent came from (at most 100 characters)"), 400);
            }
            consents.record(id, ConsentChannel.valueOf(form.getFirst("channel")),
                    ConsentPurpose.valueOf(form.getFirst("purpose")), "true".equals(form.getFirst("granted")),
                    source, user());
        } catch (IllegalArgumentException | NullPointerException e) {
            return donorPage(id, Map.of("consent", "choose a channel and a purpose"), 400);
        }
        return Response.seeOther(URI.create("/donors/" + id)).build();
    }

    @GET
    @Path("duplicates")
    @RolesAllowed({"fundraiser", "admin"})
    public TemplateInstance duplicates() {
        DuplicateReview.Listing listing = review.open(0, 50);
        List<Pair> pairs = listing.items().stream()
                .map(c -> new Pair(c.id, List.of(c.reasons.split(",")), repository.existing(c.donorA),
                        repository.existing(c.donorB)))
                .toList();
        return Templates.duplicates(pairs, listing.total());
    }

    @POST
    @Path("duplicates/merge")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({"fundraiser", "admin"})
    public Response merge(MultivaluedMap<String, String> form) {
        String survivor = form.getFirst("survivorId");
        String merged = form.getFirst("mergedId");
        Map<String, MergeChoice> choices = new HashMap<>();
        for (String field : MergeService.CHOOSABLE) {
            if ("MERGED".equals(form.getFirst("choice." + field))) {
                choices.put(field, MergeChoice.MERGED);
            }
        }
        merges.merge(survivor, merged, choices, user());
        return Response.seeOther(URI.create("/donors/" + survivor)).build();
    }

    @POST
    @Path("duplicates/{id}/dismissal")
    @RolesAllowed({"fundraiser", "admin"})
    public Response dismiss(@PathParam("id") String id) {
        review.dismiss(id, user());
        return Response.seeOther(URI.create("/duplicates")).build();
    }

    private Response donorPage(String id, Map<String, String> errors, int status) {
        try {
            Donor donor = donors.find(id);
            List<AuditLine> trail = identity.hasRole("admin")
                    ? audit.trailOf(id).stream().map(a -> new AuditLine(a.occurredAt.toString(), a.actor, a.action,
                    audit.changesOf(a))).toList()
                    : null;
            return Response.status(status).entity(Templates.donor(donor, timeline.givingSummary(id),
                    consents.current(id), timeline.timeline(id),
                    donor.kind.isOrganisation() ? contacts.of(id) : List.of(), trail,
                    List.of(InteractionType.values()), errors)).build();
        } catch (DonorMoved moved) {
            return Response.seeOther(URI.create("/donors/" + moved.survivorId())).build();
        }
    }

    /** Field checks of the API's request record, reported per field; {@code errors} gets what is wrong. */
    private DonorDetails details(Map<String, String> v, Map<String, String> errors) {
        LocalDate birth = null;
        if (!v.get("dateOfBirth").isBlank()) {
            try {
                birth = LocalDate.parse(v.get("dateOfBirth"));
            } catch (DateTimeParseException e) {
                errors.put("dateOfBirth", "must be a date such as 1970-01-31");
            }
        }
        DonorKind kind = Arrays.stream(DonorKind.values()).filter(k -> k.name().equals(v.get("kind"))).findFirst()
                .orElse(null);
        if (kind == null) {
            errors.put("kind", "choose a kind");
            return null;
        }
        LinkedHashSet<String> tags = new LinkedHashSet<>();
        for (String tag : v.get("tags").split("[,\\s]+")) {
            if (!tag.isBlank()) {
                tags.add(tag.trim());
            }
        }
        org.donorcrm.donor.rest.DonorRequest request = new org.donorcrm.donor.rest.DonorRequest(kind,
                blankToNull(v.get("firstName")), blankToNull(v.get("lastName")), blankToNull(v.get("organisationName")),
                blankToNull(v.get("street")), blankToNull(v.get("houseNumber")), blankToNull(v.get("postcode")),
                blankToNull(v.get("city")), blankToNull(v.get("country")), blankToNull(v.get("email")),
                blankToNull(v.get("phone")), blankToNull(v.get("iban")), birth, blankToNull(v.get("preferredLanguage")),
                blankToNull(v.get("owner")), tags, blankToNull(v.get("notes")), "on".equals(v.get("doNotContact")),
                null);
        for (ConstraintViolation<?> violation : validator.validate(request)) {
            String path = violation.getPropertyPath().toString();
            errors.put(path.contains("[") ? path.substring(0, path.indexOf('[')) : path, violation.getMessage());
        }
        return errors.isEmpty() ? request.toDetails() : null;
    }

    private static Map<String, String> values(MultivaluedMap<String, String> form) {
        Map<String, String> values = emptyValues();
        FORM_FIELDS.forEach(f -> {
            String value = form.getFirst(f);
            values.put(f, value == null ? "" : value);
        });
        return values;
    }

    private static Map<String, String> values(Donor d) {
        Map<String, String> values = emptyValues();
        values.put("kind", d.kind.name());
        put(values, "firstName", d.firstName);
        put(values, "lastName", d.lastName);
        put(values, "organisationName", d.organisationName);
        put(values, "street", d.street);
        put(values, "houseNumber", d.houseNumber);
        put(values, "postcode", d.postcode);
        put(values, "city", d.city);
        put(values, "country", d.country);
        put(values, "email", d.email);
        put(values, "phone", d.phone);
        put(values, "iban", d.iban);
        put(values, "dateOfBirth", d.dateOfBirth);
        put(values, "preferredLanguage", d.preferredLanguage);
        put(values, "owner", d.owner);
        values.put("tags", String.join(" ", d.tags));
        put(values, "notes", d.notes);
        values.put("doNotContact", d.doNotContact ? "on" : "");
        return values;
    }

    private static void put(Map<String, String> values, String field, Object value) {
        values.put(field, value == null ? "" : value.toString());
    }

    private static Map<String, String> emptyValues() {
        Map<String, String> values = new HashMap<>();
        FORM_FIELDS.forEach(f -> values.put(f, ""));
        return values;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private String user() {
        return identity.getPrincipal().getName();
    }
}
