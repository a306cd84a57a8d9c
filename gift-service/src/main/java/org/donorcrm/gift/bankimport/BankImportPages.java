package org.donorcrm.gift.bankimport;

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
import org.donorcrm.gift.donorlookup.DonorDirectory;
import org.donorcrm.platform.donors.DonorShown;
import org.donorcrm.gift.donorlookup.DonorServiceClient;
import org.donorcrm.gift.gift.RecordGift;
import org.donorcrm.gift.replica.CampaignReplica;
import org.donorcrm.gift.replica.FundReplica;
import org.donorcrm.gift.replica.OpenCampaigns;
import org.donorcrm.gift.replica.OpenFunds;
import org.donorcrm.platform.i18n.Languages;
import org.donorcrm.platform.i18n.Texts;
import org.donorcrm.platform.jobs.JobAlreadyRunning;
import org.donorcrm.platform.jobs.JobView;
import org.donorcrm.platform.security.Roles;
import org.donorcrm.platform.web.FormInput;
import org.donorcrm.platform.web.Page;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import java.math.BigDecimal;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Finance's bank import: upload a CAMT.053 statement or an online-donation export (CSV, with a column mapping),
 * which is imported in the background ({@link BankImportJob}: the upload answers at once with the job's page, and
 * the list shows the imports still running), see per statement its balances and whether they reconcile, the count
 * and total per status and why each line was matched or not, and work the review queue (assign a credit to a donor,
 * chosen by name with the gift entry's donor search, and funds, or mark it not a gift). Donors are shown by the name
 * donor-service gives the signed-in person, never by id. Writes through {@link BankImportService}; reads through
 * {@link BankStatementResource}'s read methods, so the reconciliation shown is the API's.
 */
@Path("/bank")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.FINANCE)
public class BankImportPages {

    static final int ALLOCATION_ROWS = 3;
    private static final Set<EntryStatus> CREDIT_STATUSES = Set.of(EntryStatus.MATCHED, EntryStatus.COLLECTION,
            EntryStatus.REVIEW, EntryStatus.ASSIGNED, EntryStatus.IGNORED, EntryStatus.RETURN_IN, EntryStatus.TO_MATCH);

    /** Count and total of one status of a statement's lines, on the credit or the debit side. */
    public record StatusLine(String status, boolean credit, long count, BigDecimal total) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance statements(Page<StatementResponse> statements, long inReview, FormInput form,
                                                  List<JobView> running, String me);

        static native TemplateInstance statement(StatementResponse statement, List<StatusLine> byStatus,
                                                 BigDecimal creditsByStatus, BigDecimal debitsByStatus,
                                                 Page<StatementResponse.Entry> entries, String status,
                                                 List<String> statuses, Map<String, DonorShown> names,
                                                 JobView booking);

        static native TemplateInstance queue(Page<StatementResponse.Entry> entries, Map<String, DonorShown> names,
                                             ReviewSuggestions.Review review, Outcome outcome);

