package org.donorcrm.reporting.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.donorcrm.reporting.rest.CostCsv;
import org.donorcrm.reporting.service.AllocationQuery;
import org.donorcrm.reporting.service.FinanceInputModels;
import org.donorcrm.reporting.service.FinanceInputs;
import org.donorcrm.reporting.service.FinanceRuleViolation;
import org.donorcrm.reporting.service.InvalidInput;
import org.donorcrm.reporting.service.KeyFigures;
import org.donorcrm.reporting.service.MonthCloses;
import org.donorcrm.reporting.service.Period;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The screens behind the dashboard: the allocations behind a figure (donor names fetched from donor-service at
 * view time for the roles that may see them), LYBUNT and SYBUNT lists, campaign results, the reserve and budget
 * screens (director and finance; finance posts actual costs on the budget screen, one or a CSV file, through the
 * same rules and service as the costs API), the month closes (closing: finance), and every table as CSV and XLSX.
 */
@Path("/")
@RolesAllowed({"director", "finance", "fundraiser"})
public class ScreenPages {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    /** An export holds every row of its table, up to this many (the screen pages them). */
    static final int MAX_EXPORT_ROWS = 100_000;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance tables(String heading, List<Table> tables, String exportQuery,
                                              String note);

        static native TemplateInstance closes(int year, List<MonthCloses.CloseSummary> closes, String error);

        static native TemplateInstance close(MonthCloses.Close close, Table table, String exportQuery);

        static native TemplateInstance lapsed(String heading, ScreenTables.Paged list, String listName,
                                              String asOf, String exportQuery, String note);

