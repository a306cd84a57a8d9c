package org.donorcrm.campaign.fund;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.donorcrm.campaign.Msg;
import org.donorcrm.campaign.code.DuplicateCode;
import org.donorcrm.platform.donors.DonorServiceClient;
import org.donorcrm.platform.donors.DonorShown;
import org.donorcrm.platform.donors.Donors;
import org.donorcrm.platform.http.Conflict;
import org.donorcrm.platform.http.InvalidInput;
import org.donorcrm.platform.http.Problem;
import org.donorcrm.platform.idempotency.RepeatableWrite;
import org.donorcrm.platform.i18n.Texts;
import org.donorcrm.platform.security.Roles;
import org.donorcrm.platform.web.FormInput;

import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The fund catalogue screens: everyone signed in reads it, finance and admin add, edit and close funds. The
 * same service methods as the API, so the same rules, audit trail and events.
 */
@Path("/funds")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.FUNDRAISER, Roles.FINANCE, Roles.DIRECTOR, Roles.ADMIN})
public class FundPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance catalogue(List<Fund> funds, Map<String, DonorShown> funders);

        static native TemplateInstance form(String fundId, FormInput form, List<EarmarkClass> earmarkClasses,
                                            Donors.Found funder);
    }

    private final FundService funds;
    private final Validator validator;
    private final SecurityIdentity identity;

    private final Donors donors;

    public FundPages(FundService funds, Validator validator, SecurityIdentity identity, Donors donors) {
        this.funds = funds;
        this.validator = validator;
        this.identity = identity;
        this.donors = donors;
    }

    /** The catalogue; each fund's funder as donor-service shows it to this person (one call for the page). */
    @GET
    public TemplateInstance catalogue() {
        List<Fund> list = funds.search(null, null).list();
        return Templates.catalogue(list, donors.shown(list.stream().map(f -> f.funderDonorId)
                .filter(Objects::nonNull).toList(), identity));
    }

    @GET
    @Path("new")
    @RolesAllowed({Roles.FINANCE, Roles.ADMIN})
    public TemplateInstance newFund() {
        return form(null, FormInput.of(Map.of("earmarkClass", EarmarkClass.PROJECT.name())));
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.FINANCE, Roles.ADMIN})
    public TemplateInstance edit(@PathParam("id") String id) {
        Fund fund = funds.get(id);
        return form(id, FormInput.of(Map.of("code", fund.code, "name", fund.name,
                "earmarkClass", fund.earmarkClass.name(), "activeFrom", fund.activeFrom.toString(),
                "activeTo", fund.activeTo == null ? "" : fund.activeTo.toString(),
                "funderDonorId", fund.funderDonorId == null ? "" : fund.funderDonorId)));
    }

    @POST
    @RolesAllowed({Roles.FINANCE, Roles.ADMIN})
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(MultivaluedMap<String, String> data) {
        return save(null, FormInput.of(data));
    }

    @POST
    @Path("{id}")
    @RolesAllowed({Roles.FINANCE, Roles.ADMIN})
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response update(@PathParam("id") String id, MultivaluedMap<String, String> data) {
        funds.get(id);
        return save(id, FormInput.of(data));
    }

    @POST
    @Path("{id}/close")
    @RolesAllowed({Roles.FINANCE, Roles.ADMIN})
    public Response close(@PathParam("id") String id) {
        funds.close(id, user());
        return Response.seeOther(URI.create("/funds")).build();
    }

    /** Saves the form, or shows it again with the reasons (the API's rules apply, field by field). */
    private Response save(String id, FormInput form) {
        DefineFund command = command(form);
        try {
            return form.submit(() -> {
                try {
                    if (id == null) {
                        funds.create(command, user(), new RepeatableWrite(null, "fund.create", null));
                    } else {
                        funds.update(id, command, user());
                    }
                } catch (DuplicateCode e) {
                    // the API's reason is English, for programs; the form says it in the person's language
                    throw new Conflict(e.title(), Texts.of(Msg.class).fundFormCodeTaken(command.code()));
                } catch (InvalidInput e) {
                    throw new InvalidInput(e.fields().stream()
                            .map(f -> new Problem.FieldError(f.pointer(),
                                    reason(FormInput.field(f.pointer()))))
                            .toList());
                }
                return "/funds";
            }, "code", () -> form(id, form));
        } catch (InvalidInput e) {
            e.fields().forEach(f -> form.reject(FormInput.field(f.pointer()), reason(FormInput.field(f.pointer()))));
            return Response.status(422).entity(form(id, form)).build();
        }
    }

    /** The form as the API's request, each reason it is not one noted at its field. */
    private DefineFund command(FormInput form) {
        Msg msg = Texts.of(Msg.class);
        EarmarkClass earmarkClass = form.choice("earmarkClass", EarmarkClass.class, msg.fundFormEarmarkClassRequired());
        FundRequest request = new FundRequest(form.get("code"), form.get("name"), earmarkClass,
                form.date("activeFrom", false), form.date("activeTo", false), form.text("funderDonorId"));
        for (ConstraintViolation<FundRequest> violation : validator.validate(request)) {
            String field = violation.getPropertyPath().toString();
            form.reject(field, reason(field));
        }
        if (request.activeFrom() != null && request.activeTo() != null
                && request.activeTo().isBefore(request.activeFrom())) {
            form.reject("activeTo", msg.fundFormActiveToBeforeFrom());
        }
        return request.toCommand();
    }

    /** Why a field of the form is not accepted, in the person's language (the API's reasons stay English). */
    private static String reason(String field) {
        Msg msg = Texts.of(Msg.class);
        return switch (field) {
            case "code" -> msg.fundFormCodeInvalid();
            case "name" -> msg.fundFormNameInvalid();
            case "earmarkClass" -> msg.fundFormEarmarkClassRequired();
            case "activeFrom" -> Texts.ui().dateRequired();
            case "activeTo" -> msg.fundFormActiveToBeforeFrom();
            case "funderDonorId" -> msg.fundFormFunderDonorIdInvalid();
            default -> msg.fundFormFieldInvalid();
        };
    }

    /** The form; the funder chosen before stays chosen, as donor-service shows it to this person. */
    private TemplateInstance form(String id, FormInput form) {
        String chosen = form.get("funderDonorId");
        Donors.Found funder = Donors.Found.none();
        if (Donors.isDonorId(chosen)) {
            DonorShown shown = donors.shown(List.of(chosen), identity).get(chosen);
            funder = new Donors.Found(List.of(new DonorServiceClient.Card(chosen,
                    shown == null ? null : shown.number(), shown == null ? null : shown.kind(),
                    shown == null ? null : shown.name(), null, null)), false, false);
        }
        return Templates.form(id, form, Arrays.asList(EarmarkClass.values()), funder);
    }

    private String user() {
        return identity.getPrincipal().getName();
    }
}
