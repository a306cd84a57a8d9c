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
import org.donorcrm.platform.security.Roles;
import org.donorcrm.reporting.Msg;
import org.donorcrm.reporting.period.Period;
import org.donorcrm.reporting.table.Table;

import java.net.URI;
import java.util.List;

/**
 * The month closes screen (director and finance): the closed months of a year, finance's form to close one, and
 * each close with its frozen values, the changes on the previous month and quarter, and the adjustments after close.
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
    private final SecurityIdentity identity;

    public ClosePages(MonthCloses closes, SecurityIdentity identity) {
        this.closes = closes;
        this.identity = identity;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance closes(@QueryParam("year") @Pattern(regexp = Period.YEAR,
            message = Period.YEAR_MESSAGE) String year) {
        int y = Period.yearOrThisYear(year);
        return Templates.closes(y, closes.list(y), null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed(Roles.FINANCE)
    public Response close(@FormParam("year") @Pattern(regexp = Period.YEAR, message = "must be a year") String year,
                          @FormParam("month") @Pattern(regexp = "[1-9]|1[0-2]", message = "must be a month")
                          String month) {
        int y = Period.yearOrThisYear(year);
        try {
            closes.close(y, Integer.parseInt(month), identity.getPrincipal().getName());
            return Response.seeOther(URI.create("/closes/" + y + "/" + Integer.parseInt(month))).build();
        } catch (RuleViolation | Conflict | NumberFormatException e) {
            Msg msg = Texts.of(Msg.class);
            String reason = e instanceof NumberFormatException ? msg.closesChooseMonth()
                    : e instanceof Conflict ? msg.closesAlreadyClosed(y, Integer.parseInt(month))
                    : msg.closesNotEnded(y, Integer.parseInt(month));
            return Response.status(e instanceof Conflict ? 409 : 422)
                    .entity(Templates.closes(y, closes.list(y), reason)).build();
        }
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
