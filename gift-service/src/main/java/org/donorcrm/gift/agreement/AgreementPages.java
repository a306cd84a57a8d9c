package org.donorcrm.gift.agreement;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.donorcrm.gift.donorlookup.DonorChoice;
import org.donorcrm.gift.donorlookup.DonorDirectory;
import org.donorcrm.platform.donors.DonorShown;
import org.donorcrm.gift.sepa.MandateService;
import org.donorcrm.gift.sepa.MandateStatus;
import org.donorcrm.gift.sepa.Mandate;
import org.donorcrm.gift.gift.GiftService;
import org.donorcrm.platform.security.Roles;
import org.donorcrm.platform.web.FormInput;
import org.donorcrm.platform.web.Page;

import java.time.LocalDate;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Periodic-gift agreements ("periodieke gift", five years or more): the list, one agreement, and recording a
 * signed one — for a donor and, optionally, the mandate that pays it. Writes through {@link AgreementService}.
 */
@Path("/agreements")
@Produces(MediaType.TEXT_HTML)
public class AgreementPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(Page<AgreementResource.AgreementResponse> agreements,
                                            Map<String, DonorShown> names);

        static native TemplateInstance agreement(AgreementResource.AgreementResponse agreement, DonorShown donor,
                                                 String mandateReference);

        static native TemplateInstance form(FormInput form, DonorDirectory.Found donor, List<Mandate> mandates,
                                            boolean hasDonor);

        static native TemplateInstance mandates(List<Mandate> mandates, String chosen, boolean hasDonor,
                                                String error);
    }

    private final AgreementService agreements;
    private final AgreementResource api;
    private final Validator validator;
    private final SecurityIdentity identity;
    private final DonorDirectory donors;
    private final MandateService mandates;

    public AgreementPages(AgreementService agreements, AgreementResource api, Validator validator,
                          SecurityIdentity identity, DonorDirectory donors, MandateService mandates) {
        this.agreements = agreements;
        this.api = api;
        this.validator = validator;
        this.identity = identity;
        this.donors = donors;
        this.mandates = mandates;
    }

    @GET
    @RolesAllowed({Roles.FUNDRAISER, Roles.FINANCE, Roles.ADMIN})
    public TemplateInstance list(@QueryParam("page") @DefaultValue("0") int page) {
        Page<AgreementResource.AgreementResponse> shown = api.list(null, Math.max(page, 0), 50);
        return Templates.list(shown, donors.names(shown.items().stream()
                .map(AgreementResource.AgreementResponse::donorId).toList(), identity));
    }

    @GET
    @Path("new")
    @RolesAllowed({Roles.FUNDRAISER, Roles.FINANCE})
    public TemplateInstance newAgreement(@QueryParam("donorId") String donorId,
                                         @QueryParam("mandateId") String mandateId) {
        Map<String, String> defaults = new LinkedHashMap<>();
        defaults.put("donorId", donorId == null ? "" : donorId);
        defaults.put("mandateId", mandateId == null ? "" : mandateId);
        defaults.put("signatureDate", LocalDate.now(GiftService.AMSTERDAM).toString());
        return form(FormInput.of(defaults));
    }

    @POST
    @RolesAllowed({Roles.FUNDRAISER, Roles.FINANCE})
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response sign(MultivaluedMap<String, String> posted) {
        FormInput form = FormInput.of(posted);
        DonorChoice.chosen(form, "donorId");
        AgreementResource.AgreementRequest r = form.validated(validator, new AgreementResource.AgreementRequest(
                form.get("donorId"), form.text("transactionNumber"), form.decimal("yearlyAmount"),
                form.date("startDate", true), form.date("endDate", false), form.whole("durationYears"),
                form.date("signatureDate", true), form.text("mandateId")));
        return form.submit(() -> "/agreements/" + agreements.sign(
                        new AgreementService.NewAgreement(r.donorId().toLowerCase(), r.transactionNumber(),
                                r.yearlyAmount(), r.startDate(), r.endDate(), r.durationYears(), r.signatureDate(),
                                form.lowerCase("mandateId")),
                        identity.getPrincipal().getName()).id,
                "transactionNumber", () -> form(form));
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.FUNDRAISER, Roles.FINANCE, Roles.ADMIN})
    public TemplateInstance agreement(@PathParam("id") String id) {
        AgreementResource.AgreementResponse agreement = api.get(id);
        // the donor as donor-service shows it to this person
        return Templates.agreement(agreement, donors.shown(agreement.donorId(), identity),
                agreement.mandateId() == null ? null
                        : mandates.find(agreement.mandateId()).map(m -> m.reference).orElse(null));
    }

    /**
     * The choice of the mandate that pays the agreement, for the donor chosen on the form: the form fetches it again
     * whenever the donor choice changes.
     */
    @GET
    @Path("mandate-options")
    @RolesAllowed({Roles.FUNDRAISER, Roles.FINANCE})
    @Operation(hidden = true) // a part of a screen, not an API operation
    public TemplateInstance mandateOptions(@QueryParam("donorId") String donorId,
                                           @QueryParam("mandateId") String mandateId) {
        List<Mandate> active = activeMandates(donorId);
        return Templates.mandates(active, mandateId == null ? "" : mandateId, !blank(donorId), null);
    }

    /** The form; the donor chosen before (a form shown again, or one opened from a mandate) stays chosen. */
    private TemplateInstance form(FormInput form) {
        String donorId = form.get("donorId");
        return Templates.form(form, donors.chosen(donorId, identity), activeMandates(donorId), !blank(donorId));
    }

    /** The donor's mandates that can pay an agreement (active), newest first as the mandate list has them. */
    private List<Mandate> activeMandates(String donorId) {
        if (blank(donorId) || !donorId.strip().matches("[0-9a-fA-F-]{36}")) {
            return List.of();
        }
        return mandates.list(donorId.strip().toLowerCase(), MandateStatus.ACTIVE, 0, 50).items();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
