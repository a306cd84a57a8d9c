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
import org.donorcrm.gift.gift.Channel;
import org.donorcrm.gift.gift.Gift;
import org.donorcrm.gift.gift.GiftService;
import org.donorcrm.gift.gift.RecordGift;
import org.donorcrm.gift.replica.FundReplica;
import org.donorcrm.gift.replica.OpenFunds;
import org.donorcrm.platform.http.IdempotencyConflict;
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
 * Batch entry: paste the rows of a batch from a spreadsheet, check the count and total they add up to against
 * the control count and total counted on paper, and post it — every gift or none, through
 * {@link BatchService#post}, the API's method. The form carries a key made when it was opened (its
 * Idempotency-Key), so posting the same form twice (a double click, a reload) posts one batch.
 */
@Path("/batches")
@Produces(MediaType.TEXT_HTML)
public class BatchPages {

    private static final Pattern GIFT_POINTER = Pattern.compile("#/gifts/(\\d+)(?:/(.*))?");

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<GiftBatch> batches);

        static native TemplateInstance form(FormInput form, BatchSheet sheet, List<FundReplica> funds,
                                            List<String> channels, boolean checked);

        static native TemplateInstance batch(GiftBatch batch, List<Gift> gifts, BigDecimal total,
                                             java.util.Map<String, String> names);
    }

    private final BatchService batches;
    private final DonorDirectory donors;
    private final Idempotency idempotency;
    private final IdempotentCreate creates;
    private final OpenFunds openFunds;
    private final Validator validator;
    private final SecurityIdentity identity;

    public BatchPages(BatchService batches, Idempotency idempotency, IdempotentCreate creates, OpenFunds openFunds,
                      Validator validator, SecurityIdentity identity, DonorDirectory donors) {
        this.donors = donors;
        this.batches = batches;
        this.idempotency = idempotency;
        this.creates = creates;
        this.openFunds = openFunds;
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
        return form(form, BatchSheet.read(""), false);
    }

    /** Shows what the rows add up to and what is wrong with them; stores nothing. */
    @POST
    @Path("check")
    @RolesAllowed({Roles.FUNDRAISER, Roles.FINANCE})
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response check(MultivaluedMap<String, String> posted) {
        FormInput form = FormInput.of(posted);
        BatchSheet sheet = BatchSheet.read(form.get("rows"));
        commands(form, sheet);
        return Response.status(form.hasErrors() || sheet.hasProblems() ? 422 : 200)
                .entity(form(form, sheet, true)).build();
    }

    @POST
    @RolesAllowed({Roles.FUNDRAISER, Roles.FINANCE})
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response post(MultivaluedMap<String, String> posted) {
        FormInput form = FormInput.of(posted);
        BatchSheet sheet = BatchSheet.read(form.get("rows"));
        List<RecordGift> commands = commands(form, sheet);
        Msg msg = Texts.of(Msg.class);
        Integer controlCount = form.whole("controlCount");
        BigDecimal controlTotal = form.decimal("controlTotal");
        if (controlCount == null) {
            form.reject("controlCount", msg.batchFormControlCountNeeded());
        }
        if (controlTotal == null) {
            form.reject("controlTotal", msg.batchFormControlTotalNeeded());
        }
        if (sheet.getCount() == 0) {
            form.reject("rows", msg.batchFormRowsNeeded());
        }
        if (form.hasErrors() || sheet.hasProblems()) {
            return Response.status(422).entity(form(form, sheet, true)).build();
        }
        // what the form posts, so that the same key with other rows is recognised as another batch
        RepeatableWrite write = creates.write(BatchService.POST, form.text("batchKey"),
                List.of(form.get("controlCount"), form.get("controlTotal"), form.get("incomeDate"),
                        form.get("channel"), form.get("fundCode"), form.get("rows")));
        try {
            String id = idempotency.previous(write).orElseGet(() -> batches.post(controlCount, controlTotal, commands,
                    identity.getPrincipal().getName(), write).id);
            return Response.seeOther(URI.create("/batches/" + id)).build();
        } catch (RuleViolation e) {
            Matcher row = GIFT_POINTER.matcher(e.pointer());
            if (row.matches()) {
                String field = row.group(2) == null ? "" : row.group(2).substring(row.group(2).lastIndexOf('/') + 1);
                sheet.problem(Integer.parseInt(row.group(1)),
                        (field.isEmpty() ? "" : msg.batchSheetField(field) + ": ") + e.getMessage());
            } else {
                form.reject(e);
            }
        } catch (IdempotencyConflict e) {
            form.reject("form", msg.batchFormPostedBefore());
        }
        return Response.status(422).entity(form(form, sheet, true)).build();
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

    private List<RecordGift> commands(FormInput form, BatchSheet sheet) {
        LocalDate incomeDate = form.date("incomeDate", false);
        Channel channel = form.choice("channel", Channel.class, Texts.of(Msg.class).giftEntryChooseChannel());
        return sheet.commands(incomeDate, channel, form.text("fundCode"), validator);
    }

    private TemplateInstance form(FormInput form, BatchSheet sheet, boolean checked) {
        return Templates.form(form, sheet, openFunds.list(), Arrays.stream(Channel.values()).map(Enum::name).toList(),
                checked);
    }
}
