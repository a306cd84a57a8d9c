package org.donorcrm.gift.gift;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.donorcrm.gift.Msg;
import org.donorcrm.gift.donorlookup.DonorDirectory;
import org.donorcrm.platform.donors.DonorShown;
import org.donorcrm.gift.donorlookup.EntryMsg;
import org.donorcrm.gift.replica.CampaignReplica;
import org.donorcrm.gift.replica.OpenCampaigns;
import org.donorcrm.gift.replica.FundReplica;
import org.donorcrm.gift.replica.OpenFunds;
import org.donorcrm.platform.http.RuleViolation;
import org.donorcrm.platform.i18n.Texts;
import org.donorcrm.platform.security.Roles;
import org.donorcrm.platform.web.FormInput;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The fundraisers' and finance's screens for gifts: the latest gifts, a donor's gifts, a gift with its
 * history, and gift entry with the split over funds. Server-rendered; the same service methods as the API.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.FUNDRAISER, Roles.FINANCE, Roles.DIRECTOR, Roles.ADMIN})
public class GiftPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(String heading, List<Gift> gifts, long total, int page, boolean hasMore,
                                            String donorId, Map<String, DonorShown> names);

        static native TemplateInstance gift(Gift gift, List<GiftHistoryEntry> history, DonorShown donor,
                                            String campaignCode);

        static native TemplateInstance entry(GiftForm form, Map<String, String> errors, List<FundReplica> funds,
                                             List<String> channels, DonorDirectory.Found donor,
                                             List<CampaignReplica> campaigns);
    }

    private final GiftService gifts;
    private final GiftRepository repository;
    private final OpenFunds openFunds;
    private final Validator validator;
    private final SecurityIdentity identity;
    private final DonorDirectory donors;
    private final OpenCampaigns openCampaigns;

    public GiftPages(GiftService gifts, GiftRepository repository, OpenFunds openFunds, Validator validator,
                     SecurityIdentity identity, DonorDirectory donors, OpenCampaigns openCampaigns) {
        this.gifts = gifts;
        this.repository = repository;
        this.openFunds = openFunds;
        this.validator = validator;
        this.identity = identity;
        this.donors = donors;
        this.openCampaigns = openCampaigns;
    }

    @GET
    public TemplateInstance latest(@QueryParam("page") @DefaultValue("0") int page) {
        int size = 50;
        var found = repository.find("order by recordedAt desc, id");
        int p = Math.max(page, 0);
        long total = found.count();
        List<Gift> shown = found.page(p, size).list();
        return Templates.list(Texts.of(Msg.class).giftsLatest(), shown, total, p, (long) (p + 1) * size < total,
                null, names(shown));
    }

    @GET
    @Path("donors/{donorId}/gifts")
    public TemplateInstance ofDonor(@PathParam("donorId") String donorId,
                                    @QueryParam("page") @DefaultValue("0") int page) {
        int size = 50;
        var found = repository.find("donorId = ?1 order by incomeDate desc, recordedAt desc", donorId);
        int p = Math.max(page, 0);
        long total = found.count();
        List<Gift> shown = found.page(p, size).list();
        Map<String, DonorShown> names = donors.names(List.of(donorId), identity);
        Msg msg = Texts.of(Msg.class);
        DonorShown theDonor = names.get(donorId);
        String donor = theDonor == null ? msg.giftTheDonor() : theDonor.label();
        return Templates.list(msg.giftsOfDonor(donor), shown, total, p, (long) (p + 1) * size < total, donorId,
                names);
    }

    @GET
    @Path("gifts/{id}")
    public TemplateInstance gift(@PathParam("id") String id) {
        Gift gift = gifts.find(id).orElseThrow(() -> new NotFoundException("no gift " + id));
        // the donor as donor-service shows it to this person: by name, or by number and kind (a director)
        DonorShown donor = donors.shown(gift.donorId, identity);
        String campaignCode = gift.campaignId == null ? null : openCampaigns.code(gift.campaignId);
        return Templates.gift(gift, gifts.history(id), donor, campaignCode);
    }

    @GET
    @Path("gifts/new")
    @RolesAllowed({Roles.FUNDRAISER, Roles.FINANCE})
    public TemplateInstance newGift(@QueryParam("donorId") String donorId) {
        return entry(GiftForm.empty(donorId, LocalDate.now(GiftService.AMSTERDAM).toString()), Map.of());
    }

    @POST
    @Path("gifts")
    @RolesAllowed({Roles.FUNDRAISER, Roles.FINANCE})
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response record(MultivaluedMap<String, String> formData) {
        GiftForm form = GiftForm.of(formData);
        Map<String, String> errors = new LinkedHashMap<>();
        RecordGift command = command(form, errors);
        if (errors.isEmpty()) {
            try {
                Gift gift = gifts.record(command, identity.getPrincipal().getName());
                return Response.seeOther(URI.create("/gifts/" + gift.id)).build();
            } catch (RuleViolation e) {
                // each reason at its field, in the request's language
                e.fields().forEach(f -> errors.putIfAbsent(FormInput.field(f.pointer()), Texts.reason(f)));
            }
        }
        return Response.status(422).entity(entry(form, errors)).build();
    }

    private TemplateInstance entry(GiftForm form, Map<String, String> errors) {
        List<FundReplica> funds = openFunds.list();
        List<String> channels = java.util.Arrays.stream(Channel.values()).map(Enum::name).toList();
        // the donor chosen before (a form shown again, or a gift entered from a donor's page) stays chosen
        DonorDirectory.Found donor = donors.chosen(form.donorId(), identity);
        return Templates.entry(form, errors, funds, channels, donor, openCampaigns.list());
    }

    /** The form as a command, or the reasons it is not one, by form field name. */
    private RecordGift command(GiftForm form, Map<String, String> errors) {
        if (!DonorDirectory.isDonorId(form.donorId())) {
            errors.put("donorId", Texts.of(EntryMsg.class).donorNotChosen());
        }
        BigDecimal amount = FormInput.decimal(form.amount(), "amount", errors);
        LocalDate incomeDate = FormInput.date(form.incomeDate(), "incomeDate", errors, true);
        LocalDate receivedDate = FormInput.date(form.receivedDate(), "receivedDate", errors, false);
        Channel channel = null;
        try {
            channel = Channel.valueOf(form.channel());
        } catch (IllegalArgumentException e) {
            errors.put("channel", Texts.of(Msg.class).giftEntryChooseChannel());
        }
        List<RecordGift.Line> lines = new ArrayList<>();
        for (int i = 0; i < form.rows().size(); i++) {
            GiftForm.Row row = form.rows().get(i);
            if (row.amount().isEmpty()) {
                continue;
            }
            BigDecimal part = FormInput.decimal(row.amount(), "allocation" + i, errors);
            lines.add(new RecordGift.Line(null, row.fundCode().isEmpty() ? null : row.fundCode(), part));
        }
        if (lines.isEmpty() && amount != null) {
            lines.add(new RecordGift.Line(null, form.rows().get(0).fundCode().isEmpty() ? null
                    : form.rows().get(0).fundCode(), amount));
        }
        var request = new RecordGiftRequest(form.donorId(), amount, "EUR", incomeDate, receivedDate, channel,
                FormInput.blankToNull(form.campaignId()), null, FormInput.blankToNull(form.description()), null, null);
        Set<ConstraintViolation<RecordGiftRequest>> violations = validator.validate(request);
        for (ConstraintViolation<?> v : violations) {
            errors.putIfAbsent(v.getPropertyPath().toString(), v.getMessage());
        }
        if (!errors.isEmpty()) {
            return null;
        }
        return new RecordGift(form.donorId().toLowerCase(), amount, "EUR", incomeDate, receivedDate, channel,
                FormInput.blankToNull(form.campaignId()), null, FormInput.blankToNull(form.description()), lines);
    }

    /** The names of the donors of these gifts, as donor-service shows them to this person (none for a director). */
    private Map<String, DonorShown> names(List<Gift> shown) {
        return donors.names(shown.stream().map(g -> g.donorId).toList(), identity);
    }

}
