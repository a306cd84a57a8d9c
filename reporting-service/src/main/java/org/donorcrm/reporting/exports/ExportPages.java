package org.donorcrm.reporting.exports;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.donorcrm.platform.i18n.Texts;
import org.donorcrm.reporting.Msg;
import org.donorcrm.platform.http.NotFound;
import org.donorcrm.platform.jobs.JobAlreadyRunning;
import org.donorcrm.platform.security.Roles;
import org.donorcrm.reporting.closes.CloseTable;
import org.donorcrm.reporting.closes.MonthCloses;
import org.donorcrm.reporting.figures.DrillDown;
import org.donorcrm.reporting.figures.FigureTables;
import org.donorcrm.reporting.figures.PagePeriod;
import org.donorcrm.reporting.table.Table;
import org.donorcrm.reporting.table.TableExports;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;

/**
 * Every table of the screens as CSV or XLSX, by its name and the screen's query, for the roles that may see the
 * screen: {@code allocations}, {@code lybunt}, {@code sybunt}, {@code campaign-results}, {@code monthly-income},
 * {@code budget-income}, {@code budget-costs}, {@code reserve}, {@code close-<year>-<month>}. Donor cells hold ids
 * only: no personal data in files.
 * <p>
 * The screens export the long tables ({@link Table#EXPORTED_IN_BACKGROUND}, a row per gift or per donor) with a
 * POST that starts a background job ({@link ExportJob}) and sends the browser to its page; the job's result names the
 * file's download, {@code /exports/files/{id}}, which only the person who asked for it (or an admin) may fetch. A
 * GET of any table still answers the file at once, for scripts and links kept from before.
 */
@Path("/exports")
@RolesAllowed({Roles.DIRECTOR, Roles.FINANCE, Roles.FUNDRAISER})
public class ExportPages {

    private static final java.util.regex.Pattern CLOSE = java.util.regex.Pattern.compile(
            "close-(20[0-9]{2})-(1[0-2]|[1-9])");

    private final FigureTables tables;
    private final MonthCloses closes;
    private final ExportJob exportJob;
    private final ExportFiles files;
    private final SecurityIdentity identity;

    public ExportPages(FigureTables tables, MonthCloses closes, ExportJob exportJob, ExportFiles files,
                       SecurityIdentity identity) {
        this.tables = tables;
        this.closes = closes;
        this.exportJob = exportJob;
        this.files = files;
        this.identity = identity;
    }

    @GET
    @Path("{name}.{format:csv|xlsx}")
    @Operation(hidden = true) // a download of the screens, not an API operation
    public Response export(@PathParam("name") String name, @PathParam("format") String format,
                           @Valid @BeanParam PagePeriod period, @Valid @BeanParam DrillDown drill) {
        if (FigureTables.FINANCE_ONLY.contains(name) && !seesFinance()) {
            throw new ForbiddenException("the reserve and budget are for director and finance");
        }
        Table table = switch (name) {
            case "allocations" -> tables.allocations(drill.filter(period.period()), Texts.of(Msg.class));
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
                ? Response.ok(TableExports.csv(table).getBytes(StandardCharsets.UTF_8), ExportJob.CSV)
                : Response.ok(TableExports.xlsx(table), ExportJob.XLSX);
        return response.header("Content-Disposition", "attachment; filename=\"" + file + "\"").build();
    }

    /**
     * A screen's export button of a long table: starts the export as a background job (or finds this person's same
     * export running) and sends the browser to the job's page, which shows its progress and then the download.
     */
    @POST
    @Path("{name}.{format:csv|xlsx}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true) // a form of the screens, not an API operation
    public Response exportInBackground(@PathParam("name") String name, @PathParam("format") String format,
                                       @Valid @BeanParam PagePeriod period, @Valid @BeanParam DrillDown drill) {
        if (!Table.EXPORTED_IN_BACKGROUND.contains(name)) {
            throw new NotFound("no table " + name + " is exported in the background");
        }
        // the query as the screen's links write it, its period checked (at most one of month, quarter, asOf)
        String query = name.equals("allocations") ? query(period, drill) : "asOf=" + period.asOfOrToday();
        String user = identity.getPrincipal().getName();
        String jobId;
        try {
            jobId = exportJob.start(name, format, query, user).id;
        } catch (JobAlreadyRunning e) {
            jobId = e.jobId();
        }
        return Response.seeOther(URI.create("/jobs/" + jobId)).build();
    }

    /** An export job's file, for the person who asked for it and for admins; 404 for anyone else. */
    @GET
    @Path("files/{id}")
    @RolesAllowed({Roles.DIRECTOR, Roles.FINANCE, Roles.FUNDRAISER, Roles.ADMIN})
    @Operation(hidden = true) // a download of the screens, not an API operation
    public Response file(@PathParam("id") @Pattern(regexp = "[0-9a-f-]{36}", message = "must be a UUID") String id) {
        ExportFiles.ExportFile file = files.find(id)
                .filter(f -> identity.hasRole(Roles.ADMIN) || f.createdBy().equals(identity.getPrincipal().getName()))
                .orElseThrow(() -> new NotFound("There is no export file " + id + " of yours."));
        return Response.ok(file.content(), file.mediaType())
                .header("Content-Disposition", "attachment; filename=\"" + file.fileName() + "\"").build();
    }

    private static String query(PagePeriod period, DrillDown drill) {
        period.period();
        return period.query() + drill.query();
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
