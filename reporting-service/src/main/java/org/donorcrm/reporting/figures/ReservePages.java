package org.donorcrm.reporting.figures;

import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.donorcrm.platform.i18n.Texts;
import org.donorcrm.platform.security.Roles;
import org.donorcrm.reporting.Msg;
import org.donorcrm.reporting.table.TablePage;

import java.util.List;

/** The continuity reserve screen (figure 2, director and finance): the projection and the reserve ledger. */
@Path("/finance/reserve")
@RolesAllowed({Roles.DIRECTOR, Roles.FINANCE})
public class ReservePages {

    private final FigureTables tables;

    public ReservePages(FigureTables tables) {
        this.tables = tables;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance reserve(@Valid @BeanParam PagePeriod period) {
        return TablePage.of(Texts.of(Msg.class).reserveHeading(), List.of(tables.reserve(period.period())),
                period.query(), null);
    }
}
