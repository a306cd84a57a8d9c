package org.donorcrm.reporting.figures;

import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
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
import org.donorcrm.reporting.donornames.DonorNames;
import org.donorcrm.reporting.table.Table;
import org.donorcrm.reporting.table.TablePage;

import java.util.List;

/**
 * The drill-down screen: the ledger rows behind a figure (the same filters as the API), each donor by name for the
 * roles that may see names (fetched from donor-service at view time), by id for the others.
 */
@Path("/figures/allocations")
@RolesAllowed({Roles.DIRECTOR, Roles.FINANCE, Roles.FUNDRAISER})
public class AllocationPages {

    private final FigureTables tables;
    private final DonorNames names;
    private final SecurityIdentity identity;

    public AllocationPages(FigureTables tables, DonorNames names, SecurityIdentity identity) {
        this.tables = tables;
        this.names = names;
        this.identity = identity;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance allocations(@Valid @BeanParam PagePeriod period, @Valid @BeanParam DrillDown drill) {
        Table table = tables.allocations(drill.filter(period.period()), drill.page, drill.size,
                ids -> names.of(ids, identity));
        return TablePage.of(Texts.of(Msg.class).allocationsHeading(), List.of(table), period.query() + drill.query(),
                FigureTables.namesNote(names.maySee(identity), table, 2));
    }
}
