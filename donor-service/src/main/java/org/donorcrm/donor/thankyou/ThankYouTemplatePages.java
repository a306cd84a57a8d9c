package org.donorcrm.donor.thankyou;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
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
import org.donorcrm.donor.statement.OrganisationConfig;
import org.donorcrm.platform.http.NotFound;
import org.donorcrm.platform.i18n.Texts;
import org.donorcrm.platform.security.Roles;
import org.donorcrm.platform.web.FormInput;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * The texts of the thank-you letter and e-mail per language ({@link ThankYouTemplates}): the text in use, the draft,
 * a form to change the draft (fundraisers and admins), a preview on a real donor (by number, with the donor's latest
 * gift), and for admins "approve" (the draft is in use from then on) and "back to the standard text".
 */
@Path("/thank-you/templates/{language}")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.FUNDRAISER, Roles.FINANCE, Roles.ADMIN})
public class ThankYouTemplatePages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance templates(String language, List<String> languages, MessageTemplate template,
                                                 ThankYouTemplates.Text builtIn, FormInput form, String fields,
                                                 String donor, ThankYouLetters.Preview preview, boolean previewDraft,
                                                 String notice, boolean mayEdit, boolean mayApprove);
    }

    private final ThankYouTemplates templates;
    private final ThankYouLetters letters;
    private final OrganisationConfig organisation;
    private final SecurityIdentity identity;

    public ThankYouTemplatePages(ThankYouTemplates templates, ThankYouLetters letters,
                                 OrganisationConfig organisation, SecurityIdentity identity) {
        this.templates = templates;
        this.letters = letters;
        this.organisation = organisation;
        this.identity = identity;
    }

    @GET
    @Operation(hidden = true)
    public TemplateInstance show(@PathParam("language") String language, @QueryParam("donor") String donor,
                                 @QueryParam("done") String done) {
        checked(language);
        MessageTemplate template = templates.of(language).orElse(null);
        ThankYouTemplates.Text current = template != null && template.hasDraft()
                ? new ThankYouTemplates.Text(template.draftSubject, template.draftBody)
                : template != null && template.approved()
                ? new ThankYouTemplates.Text(template.approvedSubject, template.approvedBody)
                : builtIn(language);
        FormInput form = FormInput.of(Map.of("subject", current.subject(), "body", current.body()));
        return page(language, template, form, donor, null, done);
    }

    /** Saves the form as the language's draft; the text in use does not change until an admin approves it. */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.FUNDRAISER, Roles.ADMIN})
    @Operation(hidden = true)
    public Response save(@PathParam("language") String language, MultivaluedMap<String, String> posted) {
        checked(language);
        FormInput form = FormInput.of(posted);
        Msg msg = Texts.of(Msg.class);
        check(form, "subject", ThankYouTemplates.SUBJECT_MAX, msg);
        check(form, "body", ThankYouTemplates.BODY_MAX, msg);
        return form.submit(() -> {
            templates.saveDraft(language, form.get("subject"), form.get("body"), identity.getPrincipal().getName());
            return "/thank-you/templates/" + language + "?done=saved";
        }, "form", () -> page(language, templates.of(language).orElse(null), form, null, null, null));
    }

    @POST
    @Path("approval")
    @RolesAllowed(Roles.ADMIN)
    @Operation(hidden = true)
    public Response approve(@PathParam("language") String language) {
        checked(language);
        if (!templates.approve(language, identity.getPrincipal().getName())) {
            MessageTemplate template = templates.of(language).orElse(null);
            return Response.status(422).entity(page(language, template, formOf(language, template), null,
                    Texts.of(Msg.class).templateNothingToApprove(), null)).build();
        }
        return Response.seeOther(URI.create("/thank-you/templates/" + language + "?done=approved")).build();
    }

    @POST
    @Path("reset")
    @RolesAllowed(Roles.ADMIN)
    @Operation(hidden = true)
    public Response reset(@PathParam("language") String language) {
        checked(language);
        templates.reset(language);
        return Response.seeOther(URI.create("/thank-you/templates/" + language + "?done=reset")).build();
    }

    private TemplateInstance page(String language, MessageTemplate template, FormInput form, String donor,
                                  String problem, String done) {
        ThankYouLetters.Preview preview = null;
        boolean previewDraft = template != null && template.hasDraft();
        if (donor != null && !donor.isBlank()) {
            ThankYouTemplates.Text text = previewDraft
                    ? new ThankYouTemplates.Text(template.draftSubject, template.draftBody)
                    : template != null && template.approved()
                    ? new ThankYouTemplates.Text(template.approvedSubject, template.approvedBody)
                    : builtIn(language);
            preview = donor.strip().matches("[0-9]{1,18}")
                    ? letters.preview(text, language, Long.parseLong(donor.strip()))
                    : new ThankYouLetters.Preview(null, "NO_DONOR");
        }
        Msg msg = Texts.of(Msg.class);
        String notice = problem != null ? problem : done == null ? null : switch (done) {
            case "saved" -> msg.templateSaved();
            case "approved" -> msg.templateApproved();
            case "reset" -> msg.templateResetDone();
            default -> null;
        };
        return Templates.templates(language, ThankYouTemplates.LANGUAGES, template, builtIn(language), form,
                ThankYouTemplates.fieldList(), donor == null ? "" : donor.strip(), preview, previewDraft, notice,
                identity.hasRole(Roles.FUNDRAISER) || identity.hasRole(Roles.ADMIN), identity.hasRole(Roles.ADMIN));
    }

    private FormInput formOf(String language, MessageTemplate template) {
        ThankYouTemplates.Text text = template != null && template.approved()
                ? new ThankYouTemplates.Text(template.approvedSubject, template.approvedBody) : builtIn(language);
        return FormInput.of(Map.of("subject", text.subject(), "body", text.body()));
    }

    /** The built-in text of the language, written with merge fields: where a fundraiser starts from. */
    private ThankYouTemplates.Text builtIn(String language) {
        LetterMsg msg = MessageBundles.get(LetterMsg.class, Localized.Literal.of(language));
        return new ThankYouTemplates.Text(msg.thankYouSubject(), "{salutation},\n\n"
                + msg.thankYouBody("{amount}", "{date}") + "\n\n" + msg.thankYouImpact() + "\n\n"
                + msg.statementClosing() + "\n" + organisation.name());
    }

    private static void check(FormInput form, String field, int max, Msg msg) {
        String value = form.get(field);
        if (value.isBlank()) {
            form.reject(field, msg.templateRequired());
        } else if (value.length() > max) {
            form.reject(field, msg.templateTooLong(max));
        } else if (!ThankYouTemplates.unknownFields(value).isEmpty()) {
            form.reject(field, msg.templateUnknownField(String.join(" ", ThankYouTemplates.unknownFields(value)),
                    ThankYouTemplates.fieldList()));
        }
    }

    private static void checked(String language) {
        if (!ThankYouTemplates.LANGUAGES.contains(language)) {
            throw new NotFound("no texts in language " + language);
        }
    }
}
