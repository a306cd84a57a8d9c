package org.donorcrm.reporting.figures;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.donorcrm.platform.i18n.Texts;
import org.donorcrm.platform.security.Roles;
import org.donorcrm.reporting.Msg;
import org.donorcrm.reporting.donornames.DonorNames;

import java.time.LocalDate;

/**
 * The LYBUNT and SYBUNT lists (figure 5): 50 donors a page, largest last-year amount first, each by name for the
 * roles that may see names (one call to donor-service per page, at view time), linked to the donor's page.
 */
@Path("/lists")
@RolesAllowed({Roles.DIRECTOR, Roles.FINANCE, Roles.FUNDRAISER})
public class LapsedPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance lapsed(String heading, FigureTables.Paged list, String listName,
                                              String asOf, String exportQuery, String note);
    }

    /** Donors on one page of the LYBUNT and SYBUNT lists. */
    static final int PAGE_SIZE = 50;

    private final FigureTables tables;
    private final DonorNames names;
    private final SecurityIdentity identity;

    public LapsedPages(FigureTables tables, DonorNames names, SecurityIdentity identity) {
        this.tables = tables;
        this.names = names;
        this.identity = identity;
    }

    @GET
    @Path("{list:lybunt|sybunt}")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance lapsed(@PathParam("list") String list, @Valid @BeanParam PagePeriod period,
                                   @QueryParam("page") @DefaultValue("0") @Min(0) @Max(100_000) int page) {
        LocalDate date = period.asOfOrToday();
        boolean lybunt = list.equals("lybunt");
        FigureTables.Paged rows = tables.lapsed(date, lybunt, page, PAGE_SIZE, ids -> names.of(ids, identity));
        Msg msg = Texts.of(Msg.class);
        return Templates.lapsed(lybunt ? msg.lapsedLybuntHeading() : msg.lapsedSybuntHeading(), rows, list,
                date.toString(), "asOf=" + date, FigureTables.namesNote(names.maySee(identity), rows.table(), 0));
    }
}
