package org.donorcrm.gift.batch;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.donorcrm.gift.Msg;
import org.donorcrm.gift.donorlookup.DonorDirectory;
import org.donorcrm.platform.donors.DonorShown;
import org.donorcrm.gift.donorlookup.EntryMsg;
import org.donorcrm.gift.gift.Channel;
import org.donorcrm.gift.gift.Gift;
import org.donorcrm.gift.gift.GiftService;
import org.donorcrm.gift.gift.RecordGift;
import org.donorcrm.gift.replica.CampaignReplica;
import org.donorcrm.gift.replica.FundReplica;
import org.donorcrm.gift.replica.OpenCampaigns;
import org.donorcrm.gift.replica.OpenFunds;
import org.donorcrm.platform.http.IdempotencyConflict;
import org.donorcrm.platform.http.Problem;
import org.donorcrm.platform.http.RuleViolation;
import org.donorcrm.platform.i18n.Texts;
import org.donorcrm.platform.idempotency.Idempotency;
import org.donorcrm.platform.idempotency.IdempotentCreate;
import org.donorcrm.platform.idempotency.RepeatableWrite;
import org.donorcrm.platform.security.Roles;
import org.donorcrm.platform.web.FormInput;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Batch entry: the gifts of a batch one per line, each line's donor chosen by search as on the gift form (never a
 * typed id), its campaign and fund from the lists; check the count and total the lines add up to against the
 * control count and total counted on paper, and post it — every gift or none, through {@link BatchService#post},
 * the API's method. The form carries a key made when it was opened (its Idempotency-Key), so posting the same form
 * twice (a double click, a reload) posts one batch.
 */
@Path("/batches")
@Produces(MediaType.TEXT_HTML)
public class BatchPages {

    private static final Pattern GIFT_POINTER = Pattern.compile("#/gifts/(\\d+)(?:/(.*))?");

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<GiftBatch> batches);

        static native TemplateInstance form(FormInput form, BatchLines lines, List<DonorDirectory.Found> donors,
                                            List<FundReplica> funds, List<CampaignReplica> campaigns,
                                            List<String> channels, boolean checked);

        static native TemplateInstance batch(GiftBatch batch, List<Gift> gifts, BigDecimal total,
                                             Map<String, DonorShown> names);
    }

    private final BatchService batches;
    private final DonorDirectory donors;
    private final Idempotency idempotency;
    private final IdempotentCreate creates;
    private final OpenFunds openFunds;
    private final OpenCampaigns openCampaigns;
    private final Validator validator;
    private final SecurityIdentity identity;

    public BatchPages(BatchService batches, Idempotency idempotency, IdempotentCreate creates, OpenFunds openFunds,
                      OpenCampaigns openCampaigns, Validator validator, SecurityIdentity identity,
                      DonorDirectory donors) {
        this.donors = donors;
        this.batches = batches;
        this.idempotency = idempotency;
        this.creates = creates;
        this.openFunds = openFunds;
        this.openCampaigns = openCampaigns;
        this.validator = validator;
        this.identity = identity;
    }

    @GET
    @RolesAllowed({Roles.FUNDRAISER, Roles.FINANCE, Roles.ADMIN})
    public TemplateInstance list() {
        return Templates.list(batches.latest(50));
    }

    @GET
    @Path("new")
    @RolesAllowed({Roles.FUNDRAISER, Roles.FINANCE})
    public TemplateInstance newBatch() {
        FormInput form = FormInput.of(Map.of("incomeDate", LocalDate.now(GiftService.AMSTERDAM).toString(),
                "channel", Channel.BANK_TRANSFER.name(), "fundCode", "ALG", "batchKey", UUID.randomUUID().toString()));
        return form(form, BatchLines.empty(), false);
    }

    /** Shows what the lines add up to and what is wrong with them; stores nothing. */
    @POST
    @Path("check")
    @RolesAllowed({Roles.FUNDRAISER, Roles.FINANCE})
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response check(MultivaluedMap<String, String> posted) {
        FormInput form = FormInput.of(posted);
        BatchLines lines = BatchLines.read(form, 0);
        commands(form, lines);
        return Response.status(form.hasErrors() ? 422 : 200).entity(form(form, lines, true)).build();
    }

    /** The form as entered, with more empty lines; checks and stores nothing. */
    @POST
    @Path("lines")
    @RolesAllowed({Roles.FUNDRAISER, Roles.FINANCE})
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public TemplateInstance moreLines(MultivaluedMap<String, String> posted) {
        FormInput form = FormInput.of(posted);
        return form(form, BatchLines.read(form, BatchLines.MORE), false);
    }

    @POST
    @RolesAllowed({Roles.FUNDRAISER, Roles.FINANCE})
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response post(MultivaluedMap<String, String> posted) {
        FormInput form = FormInput.of(posted);
        BatchLines lines = BatchLines.read(form, 0);
        List<RecordGift> commands = commands(form, lines);
        Msg msg = Texts.of(Msg.class);
        Integer controlCount = form.whole("controlCount");
        BigDecimal controlTotal = form.decimal("controlTotal");
        if (controlCount == null) {
            form.reject("controlCount", msg.batchFormControlCountNeeded());
        }
        if (controlTotal == null) {
            form.reject("controlTotal", msg.batchFormControlTotalNeeded());
        }
        if (lines.getCount() == 0) {
            form.reject("lines", Texts.of(EntryMsg.class).batchLinesNeeded());
        }
        if (form.hasErrors()) {
            return Response.status(422).entity(form(form, lines, true)).build();
        }
        // what the form posts, so that the same key with other lines is recognised as another batch
        RepeatableWrite write = creates.write(BatchService.POST, form.text("batchKey"),
                List.of(form.get("controlCount"), form.get("controlTotal"), form.get("incomeDate"),
                        form.get("channel"), form.get("fundCode"), lines.posted()));
        try {
            String id = idempotency.previous(write).orElseGet(() -> batches.post(controlCount, controlTotal, commands,
                    identity.getPrincipal().getName(), write).id);
            return Response.seeOther(URI.create("/batches/" + id)).build();
        } catch (RuleViolation e) {
            // the service's reasons at the line they are about, in the request's language
            for (Problem.FieldError refused : e.fields()) {
                Matcher gift = GIFT_POINTER.matcher(refused.pointer());
                if (gift.matches()) {
                    String rest = gift.group(2) == null ? "" : gift.group(2);
                    String field = rest.substring(rest.lastIndexOf('/') + 1);
                    lines.refused(form, Integer.parseInt(gift.group(1)), field, Texts.reason(refused));
                } else {
                    form.reject(FormInput.field(refused.pointer()), Texts.reason(refused));
                }
            }
        } catch (IdempotencyConflict e) {
            form.reject("form", msg.batchFormPostedBefore());
        }
        return Response.status(422).entity(form(form, lines, true)).build();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.FUNDRAISER, Roles.FINANCE, Roles.ADMIN})
    public TemplateInstance batch(@PathParam("id") String id) {
        GiftBatch batch = batches.find(id).orElseThrow(() -> new NotFoundException("no batch " + id));
        List<Gift> list = batches.gifts(id);
        return Templates.batch(batch, list, list.stream().map(g -> g.amount).reduce(new BigDecimal("0.00"),
                BigDecimal::add), donors.names(list.stream().map(g -> g.donorId).toList(), identity));
    }

    private List<RecordGift> commands(FormInput form, BatchLines lines) {
        LocalDate incomeDate = form.date("incomeDate", true);
        Channel channel = form.choice("channel", Channel.class, Texts.of(Msg.class).giftEntryChooseChannel());
        return lines.commands(form, incomeDate, channel, form.text("fundCode"), validator);
    }

    /**
     * The form; each line's donor chosen before stays chosen, by name as donor-service shows it to this person (the
     * names of all lines in one call per 100 donors).
     */
    private TemplateInstance form(FormInput form, BatchLines lines, boolean checked) {
        Map<String, DonorShown> names = donors.names(lines.chosenDonors(), identity);
        List<DonorDirectory.Found> chosen = lines.getLines().stream()
                .map(line -> DonorDirectory.isDonorId(line.donorId())
                        ? DonorDirectory.Found.chosen(line.donorId(), nameOf(names.get(line.donorId())))
                        : DonorDirectory.Found.none())
                .toList();
        return Templates.form(form, lines, chosen, openFunds.list(), openCampaigns.list(),
                Arrays.stream(Channel.values()).map(Enum::name).toList(), checked);
    }

    private static String nameOf(DonorShown shown) {
        return shown == null ? null : shown.name();
    }
}
