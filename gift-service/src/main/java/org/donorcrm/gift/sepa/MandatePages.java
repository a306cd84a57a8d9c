package org.donorcrm.gift.sepa;

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
import org.donorcrm.gift.Msg;
import org.donorcrm.gift.donorlookup.DonorChoice;
import org.donorcrm.gift.donorlookup.DonorDirectory;
import org.donorcrm.platform.donors.DonorShown;
import org.donorcrm.gift.gift.GiftService;
import org.donorcrm.gift.replica.FundReplica;
import org.donorcrm.gift.replica.OpenFunds;
import org.donorcrm.platform.i18n.Texts;
import org.donorcrm.platform.security.Roles;
import org.donorcrm.platform.web.FormInput;
import org.donorcrm.platform.web.Page;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * SEPA mandates and the collections made under them: the list, a mandate with its collections, recording a
 * signed mandate and cancelling one. Writes go through {@link MandateService}; what is shown is read through
 * {@link MandateResource}'s read methods (called in process), so the screen shows what the API answers, next
 * collection date included.
 */
@Path("/mandates")
@Produces(MediaType.TEXT_HTML)
public class MandatePages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(Page<MandateResponse> mandates, String status, String donorId,
                                            List<String> statuses, Map<String, DonorShown> names,
                                            DonorDirectory.Found donor, String donorSearch);

        static native TemplateInstance mandate(MandateResponse mandate, List<MandateResponse.Collection> collections,
                                               FormInput form, DonorShown donor);

        static native TemplateInstance form(FormInput form, List<FundReplica> funds, List<String> frequencies,
                                            DonorDirectory.Found donor);
    }

    private final MandateService mandates;
    private final MandateResource api;
    private final OpenFunds openFunds;
    private final Validator validator;
    private final SecurityIdentity identity;
    private final DonorDirectory donors;

    public MandatePages(MandateService mandates, MandateResource api, OpenFunds openFunds, Validator validator,
                        SecurityIdentity identity, DonorDirectory donors) {
        this.mandates = mandates;
        this.api = api;
        this.openFunds = openFunds;
        this.validator = validator;
        this.identity = identity;
        this.donors = donors;
    }

    /** The mandates, of every donor or of the donor chosen by search ({@code donorId}, a choice, never typed). */
    @GET
    @RolesAllowed({Roles.FUNDRAISER, Roles.FINANCE, Roles.ADMIN})
    public TemplateInstance list(@QueryParam("status") String status, @QueryParam("donorId") String donorId,
                                 @QueryParam("donorSearch") String donorSearch,
                                 @QueryParam("page") @DefaultValue("0") int page) {
        MandateStatus chosen = Arrays.stream(MandateStatus.values()).filter(s -> s.name().equals(status)).findFirst()
                .orElse(null);
        String donor = DonorDirectory.isDonorId(donorId) ? donorId : null;
        Page<MandateResponse> shown = api.list(donor, chosen, Math.max(page, 0), 50);
        return Templates.list(shown, chosen == null ? "" : chosen.name(), donor == null ? "" : donor,
                Arrays.stream(MandateStatus.values()).map(Enum::name).toList(),
                donors.names(shown.items().stream().map(MandateResponse::donorId).toList(), identity),
                donors.chosen(donor, identity), donorSearch == null ? "" : donorSearch.strip());
    }

    @GET
    @Path("new")
    @RolesAllowed({Roles.FUNDRAISER, Roles.FINANCE})
    public TemplateInstance newMandate(@QueryParam("donorId") String donorId) {
        Map<String, String> defaults = new LinkedHashMap<>();
        defaults.put("donorId", donorId == null ? "" : donorId);
        defaults.put("signatureDate", LocalDate.now(GiftService.AMSTERDAM).toString());
        defaults.put("frequency", Frequency.MONTHLY.name());
        defaults.put("fundCode", "ALG");
        return form(FormInput.of(defaults));
    }

    @POST
    @RolesAllowed({Roles.FUNDRAISER, Roles.FINANCE})
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response sign(MultivaluedMap<String, String> posted) {
        FormInput form = FormInput.of(posted);
        DonorChoice.chosen(form, "donorId");
        MandateRequest r = form.validated(validator, new MandateRequest(form.get("donorId"), form.get("reference"),
                form.date("signatureDate", true), form.get("debtorName"), form.get("debtorIban"),
                form.text("debtorBic"), form.decimal("amount"),
                form.choice("frequency", Frequency.class, Texts.of(Msg.class).mandateFormChooseFrequency()), form.date("firstCollectionDate", true),
                form.date("endDate", false), form.text("fundCode"), null, null, null));
        return form.submit(() -> "/mandates/" + mandates.sign(new NewMandate(
                        r.donorId().toLowerCase(), r.reference(), r.signatureDate(), r.debtorName(), r.debtorIban(),
                        r.debtorBic(), r.amount(), r.frequency(), r.firstCollectionDate(), r.endDate(), r.fundCode(),
                        null), user()).id,
                "reference", () -> form(form));
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.FUNDRAISER, Roles.FINANCE, Roles.ADMIN})
    public TemplateInstance mandate(@PathParam("id") String id) {
        return page(id, FormInput.of(Map.of()));
    }

    @POST
    @Path("{id}/cancellation")
    @RolesAllowed({Roles.FUNDRAISER, Roles.FINANCE})
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response cancel(@PathParam("id") String id, MultivaluedMap<String, String> posted) {
        FormInput form = FormInput.of(posted);
        form.validated(validator, new MandateResource.CancellationRequest(form.text("reason")));
        return form.submit(() -> "/mandates/" + mandates.cancel(id, form.get("reason"), user()).id, "reason",
                () -> page(id, form));
    }

    private TemplateInstance page(String id, FormInput cancellation) {
        MandateResponse mandate = api.get(id);
        // the donor by name as donor-service shows it to this person
        DonorShown donor = donors.shown(mandate.donorId(), identity);
        return Templates.mandate(mandate, api.collections(id), cancellation, donor);
    }

    /** The form; the donor chosen before (a form shown again, or one opened from a donor's page) stays chosen. */
    private TemplateInstance form(FormInput form) {
        return Templates.form(form, openFunds.list(), Arrays.stream(Frequency.values()).map(Enum::name).toList(),
                donors.chosen(form.get("donorId"), identity));
    }

    private String user() {
        return identity.getPrincipal().getName();
    }
}
