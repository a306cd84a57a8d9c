package org.donorcrm.reporting.closes;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.donorcrm.platform.http.Conflict;
import org.donorcrm.platform.http.NotFound;
import org.donorcrm.platform.http.RuleViolation;
import org.donorcrm.platform.i18n.Texts;
import org.donorcrm.platform.jobs.JobAlreadyRunning;
import org.donorcrm.platform.security.Roles;
import org.donorcrm.reporting.Msg;
import org.donorcrm.reporting.period.Period;
import org.donorcrm.reporting.table.Table;

import java.net.URI;
import java.util.List;

/**
 * The month closes screen (director and finance): the closed months of a year, finance's form to close one (in the
 * background: the form leads to the close's job page), and each close with its frozen values, the changes on the
 * previous month and quarter, and the adjustments after close.
 */
@Path("/closes")
@RolesAllowed({Roles.DIRECTOR, Roles.FINANCE})
public class ClosePages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance closes(int year, List<MonthCloses.CloseSummary> closes, String error);

        static native TemplateInstance close(MonthCloses.Close close, Table table, String exportQuery);
    }

    private final MonthCloses closes;
    private final MonthCloseJob closeJob;
    private final SecurityIdentity identity;

    public ClosePages(MonthCloses closes, MonthCloseJob closeJob, SecurityIdentity identity) {
        this.closes = closes;
        this.closeJob = closeJob;
        this.identity = identity;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance closes(@QueryParam("year") @Pattern(regexp = Period.YEAR,
            message = Period.YEAR_MESSAGE) String year) {
        int y = Period.yearOrThisYear(year);
        return Templates.closes(y, closes.list(y), null);
    }

    /**
     * Finance closes a month: the close runs as a background job ({@link MonthCloseJob}) and the browser goes to its
     * page; a month whose close is running already goes to that job. A month still running or closed before is
     * refused with the form (422, 409).
     */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed(Roles.FINANCE)
    public Response close(@FormParam("year") @Pattern(regexp = Period.YEAR, message = "must be a year") String year,
                          @FormParam("month") @Pattern(regexp = "[1-9]|1[0-2]", message = "must be a month")
                          String month) {
        int y = Period.yearOrThisYear(year);
        Msg msg = Texts.of(Msg.class);
        if (month == null) {
            return Response.status(422).entity(Templates.closes(y, closes.list(y), msg.closesChooseMonth())).build();
        }
        int m = Integer.parseInt(month);
        String jobId;
        try {
            jobId = closeJob.start(y, m, identity.getPrincipal().getName()).id;
        } catch (JobAlreadyRunning e) {
            jobId = e.jobId();
        } catch (RuleViolation e) {
            return Response.status(422)
                    .entity(Templates.closes(y, closes.list(y), Texts.reason(e.fields().get(0)))).build();
        } catch (Conflict e) {
            return Response.status(409)
                    .entity(Templates.closes(y, closes.list(y), msg.closesAlreadyClosed(y, m))).build();
        }
        return Response.seeOther(URI.create("/jobs/" + jobId)).build();
    }

    @GET
    @Path("{year}/{month}")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance closed(@PathParam("year") @Pattern(regexp = Period.YEAR, message = "must be a year")
                                   String year,
                                   @PathParam("month") @Pattern(regexp = "[1-9]|1[0-2]", message = "must be a month")
                                   String month) {
        MonthCloses.Close close = closes.find(Integer.parseInt(year), Integer.parseInt(month))
                .orElseThrow(() -> new NotFound(year + "-" + month + " is not closed"));
        return Templates.close(close, CloseTable.of(close), "year=" + close.year());
    }
}
