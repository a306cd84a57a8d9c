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

/** The campaign results screen (figure 6): raised against goal per campaign and appeal, with cost per euro raised. */
@Path("/campaigns")
@RolesAllowed({Roles.DIRECTOR, Roles.FINANCE, Roles.FUNDRAISER})
public class CampaignPages {

    private final FigureTables tables;

    public CampaignPages(FigureTables tables) {
        this.tables = tables;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance campaigns(@Valid @BeanParam PagePeriod period) {
        return TablePage.of(Texts.of(Msg.class).campaignsHeading(), List.of(tables.campaignResults(period.period())),
                period.query(),
                null);
    }
}
