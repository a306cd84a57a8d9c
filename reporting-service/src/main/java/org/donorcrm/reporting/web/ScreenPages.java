package org.donorcrm.reporting.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
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
import org.donorcrm.reporting.service.AllocationQuery;
import org.donorcrm.reporting.service.FinanceRuleViolation;
import org.donorcrm.reporting.service.KeyFigures;
import org.donorcrm.reporting.service.MonthCloses;
import org.donorcrm.reporting.service.Period;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The screens behind the dashboard: the allocations behind a figure (donor names fetched from donor-service at
 * view time for the roles that may see them), LYBUNT and SYBUNT lists, campaign results, the reserve and budget
 * screens (director and finance), the month closes (closing: finance), and every table as CSV and XLSX.
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
    }

    private final ScreenTables tables;
    private final DonorNames names;
    private final MonthCloses closes;
    private final SecurityIdentity identity;

    public ScreenPages(ScreenTables tables, DonorNames names, MonthCloses closes, SecurityIdentity identity) {
        this.tables = tables;
        this.names = names;
        this.closes = closes;
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
        String note = names.maySee(identity) ? null
                : "Donor names are personal data and are not shown for your role; the ids link to donor-service.";
        return Templates.tables("Allocations behind the figure", List.of(table),
                period.query() + drill.query(), note);
    }

    @GET
    @Path("lists/{list:lybunt|sybunt}")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance lapsed(@PathParam("list") String list, @Valid @BeanParam PagePeriod period) {
        LocalDate date = period.asOfOrToday();
        return Templates.tables(list.equals("lybunt") ? "LYBUNT: gave last year, not yet this year"
                        : "SYBUNT: gave some year before last, not since", List.of(tables.lapsed(date,
                        list.equals("lybunt"))), "asOf=" + date, null);
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
    public TemplateInstance budget(@Valid @BeanParam PagePeriod period) {
        Period p = period.period();
        return Templates.tables("Budget against realisation", List.of(tables.budgetIncome(p),
                tables.budgetCosts(p)), period.query(), null);
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
