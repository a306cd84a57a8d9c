package org.donorcrm.donor.donor;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
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
import org.donorcrm.donor.LetterMsg;
import org.donorcrm.donor.Msg;
import org.donorcrm.platform.http.InvalidInput;
import org.donorcrm.platform.http.Problem;
import org.donorcrm.platform.i18n.Formats;
import org.donorcrm.platform.i18n.Texts;
import org.donorcrm.platform.security.Roles;
import org.donorcrm.platform.web.FormInput;

import java.lang.annotation.Annotation;
import java.net.URI;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * The fundraisers' donor list with search and filters, and the donor form (create and edit). Server-rendered; the
 * same service methods as the API, so the same rules and audit. The donor's own page is {@code profile}'s.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.FUNDRAISER, Roles.FINANCE, Roles.ADMIN})
public class DonorPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<Donor> donors, long total, int page, int previousPage,
                                            int nextPage, boolean hasMore, Map<String, String> filters,
                                            List<DonorKind> kinds, List<ConsentOption> consentOptions);

        static native TemplateInstance form(String action, FormInput form, List<DonorKind> kinds,
                                            List<String> fields, List<SalutationForm> salutationForms);
    }

    /** A choice of the consent filter: its value ("EMAIL/NEWSLETTER") and what it means. */
    public record ConsentOption(String value, ConsentChannel channel, ConsentPurpose purpose) {

        static ConsentOption of(ConsentChannel channel, ConsentPurpose purpose) {
            return new ConsentOption(channel.name() + "/" + purpose.name(), channel, purpose);
        }
    }

    private static final int PAGE_SIZE = 25;
    /** The longest value the registration form takes from its address. */
    private static final int PREFILL_MOST = 140;
    private static final List<DonorKind> KINDS = List.of(DonorKind.values());
    private static final List<SalutationForm> SALUTATION_FORMS = List.of(SalutationForm.values());
    private static final List<ConsentOption> CONSENT_OPTIONS = List.of(
            ConsentOption.of(ConsentChannel.EMAIL, ConsentPurpose.NEWSLETTER),
            ConsentOption.of(ConsentChannel.EMAIL, ConsentPurpose.FUNDRAISING),
            ConsentOption.of(ConsentChannel.POST, ConsentPurpose.NEWSLETTER),
            ConsentOption.of(ConsentChannel.POST, ConsentPurpose.FUNDRAISING),
            ConsentOption.of(ConsentChannel.PHONE, ConsentPurpose.FUNDRAISING));
    /** The one-line text fields of the form, in screen order (kind, notes and do-not-contact have their own). */
    private static final List<String> TEXT_FIELDS = List.of("firstName", "initials", "infix", "lastName",
            "organisationName", "street",
            "houseNumber", "postcode", "city", "country", "email", "phone", "iban", "dateOfBirth", "preferredLanguage",
            "owner", "tags");

    private final DonorService donors;
    private final DonorSearch search;
    private final Validator validator;
    private final SecurityIdentity identity;

    public DonorPages(DonorService donors, DonorSearch search, Validator validator, SecurityIdentity identity) {
        this.donors = donors;
        this.search = search;
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
        int current = Math.max(page, 0);
        DonorSearch.Listing found = search.search(new DonorSearch.Criteria(trimmed(q), kindFilter, trimmed(tag),
                trimmed(owner), null, null, channel, purpose, null), current, PAGE_SIZE);
        Map<String, String> filters = new HashMap<>();
        filters.put("q", q == null ? "" : q);
        filters.put("kind", kindFilter == null ? "" : kindFilter.name());
        filters.put("tag", tag == null ? "" : tag);
        filters.put("owner", owner == null ? "" : owner);
        filters.put("consent", channel == null ? "" : consent);
        return Templates.list(found.items(), found.total(), current, current - 1, current + 1,
                (long) (current + 1) * PAGE_SIZE < found.total(), filters, KINDS, CONSENT_OPTIONS);
    }

    /**
     * The empty registration form; filled in beforehand with what the query names (gift-service's review queue opens
     * it with a bank credit's name and account: "Nieuwe gever van deze bijschrijving"). Only the name fields, the
     * town, the IBAN and a kind are taken, each at most {@value #PREFILL_MOST} characters; nothing is stored before
     * the person saves the form.
     */
    @GET
    @Path("donors/new")
    public TemplateInstance newDonor(@QueryParam("kind") String kind, @QueryParam("firstName") String firstName,
                                     @QueryParam("initials") String initials, @QueryParam("infix") String infix,
                                     @QueryParam("lastName") String lastName,
                                     @QueryParam("organisationName") String organisationName,
                                     @QueryParam("city") String city, @QueryParam("iban") String iban) {
        Map<String, String> values = new HashMap<>(Map.of("kind", "INDIVIDUAL", "country", "NL"));
        if (kind != null && Arrays.stream(DonorKind.values()).anyMatch(k -> k.name().equals(kind))) {
            values.put("kind", kind);
        }
        String[] names = {"firstName", "initials", "infix", "lastName", "organisationName", "city", "iban"};
        String[] given = {firstName, initials, infix, lastName, organisationName, city, iban};
        for (int i = 0; i < names.length; i++) {
            if (given[i] != null && !given[i].isBlank() && given[i].length() <= PREFILL_MOST) {
                values.put(names[i], given[i].strip());
            }
        }
        return Templates.form("/donors", FormInput.of(values), KINDS, TEXT_FIELDS, SALUTATION_FORMS);
    }

    @POST
    @Path("donors")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(MultivaluedMap<String, String> posted) {
        FormInput form = FormInput.of(posted);
        DonorDetails details = details(form);
        if (!form.hasErrors()) {
            try {
                Donor donor = donors.register(details, user());
                return Response.seeOther(URI.create("/donors/" + donor.id)).build();
            } catch (InvalidInput e) {
                reject(form, e);
            }
        }
        return Response.status(400).entity(Templates.form("/donors", form, KINDS, TEXT_FIELDS, SALUTATION_FORMS))
                .build();
    }

    @GET
    @Path("donors/{id}/edit")
    public Response edit(@PathParam("id") String id) {
        try {
            return Response.ok(Templates.form("/donors/" + id, form(donors.find(id)), KINDS, TEXT_FIELDS,
                    SALUTATION_FORMS)).build();
        } catch (DonorMoved moved) {
            return Response.seeOther(URI.create("/donors/" + moved.survivorId() + "/edit")).build();
        }
    }

    @POST
    @Path("donors/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response update(@PathParam("id") String id, MultivaluedMap<String, String> posted) {
        FormInput form = FormInput.of(posted);
        DonorDetails details = details(form);
        if (!form.hasErrors()) {
            try {
                donors.update(id, details, null, user());
                return Response.seeOther(URI.create("/donors/" + id)).build();
            } catch (InvalidInput e) {
                reject(form, e);
            }
        }
        return Response.status(400).entity(Templates.form("/donors/" + id, form, KINDS, TEXT_FIELDS,
                SALUTATION_FORMS)).build();
    }

    /** The API's request record made from the form and checked as the API checks it; null when a field is wrong. */
    private DonorDetails details(FormInput form) {
        Msg msg = Texts.of(Msg.class);
        LocalDate birth = form.date("dateOfBirth", false);
        DonorKind kind = form.choice("kind", DonorKind.class, msg.formChooseKind());
        if (kind == null) {
            return null;
        }
        LinkedHashSet<String> tags = new LinkedHashSet<>();
        for (String tag : form.get("tags").split("[,\\s]+")) {
            if (!tag.isBlank()) {
                tags.add(tag.trim());
            }
        }
        SalutationForm salutationForm = null;
        if (form.text("salutationForm") != null) {
            salutationForm = form.choice("salutationForm", SalutationForm.class,
                    Texts.of(LetterMsg.class).salutationFormInvalid());
        }
        DonorRequest request = new DonorRequest(kind, form.text("firstName"), form.text("lastName"),
                form.text("organisationName"), form.text("street"), form.text("houseNumber"), form.text("postcode"),
                form.text("city"), form.text("country"), form.text("email"), form.text("phone"), form.text("iban"),
                birth, form.text("preferredLanguage"), form.text("owner"), tags, form.text("notes"),
                form.checked("doNotContact"), null, salutationForm, form.text("initials"), form.text("infix"),
                form.checked("declinesAnnualStatement"));
        for (ConstraintViolation<?> violation : validator.validate(request)) {
            String path = violation.getPropertyPath().toString();
            // a tag's violation ("tags[].<iterable element>") is shown at the tags field
            String field = path.contains("[") ? path.substring(0, path.indexOf('[')) : path;
            form.reject(field, reason(msg, field, path.contains("["), violation));
        }
        return form.hasErrors() ? null : request.toDetails();
    }

    private static void reject(FormInput form, InvalidInput e) {
        for (Problem.FieldError field : e.fields()) {
            form.reject(FormInput.field(field.pointer()), Texts.reason(field));
        }
    }

    /** The reason of a violated constraint of {@link DonorRequest} in the screen's language. */
    private static String reason(Msg msg, String field, boolean element, ConstraintViolation<?> violation) {
        Annotation constraint = violation.getConstraintDescriptor().getAnnotation();
        if (constraint instanceof Size size) {
            return "tags".equals(field) && !element ? msg.formTooManyTags(size.max()) : msg.formTooLong(size.max());
        }
        if (constraint instanceof Email) {
            return msg.formEmailInvalid();
        }
        if (constraint instanceof Past) {
            return msg.formDateNotPast();
        }
        if (constraint instanceof Pattern) {
            switch (field) {
                case "country":
                    return msg.formCountryInvalid();
                case "phone":
                    return msg.formPhoneInvalid();
                case "preferredLanguage":
                    return msg.formLanguageInvalid();
                case "tags":
                    return msg.formTagInvalid();
                case "initials":
                    return Texts.of(LetterMsg.class).initialsInvalid();
                case "infix":
                    return Texts.of(LetterMsg.class).infixInvalid();
                default:
                    break;
            }
        }
        if (constraint instanceof NotNull && "kind".equals(field)) {
            return msg.formChooseKind();
        }
        return violation.getMessage();
    }

    /** The form filled with the donor's details. */
    private static FormInput form(Donor d) {
        Map<String, String> values = new HashMap<>();
        values.put("kind", d.kind.name());
        put(values, "firstName", d.firstName);
        put(values, "lastName", d.lastName);
        put(values, "salutationForm", d.salutationForm);
        put(values, "initials", d.initials);
        put(values, "infix", d.infix);
        put(values, "organisationName", d.organisationName);
        put(values, "street", d.street);
        put(values, "houseNumber", d.houseNumber);
        put(values, "postcode", d.postcode);
        put(values, "city", d.city);
        put(values, "country", d.country);
        put(values, "email", d.email);
        put(values, "phone", d.phone);
        put(values, "iban", d.iban);
        put(values, "dateOfBirth", d.dateOfBirth == null ? null : Formats.shortDate(d.dateOfBirth));
        put(values, "preferredLanguage", d.preferredLanguage);
        put(values, "owner", d.owner);
        values.put("tags", String.join(" ", d.tags));
        put(values, "notes", d.notes);
        put(values, "doNotContact", d.doNotContact ? "on" : null);
        put(values, "declinesAnnualStatement", d.declinesAnnualStatement ? "on" : null);
        return FormInput.of(values);
    }

    private static void put(Map<String, String> values, String field, Object value) {
        if (value != null) {
            values.put(field, value.toString());
        }
    }

    private static String trimmed(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private String user() {
        return identity.getPrincipal().getName();
    }
}