        static native TemplateInstance entry(StatementResponse.Entry entry, FormInput form, List<FundReplica> funds,
                                             List<Integer> rows, DonorDirectory.Found donor,
                                             List<CampaignReplica> campaigns, Map<String, DonorShown> names,
                                             ReviewSuggestions.Review review, Outcome outcome);
    }

    /**
     * What the last action on the queue did, from the address it sent the browser to: how many credits an
     * assignment (or a new search) booked and their total, or that a new search found nobody or could not ask.
     */
    public record Outcome(int booked, BigDecimal total, String search) {

        static Outcome of(String booked, String sum, String search) {
            int count = booked != null && booked.matches("[1-9][0-9]{0,5}") ? Integer.parseInt(booked) : 0;
            BigDecimal total = sum != null && sum.matches("[0-9]{1,13}\\.[0-9]{2}") ? new BigDecimal(sum) : null;
            String said = "none".equals(search) || "unavailable".equals(search) ? search : null;
            return count > 0 && total != null ? new Outcome(count, total, said) : new Outcome(0, null, said);
        }

        /** The address that shows this outcome on {@code path}. */
        static String on(String path, int booked, BigDecimal total) {
            return path + "?booked=" + booked + "&sum=" + total.setScale(2).toPlainString();
        }
    }

    private final BankImportService imports;
    private final BankImportJob importJob;
    private final BankStatementResource api;
    private final OpenFunds openFunds;
    private final OpenCampaigns openCampaigns;
    private final DonorDirectory donors;
    private final ReviewSuggestions suggestions;
    private final Validator validator;
    private final SecurityIdentity identity;

    public BankImportPages(BankImportService imports, BankImportJob importJob, BankStatementResource api,
                           OpenFunds openFunds, OpenCampaigns openCampaigns, DonorDirectory donors,
                           ReviewSuggestions suggestions, Validator validator, SecurityIdentity identity) {
        this.imports = imports;
        this.importJob = importJob;
        this.api = api;
        this.openFunds = openFunds;
        this.openCampaigns = openCampaigns;
        this.donors = donors;
        this.suggestions = suggestions;
        this.validator = validator;
        this.identity = identity;
    }

    @GET
    public TemplateInstance statements(@QueryParam("page") @DefaultValue("0") int page) {
        return statements(page, FormInput.of(Map.of("source", "mollie", "delimiter", ";")));
    }

    /** A CAMT.053 statement: stored and imported in the background; the browser goes to the job's page. */
    @POST
    @Path("statements")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response uploadCamt(@RestForm("file") FileUpload file) {
        FormInput form = FormInput.of(Map.of());
        if (isEmpty(file)) {
            form.reject("file", Texts.of(Msg.class).bankChooseCamt());
            return Response.status(422).entity(statements(0, form)).build();
        }
        return started(file, BankUpload.Format.CAMT053, null, form, "file");
    }

    /** An online-donation export; the form names the columns as the API's query parameters do. */
    @POST
    @Path("statements/csv")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response uploadCsv(@RestForm("file") FileUpload file, @RestForm String source, @RestForm String date,
                              @RestForm String amount, @RestForm String reference, @RestForm String donorId,
                              @RestForm String iban, @RestForm String name, @RestForm String description,
                              @RestForm String dateFormat, @RestForm String delimiter) {
        Map<String, String> typed = new LinkedHashMap<>();
        String[] names = {"source", "date", "amount", "reference", "donorId", "iban", "name", "description",
                "dateFormat", "delimiter"};
        String[] values = {source, date, amount, reference, donorId, iban, name, description, dateFormat, delimiter};
        for (int i = 0; i < names.length; i++) {
            typed.put(names[i], values[i] == null ? "" : values[i].strip());
        }
        FormInput form = FormInput.of(typed);
        if (!form.get("source").matches("[a-z0-9-]{1,40}")) {
            form.reject("source", Texts.of(Msg.class).bankSourceInvalid());
        }
        for (String required : List.of("date", "amount", "reference")) {
            if (form.get(required).isEmpty()) {
                form.reject(required, Texts.of(Msg.class).bankColumnNeeded(required));
            }
        }
        if (isEmpty(file)) {
            form.reject("csvFile", Texts.of(Msg.class).bankChooseCsv());
        }
        if (form.hasErrors()) {
            return Response.status(422).entity(statements(0, form)).build();
        }
        String separator = form.get("delimiter");
        CsvMapping mapping = new CsvMapping(form.get("source"), "csv:" + form.get("source"), form.get("date"),
                form.get("amount"), form.get("reference"), form.text("donorId"), form.text("iban"), form.text("name"),
                form.text("description"), form.text("dateFormat"),
                separator.isEmpty() ? null : "tab".equals(separator) ? '\t' : separator.charAt(0));
        return started(file, BankUpload.Format.CSV, mapping, form, "csvFile");
    }

    /**
     * Starts the import job of an uploaded file and sends the browser to its page; the same file while its import
     * runs is refused (409) with the upload form and the reason at the file's field.
     */
    private Response started(FileUpload file, BankUpload.Format format, CsvMapping mapping, FormInput form,
                             String field) {
        try {
            String jobId = importJob.start(file.uploadedFile(), file.fileName(), format, mapping, user(),
                    Languages.code(Languages.current())).id;
            return Response.seeOther(URI.create("/jobs/" + jobId)).build();
        } catch (JobAlreadyRunning e) {
            form.reject(field, Texts.of(ImportMsg.class).importAlreadyRunning());
            return Response.status(409).entity(statements(0, form)).build();
        }
    }

    @GET
    @Path("statements/{id}")
    public TemplateInstance statement(@PathParam("id") String id, @QueryParam("status") String status,
                                      @QueryParam("page") @DefaultValue("0") int page) {
        StatementResponse statement = api.statement(id);
        EntryStatus chosen = Arrays.stream(EntryStatus.values()).filter(s -> s.name().equals(status)).findFirst()
                .orElse(null);
        List<StatusLine> lines = new ArrayList<>();
        BigDecimal credits = new BigDecimal("0.00");
        BigDecimal debits = new BigDecimal("0.00");
        for (EntryStatus s : EntryStatus.values()) {
            StatementResponse.Sum sum = statement.byStatus().get(s.name());
            boolean credit = CREDIT_STATUSES.contains(s);
            lines.add(new StatusLine(s.name(), credit, sum.count(), sum.total()));
            if (credit) {
                credits = credits.add(sum.total());
            } else {
                debits = debits.add(sum.total());
            }
        }
        Page<StatementResponse.Entry> entries = api.statementEntries(id, chosen, Math.max(page, 0), 100);
        return Templates.statement(statement, lines, credits, debits, entries, chosen == null ? "" : chosen.name(),
                Arrays.stream(EntryStatus.values()).map(Enum::name).toList(), names(entries.items()),
                importJob.booking(id).map(JobView::of).orElse(null));
    }

    /**
     * The credits waiting in review, each with the donors suggested for it (one click assigns one, and books the
     * other waiting credits of the account with it) and a link to register a new donor from it.
     */
    @GET
    @Path("queue")
    public TemplateInstance queue(@QueryParam("page") @DefaultValue("0") int page,
                                  @QueryParam("booked") String booked, @QueryParam("sum") String sum) {
        Page<StatementResponse.Entry> entries = api.queue(EntryStatus.REVIEW, Math.max(page, 0), 50);
        ReviewSuggestions.Review review = suggestions.of(entries.items(), identity);
        return Templates.queue(entries, names(entries.items(), review), review, Outcome.of(booked, sum, null));
    }

    @GET
    @Path("entries/{id}")
    public TemplateInstance entry(@PathParam("id") String id, @QueryParam("booked") String booked,
                                  @QueryParam("sum") String sum, @QueryParam("search") String search) {
        return entry(id, FormInput.of(Map.of("rememberAccount", "true", "sameAccount", "true")),
                Outcome.of(booked, sum, search));
    }

    /**
     * Matches a credit in review again by donor-service's records, with the other waiting credits of its account:
     * after a donor was registered with its account ("Nieuwe gever van deze bijschrijving").
     */
    @POST
    @Path("entries/{id}/rematch")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response rematch(@PathParam("id") String id, MultivaluedMap<String, String> posted) {
        FormInput form = FormInput.of(posted);
        return form.submit(() -> {
            BankImportService.Rematched done = imports.rematch(id, user());
            String page = "/bank/entries/" + id;
            return !done.asked() ? page + "?search=unavailable"
                    : done.count() == 0 ? page + "?search=none" : Outcome.on(page, done.count(), done.total());
        }, "form", () -> entry(id, form, Outcome.of(null, null, null)));
    }

    /**
     * Finance assigns a credit in the review queue to a donor, chosen by name with the donor search (and funds, and
     * a campaign from the list) or among the suggested donors with one click: it becomes a gift; with
     * {@code sameAccount} the other credits of its account waiting in review are booked to the donor too. The page it
     * came from (the queue, or the line's page) says how many credits were booked.
     */
    @POST
    @Path("entries/{id}/assignment")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response assign(@PathParam("id") String id, MultivaluedMap<String, String> posted) {
        FormInput form = FormInput.of(posted);
        ImportMsg texts = Texts.of(ImportMsg.class);
        if (form.get("donorId").isEmpty()) {
            form.reject("donorId", texts.assignChooseDonor());
        }
        BigDecimal entryAmount = api.entry(id).amount();
        List<Integer> fundRows = IntStream.range(0, ALLOCATION_ROWS)
                .filter(i -> !form.get("fundCode" + i).isEmpty()).boxed().toList();
        List<BankStatementResource.AssignmentRequest.Allocation> allocations = new ArrayList<>();
        for (int i : fundRows) {
            // one fund without an amount takes the whole credit
            BigDecimal part = form.get("allocation" + i).isEmpty() && fundRows.size() == 1 ? entryAmount
                    : form.decimal("allocation" + i);
            allocations.add(new BankStatementResource.AssignmentRequest.Allocation(null, form.get("fundCode" + i),
                    part));
        }
        var request = new BankStatementResource.AssignmentRequest(form.get("donorId"),
                allocations.isEmpty() ? null : allocations, form.text("campaignId"), form.checked("rememberAccount"));
        validator.validate(request).forEach(v -> form.reject(allocationField(v.getPropertyPath().toString(),
                fundRows), v.getMessage()));
        List<RecordGift.Line> lines = allocations.isEmpty() ? null : allocations.stream()
                .map(a -> new RecordGift.Line(null, a.fundCode(), a.amount())).toList();
        String back = "queue".equals(form.get("from")) ? "/bank/queue" : "/bank/entries/" + id;
        // a donor donor-service found but this service's replica does not know (yet) is refused without its id
        return form.submit(() -> {
            BankImportService.Booked booked = imports.assign(id, form.get("donorId").toLowerCase(), lines,
                    form.lowerCase("campaignId"), form.checked("rememberAccount"), form.checked("sameAccount"),
                    user());
            return Outcome.on(back, booked.count(), booked.total());
        }, "form", () -> entry(id, form, Outcome.of(null, null, null)));
    }

    /** Finance marks a credit in the queue (or an unmatched return) as not a gift. */
    @POST
    @Path("entries/{id}/ignore")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response ignore(@PathParam("id") String id, MultivaluedMap<String, String> posted) {
        FormInput form = FormInput.of(posted);
        form.validated(validator, new BankStatementResource.IgnoreRequest(form.text("reason")));
        return form.submit(() -> {
            imports.ignore(id, form.get("reason"), user());
            return "/bank/queue";
        }, "form", () -> entry(id, form, Outcome.of(null, null, null)));
    }

    private TemplateInstance statements(int page, FormInput form) {
        return Templates.statements(api.statements(Math.max(page, 0), 50), api.queue(EntryStatus.REVIEW, 0, 1).total(),
                form, importJob.running().stream().map(JobView::of).toList(), user());
    }

    private TemplateInstance entry(String id, FormInput form, Outcome outcome) {
        StatementResponse.Entry entry = api.entry(id);
        // the donor chosen before (a form shown again), else the one the matching found, stays chosen
        String chosen = !form.get("donorId").isEmpty() ? form.get("donorId") : entry.donorId();
        DonorDirectory.Found donor = chosen == null ? new DonorDirectory.Found(List.of(), 0, false)
                : new DonorDirectory.Found(List.of(donors.find(chosen, identity).orElse(
                        new DonorServiceClient.DonorCard(chosen, null, null, null, null, null))), 1, false);
        ReviewSuggestions.Review review = suggestions.of(List.of(entry), identity);
        return Templates.entry(entry, form, openFunds.list(), IntStream.range(0, ALLOCATION_ROWS).boxed().toList(),
                donor, openCampaigns.list(), names(List.of(entry), review), review, outcome);
    }

    /**
     * The names of the entries' donors as donor-service shows them to this person (none for a role without), with
     * those of the donors suggested by name, as the search gave them.
     */
    private Map<String, DonorShown> names(List<StatementResponse.Entry> entries, ReviewSuggestions.Review review) {
        Map<String, DonorShown> names = new java.util.HashMap<>(review.names());
        names.putAll(names(entries));
        return names;
    }

    /** The names of the entries' donors as donor-service shows them to this person (none for a role without). */
    private Map<String, DonorShown> names(List<StatementResponse.Entry> entries) {
        // the donor of each line and the donors suggested for it (the holders of a joint account)
        return donors.names(entries.stream().flatMap(e -> java.util.stream.Stream.concat(
                        java.util.stream.Stream.ofNullable(e.donorId()), e.suggestedDonorIds().stream()))
                .distinct().toList(), identity);
    }

    /** "allocations[1].amount" → "allocation" of the second fund row given. */
    private static String allocationField(String path, List<Integer> fundRows) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("allocations\\[(\\d+)]\\.(\\w+)").matcher(path);
        if (!m.matches()) {
            return path;
        }
        int row = fundRows.get(Integer.parseInt(m.group(1)));
        return ("amount".equals(m.group(2)) ? "allocation" : m.group(2)) + row;
    }

    private static boolean isEmpty(FileUpload file) {
        return file == null || file.uploadedFile() == null || file.size() == 0;
    }

    private String user() {
        return identity.getPrincipal().getName();
    }
}
