package org.donorcrm.reporting.exports;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import org.donorcrm.platform.http.NotFound;
import org.donorcrm.platform.security.Roles;
import org.donorcrm.reporting.closes.CloseTable;
import org.donorcrm.reporting.closes.MonthCloses;
import org.donorcrm.reporting.figures.DrillDown;
import org.donorcrm.reporting.figures.FigureTables;
import org.donorcrm.reporting.figures.PagePeriod;
import org.donorcrm.reporting.table.Table;
import org.donorcrm.reporting.table.TableExports;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every table of the screens as CSV or XLSX, by its name and the screen's query, for the roles that may see the
 * screen: {@code allocations}, {@code lybunt}, {@code sybunt}, {@code campaign-results}, {@code monthly-income},
 * {@code budget-income}, {@code budget-costs}, {@code reserve}, {@code close-<year>-<month>}. Donor cells hold ids
 * only: no personal data in files.
 */
@Path("/exports")
@RolesAllowed({Roles.DIRECTOR, Roles.FINANCE, Roles.FUNDRAISER})
public class ExportPages {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final Pattern CLOSE = Pattern.compile("close-(20[0-9]{2})-(1[0-2]|[1-9])");

    private final FigureTables tables;
    private final MonthCloses closes;
    private final SecurityIdentity identity;

    public ExportPages(FigureTables tables, MonthCloses closes, SecurityIdentity identity) {
        this.tables = tables;
        this.closes = closes;
        this.identity = identity;
    }

    @GET
    @Path("{name}.{format:csv|xlsx}")
    public Response export(@PathParam("name") String name, @PathParam("format") String format,
                           @Valid @BeanParam PagePeriod period, @Valid @BeanParam DrillDown drill) {
        if (FigureTables.FINANCE_ONLY.contains(name) && !seesFinance()) {
            throw new ForbiddenException("the reserve and budget are for director and finance");
        }
        Table table = switch (name) {
            case "allocations" -> tables.allocations(drill.filter(period.period()), 0, FigureTables.MAX_EXPORT_ROWS,
                    Map.of());
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
        Matcher m = CLOSE.matcher(name);
        if (!m.matches() || !seesFinance()) {
            throw new NotFound("no table " + name);
        }
        return CloseTable.of(closes.find(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)))
                .orElseThrow(() -> new NotFound("not closed")));
    }

    /** Whether the signed-in person sees the reserve, budget and close screens (director, finance). */
    private boolean seesFinance() {
        return identity.hasRole(Roles.FINANCE) || identity.hasRole(Roles.DIRECTOR);
    }
}