        static native TemplateInstance budget(List<Table> tables, String exportQuery, int year,
                                              List<CostLineOption> costLines, boolean mayPostCosts, CostForm form,
                                              String posted, List<String> errors);
    }

    /** A cost line of the year's budget, as the cost form offers it. */
    public record CostLineOption(String code, String name) {
    }

    /** What was typed into the cost form, shown again when it is refused. */
    public record CostForm(String year, String month, String costLine, String amount) {
        public boolean monthIs(Integer m) {
            return String.valueOf(m).equals(month);
        }

        public boolean lineIs(String code) {
            return code != null && code.equals(costLine);
        }
    }

    /** Donors on one page of the LYBUNT and SYBUNT lists. */
    static final int LAPSED_PAGE_SIZE = 50;

    static final String COST_LINE = "[A-Z0-9-]{1,30}";
    static final String COST_LINE_MESSAGE = "must be 1-30 capitals, digits or dashes";

    private final ScreenTables tables;
    private final DonorNames names;
    private final MonthCloses closes;
    private final FinanceInputs inputs;
    private final CostCsv csv;
    private final Validator validator;
    private final SecurityIdentity identity;

    public ScreenPages(ScreenTables tables, DonorNames names, MonthCloses closes, FinanceInputs inputs, CostCsv csv,
                       Validator validator, SecurityIdentity identity) {
        this.tables = tables;
        this.names = names;
        this.closes = closes;
        this.inputs = inputs;
        this.csv = csv;
        this.validator = validator;
        this.identity = identity;
    }

    @GET
    @Path("figures/allocations")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance allocations(@Valid @BeanParam PagePeriod period, @Valid @BeanParam Drill drill) {
        Table ids = tables.allocations(drill.filter(period.period()), drill.page, drill.size, Map.of());
        List<String> donorIds = ids.rows().stream().map(r -> ((Table.Link) r.get(2)).text()).toList();
        Map<String, String> found = names.of(donorIds, identity);
        Table table = found.isEmpty() ? ids : tables.allocations(drill.filter(period.period()), drill.page,
                drill.size, found);
        return Templates.tables("Allocations behind the figure", List.of(table),
                period.query() + drill.query(), namesNote(table, 2));
    }

    @GET
    @Path("lists/{list:lybunt|sybunt}")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance lapsed(@PathParam("list") String list, @Valid @BeanParam PagePeriod period,
                                   @QueryParam("page") @DefaultValue("0") @Min(0) @Max(100_000) int page) {
        LocalDate date = period.asOfOrToday();
        boolean lybunt = list.equals("lybunt");
        ScreenTables.Paged rows = tables.lapsed(date, lybunt, page, LAPSED_PAGE_SIZE,
                ids -> names.of(ids, identity));
        return Templates.lapsed(lybunt ? "LYBUNT: gave last year, not yet this year"
                        : "SYBUNT: gave some year before last, not since", rows, list, date.toString(),
                "asOf=" + date, namesNote(rows.table(), 0));
    }

    /** Why a list of donors shows ids, when it does; null when it shows names. */
    private String namesNote(Table table, int donorColumn) {
        if (!names.maySee(identity)) {
            return "Donor names are personal data and are not shown for your role; the ids link to donor-service.";
        }
        boolean idsOnly = !table.rows().isEmpty() && table.rows().stream().allMatch(
                r -> r.get(donorColumn) instanceof Table.Link link && link.href().endsWith("/" + link.text()));
        return idsOnly ? "Donor names could not be fetched from donor-service just now; the ids link to the donors' "
                + "pages." : null;
    }

    @GET
    @Path("campaigns")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance campaigns(@Valid @BeanParam PagePeriod period) {
        return Templates.tables("Campaign results", List.of(tables.campaignResults(period.period())),
                period.query(), null);
    }

    @GET
    @Path("finance/reserve")
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed({"director", "finance"})
    public TemplateInstance reserve(@Valid @BeanParam PagePeriod period) {
        return Templates.tables("Continuity reserve", List.of(tables.reserve(period.period())), period.query(),
                null);
    }

    @GET
    @Path("finance/budget")
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed({"director", "finance"})
    public TemplateInstance budget(@Valid @BeanParam PagePeriod period,
                                   @QueryParam("postedLine") @Pattern(regexp = COST_LINE, message = COST_LINE_MESSAGE)
                                   String postedLine,
                                   @QueryParam("postedMonth") @Pattern(regexp = "[1-9]|1[0-2]",
                                           message = "must be a month from 1 to 12") String postedMonth,
                                   @QueryParam("postedRows") @Min(1) @Max(1_000_000) Integer postedRows) {
        int year = period.year();
        String posted = null;
        if (postedRows != null) {
            posted = "Posted " + postedRows + (postedRows == 1 ? " actual cost" : " actual costs")
                    + " from the CSV file.";
        } else if (postedLine != null && postedMonth != null) {
            int month = Integer.parseInt(postedMonth);
            posted = inputs.actualCosts(year).stream()
                    .filter(c -> c.month() == month && c.costLine().equals(postedLine)).findFirst()
                    .map(c -> "Posted the actual cost of " + c.costLine() + " for " + year + "-" + month + ": "
                            + Format.euros(c.amount()) + ".")
                    .orElse(null);
        }
        return budgetPage(period, new CostForm(String.valueOf(year), "", "", ""), posted, List.of());
    }

    /** Finance posts one month's actual cost of one cost line: the same rules and service as the costs API. */
    @POST
    @Path("finance/costs")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed("finance")
    public Response postCost(@FormParam("year") String year, @FormParam("month") String month,
                             @FormParam("costLine") String costLine, @FormParam("amount") String amount) {
        CostForm form = new CostForm(trim(year), trim(month), trim(costLine), trim(amount));
        List<FinanceRuleViolation.Violation> errors = new ArrayList<>();
        Integer y = whole(form.year(), 2000, 2099, "year", "must be a year from 2000 to 2099", errors);
        Integer m = whole(form.month(), 1, 12, "month", "must be a month from 1 to 12", errors);
        if (!form.costLine().matches(COST_LINE)) {
            errors.add(new FinanceRuleViolation.Violation("#/costLine", "choose a cost line"));
        }
        BigDecimal euros = amount(form.amount(), errors);
        if (errors.isEmpty()) {
            FinanceInputModels.ActualCost cost = new FinanceInputModels.ActualCost(y, m, form.costLine(), euros);
            validator.validate(cost).forEach(v -> errors.add(new FinanceRuleViolation.Violation(
                    "#/" + v.getPropertyPath(), v.getMessage())));
            if (errors.isEmpty()) {
                try {
                    inputs.postCosts(List.of(cost), identity.getPrincipal().getName(), "#/", false);
                    return Response.seeOther(URI.create("/finance/budget?year=" + y + "&postedLine="
                            + cost.costLine() + "&postedMonth=" + m)).build();
                } catch (FinanceRuleViolation e) {
                    errors.addAll(e.violations());
                }
            }
        }
        return refused(form, errors);
    }

    /** Finance uploads actual costs as CSV (year,month,costLine,amount): the costs API's reader and rules. */
    @POST
    @Path("finance/costs/csv")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed("finance")
    public Response uploadCosts(@RestForm("file") FileUpload file, @RestForm("year") String year) {
        String shown = trim(year).matches("20[0-9]{2}") ? trim(year)
                : String.valueOf(LocalDate.now(KeyFigures.AMSTERDAM).getYear());
        CostForm form = new CostForm(shown, "", "", "");
        if (file == null || file.uploadedFile() == null || file.size() == 0) {
            return refused(form, List.of(new FinanceRuleViolation.Violation("#/file", "choose a CSV file")));
        }
        try {
            String body = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(Files.readAllBytes(file.uploadedFile()))).toString();
            List<FinanceInputModels.ActualCost> costs = csv.parse(body);
            inputs.postCosts(costs, identity.getPrincipal().getName(), "#/rows/", true);
            return Response.seeOther(URI.create("/finance/budget?year=" + costs.get(0).year() + "&postedRows="
                    + costs.size())).build();
        } catch (CharacterCodingException e) {
            return refused(form, List.of(new FinanceRuleViolation.Violation("#/file", "must be UTF-8 text")));
        } catch (InvalidInput e) {
            return refused(form, e.errors());
        } catch (FinanceRuleViolation e) {
            return refused(form, e.violations());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Response refused(CostForm form, List<FinanceRuleViolation.Violation> errors) {
        PagePeriod period = new PagePeriod();
        period.year = form.year().matches("20[0-9]{2}") ? form.year() : null;
        List<String> messages = errors.stream().map(e -> describe(e.pointer(), e.detail())).toList();
        return Response.status(422).entity(budgetPage(period, form, null, messages)).build();
    }

    private TemplateInstance budgetPage(PagePeriod period, CostForm form, String posted, List<String> errors) {
        Period p = period.period();
        int year = period.year();
        List<CostLineOption> lines = inputs.budgetLines(year).stream().filter(l -> l.costCode() != null)
                .map(l -> new CostLineOption(l.costCode(), l.costName())).toList();
        return Templates.budget(List.of(tables.budgetIncome(p), tables.budgetCosts(p)), period.query(), year, lines,
                identity.hasRole("finance"), form, posted, errors);
    }

    /** A refused entry as finance reads it: "Amount: …", "Row 2, amount: …" (rows counted from 1). */
    static String describe(String pointer, String detail) {
        java.util.regex.Matcher row = java.util.regex.Pattern.compile("#/rows/([0-9]+)(?:/(\\w+))?")
                .matcher(pointer);
        if (row.matches()) {
            return "Row " + (Integer.parseInt(row.group(1)) + 1) + (row.group(2) == null ? "" : ", " + row.group(2))
                    + ": " + detail;
        }
        return switch (pointer) {
            case "#/year" -> "Year: " + detail;
            case "#/month" -> "Month: " + detail;
            case "#/costLine" -> "Cost line: " + detail;
            case "#/amount" -> "Amount: " + detail;
            case "#/file" -> "CSV file: " + detail;
            case "#/header" -> "The CSV file's header " + detail;
            case "#/rows" -> "The CSV file " + detail;
            case "#" -> "The CSV file " + detail;
            default -> detail;
        };
    }

    private static Integer whole(String text, int min, int max, String field, String message,
                                 List<FinanceRuleViolation.Violation> errors) {
        if (text.matches("[0-9]{1,4}")) {
            int value = Integer.parseInt(text);
            if (value >= min && value <= max) {
                return value;
            }
        }
        errors.add(new FinanceRuleViolation.Violation("#/" + field, message));
        return null;
    }

    /** Euros with at most two decimals, as the costs CSV takes them (1234.56; no thousands separators). */
    private static BigDecimal amount(String text, List<FinanceRuleViolation.Violation> errors) {
        if (!text.matches("[0-9]{1,13}(\\.[0-9]{1,2})?")) {
            String detail = text.isEmpty() ? "enter an amount like 1234.56"
                    : text.startsWith("-") ? "must not be negative"
                    : text.matches("[0-9]+\\.[0-9]{3,}") ? "must have at most two decimals"
                    : text.matches("[0-9]{14,}(\\.[0-9]*)?") ? "must have at most 13 digits before the decimal point"
                    : "must be an amount like 1234.56 (a point before the cents, no thousands separators)";
            errors.add(new FinanceRuleViolation.Violation("#/amount", detail));
            return null;
        }
        return new BigDecimal(text).setScale(2);
    }

    private static String trim(String value) {
        return value == null ? "" : value.strip();
    }

    @GET
    @Path("closes")
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed({"director", "finance"})
    public TemplateInstance closes(@QueryParam("year") @Pattern(regexp = "20[0-9]{2}",
            message = "must be a year from 2000 to 2099") String year) {
        int y = DashboardPages.year(year);
        return Templates.closes(y, closes.list(y), null);
    }

    @POST
    @Path("closes")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed("finance")
    public Response close(@FormParam("year") @Pattern(regexp = "20[0-9]{2}", message = "must be a year") String year,
                          @FormParam("month") @Pattern(regexp = "[1-9]|1[0-2]", message = "must be a month")
                          String month) {
        int y = DashboardPages.year(year);
        try {
            closes.close(y, Integer.parseInt(month), identity.getPrincipal().getName());
            return Response.seeOther(URI.create("/closes/" + y + "/" + Integer.parseInt(month))).build();
        } catch (FinanceRuleViolation | MonthCloses.AlreadyClosed | NumberFormatException e) {
            String reason = e instanceof NumberFormatException ? "choose a month" : e.getMessage();
            return Response.status(e instanceof MonthCloses.AlreadyClosed ? 409 : 422)
                    .entity(Templates.closes(y, closes.list(y), reason)).build();
        }
    }

    @GET
    @Path("closes/{year}/{month}")
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed({"director", "finance"})
    public TemplateInstance closed(@PathParam("year") @Pattern(regexp = "20[0-9]{2}", message = "must be a year")
                                   String year,
                                   @PathParam("month") @Pattern(regexp = "[1-9]|1[0-2]", message = "must be a month")
                                   String month) {
        MonthCloses.Close close = closes.find(Integer.parseInt(year), Integer.parseInt(month))
                .orElseThrow(() -> new NotFoundException(year + "-" + month + " is not closed"));
        return Templates.close(close, tables.close(close), "year=" + close.year());
    }

    /** Any table of the screens as CSV or XLSX; donor cells hold ids only (no personal data in files). */
    @GET
    @Path("exports/{name}.{format:csv|xlsx}")
    public Response export(@PathParam("name") String name, @PathParam("format") String format,
                           @Valid @BeanParam PagePeriod period, @Valid @BeanParam Drill drill) {
        if (ScreenTables.FINANCE_ONLY.contains(name) && !Nav.seesFinance()) {
            throw new ForbiddenException("the reserve and budget are for director and finance");
        }
        Table table = switch (name) {
            case "allocations" -> tables.allocations(drill.filter(period.period()), 0, MAX_EXPORT_ROWS, Map.of());
            case "lybunt", "sybunt" -> tables.lapsed(period.asOfOrToday(), name.equals("lybunt"));
            case "campaign-results" -> tables.campaignResults(period.period());
            case "budget-income" -> tables.budgetIncome(period.period());
            case "budget-costs" -> tables.budgetCosts(period.period());
            case "reserve" -> tables.reserve(period.period());
            case "monthly-income" -> tables.monthlyIncome(period.year());
            default -> closeTable(name);
        };
        String file = table.name() + "." + format;
        Response.ResponseBuilder response = format.equals("csv")
                ? Response.ok(TableExports.csv(table).getBytes(StandardCharsets.UTF_8), "text/csv; charset=UTF-8")
                : Response.ok(TableExports.xlsx(table), XLSX);
        return response.header("Content-Disposition", "attachment; filename=\"" + file + "\"").build();
    }

    private Table closeTable(String name) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("close-(20[0-9]{2})-(1[0-2]|[1-9])").matcher(name);
        if (!m.matches() || !Nav.seesFinance()) {
            throw new NotFoundException("no table " + name);
        }
        return tables.close(closes.find(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)))
                .orElseThrow(() -> new NotFoundException("not closed")));
    }

    /** The drill-down's filters, as the figures API takes them. */
    public static class Drill {
        @QueryParam("earmarkClass")
        @Pattern(regexp = "UNEARMARKED|PROGRAMME|PROJECT", message = "must be an earmark class")
        public String earmarkClass;
        @QueryParam("incomeCategory")
        @Pattern(regexp = "[A-Z_]{1,30}", message = "must be an income category")
        public String incomeCategory;
        @QueryParam("donorKind")
        @Pattern(regexp = "[A-Z_]{1,30}", message = "must be a donor kind")
        public String donorKind;
        @QueryParam("institutional")
        @Pattern(regexp = "true|false", message = "must be true or false")
        public String institutional;
        @QueryParam("campaignId")
        @Pattern(regexp = "[0-9a-f-]{36}", message = "must be a UUID")
        public String campaignId;
        @QueryParam("donorId")
        @Pattern(regexp = "[0-9a-f-]{36}", message = "must be a UUID")
        public String donorId;
        @QueryParam("fundCode")
        @Pattern(regexp = "[A-Z0-9-]{1,30}", message = "must be a fund code")
        public String fundCode;
        @QueryParam("page")
        @DefaultValue("0")
        @Min(0)
        public int page;
        @QueryParam("size")
        @DefaultValue("100")
        @Min(1)
        @Max(1000)
        public int size;

        AllocationQuery.Filter filter(Period period) {
            return new AllocationQuery.Filter(period, earmarkClass, incomeCategory, donorKind,
                    institutional == null ? null : Boolean.valueOf(institutional), campaignId, donorId, fundCode);
        }

        String query() {
            StringBuilder q = new StringBuilder();
            append(q, "earmarkClass", earmarkClass);
            append(q, "incomeCategory", incomeCategory);
            append(q, "donorKind", donorKind);
            append(q, "institutional", institutional);
            append(q, "campaignId", campaignId);
            append(q, "donorId", donorId);
            append(q, "fundCode", fundCode);
            return q.toString();
        }

        private static void append(StringBuilder q, String name, String value) {
            if (value != null) {
                q.append('&').append(name).append('=').append(value);
            }
        }
    }
}
