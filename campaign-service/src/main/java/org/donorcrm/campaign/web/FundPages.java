package org.donorcrm.campaign.web;

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
import org.donorcrm.campaign.EarmarkClass;
import org.donorcrm.campaign.Fund;
import org.donorcrm.campaign.service.DefineFund;
import org.donorcrm.campaign.service.DuplicateCode;
import org.donorcrm.campaign.service.FundService;
import org.donorcrm.campaign.service.PointedProblem;
import org.donorcrm.campaign.service.RepeatableWrite;

import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The fund catalogue screens: everyone signed in reads it, finance and admin add, edit and close funds. The
 * same service methods as the API, so the same rules, audit trail and events.
 */
@Path("/funds")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({"fundraiser", "finance", "director", "admin"})
public class FundPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance catalogue(List<Fund> funds);

        static native TemplateInstance form(String fundId, FundForm form, Map<String, String> errors,
                                            List<String> earmarkClasses);
    }

    private final FundService funds;
    private final Validator validator;
    private final SecurityIdentity identity;

    public FundPages(FundService funds, Validator validator, SecurityIdentity identity) {
        this.funds = funds;
        this.validator = validator;
        this.identity = identity;
    }

    @GET
    public TemplateInstance catalogue() {
        return Templates.catalogue(funds.search(null, null).list());
    }

    @GET
    @Path("new")
    @RolesAllowed({"finance", "admin"})
    public TemplateInstance newFund() {
        return form(null, FundForm.empty(), Map.of());
    }

    @GET
    @Path("{id}")
    @RolesAllowed({"finance", "admin"})
    public TemplateInstance edit(@PathParam("id") String id) {
        return form(id, FundForm.of(funds.get(id)), Map.of());
    }

    @POST
    @RolesAllowed({"finance", "admin"})
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(MultivaluedMap<String, String> data) {
        return save(null, FundForm.of(data));
    }

    @POST
    @Path("{id}")
    @RolesAllowed({"finance", "admin"})
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response update(@PathParam("id") String id, MultivaluedMap<String, String> data) {
        funds.get(id);
        return save(id, FundForm.of(data));
    }

    @POST
    @Path("{id}/close")
    @RolesAllowed({"finance", "admin"})
    public Response close(@PathParam("id") String id) {
        funds.close(id, user());
        return Response.seeOther(URI.create("/funds")).build();
    }

    private Response save(String id, FundForm form) {
        Map<String, String> errors = new LinkedHashMap<>();
        DefineFund command = command(form, errors);
        if (errors.isEmpty()) {
            try {
                if (id == null) {
                    funds.create(command, user(), new RepeatableWrite(null, "fund.create", null));
                } else {
                    funds.update(id, command, user());
                }
                return Response.seeOther(URI.create("/funds")).build();
            } catch (PointedProblem e) {
                errors.put(e.pointer().substring(2), e.getMessage());
            } catch (DuplicateCode e) {
                errors.put("code", e.getMessage());
            }
        }
        return Response.status(422).entity(form(id, form, errors)).build();
    }

    /** The form as a command, or the reasons it is not one, by field name; the API's rules apply. */
    private DefineFund command(FundForm form, Map<String, String> errors) {
        EarmarkClass earmarkClass = null;
        try {
            earmarkClass = EarmarkClass.valueOf(form.earmarkClass());
        } catch (IllegalArgumentException e) {
            errors.put("earmarkClass", "choose an earmark class");
        }
        var request = new org.donorcrm.campaign.rest.FundRequest(form.code(), form.name(), earmarkClass,
                date(form.activeFrom(), "activeFrom", errors), date(form.activeTo(), "activeTo", errors),
                form.funderDonorId().isEmpty() ? null : form.funderDonorId());
        for (ConstraintViolation<?> v : validator.validate(request)) {
            errors.putIfAbsent(v.getPropertyPath().toString(), v.getMessage());
        }
        return errors.isEmpty() ? request.toCommand() : null;
    }

    private TemplateInstance form(String id, FundForm form, Map<String, String> errors) {
        return Templates.form(id, form, errors, Arrays.stream(EarmarkClass.values()).map(Enum::name).toList());
    }

    private static LocalDate date(String text, String field, Map<String, String> errors) {
        if (text.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            errors.put(field, "a date such as 2026-01-31");
            return null;
        }
    }

    private String user() {
        return identity.getPrincipal().getName();
    }
}
