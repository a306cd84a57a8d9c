package org.donorcrm.donor.statement;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import org.donorcrm.donor.donor.DonorMoved;
import org.donorcrm.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.net.URI;

/** The annual statement's PDF behind the donor page's buttons "Jaaroverzicht {year}" (signed in on the screens). */
@Path("/donors/{id}/annual-statements/{year}")
@RolesAllowed({Roles.FUNDRAISER, Roles.FINANCE, Roles.ADMIN})
public class StatementPages {

    private final AnnualStatements statements;

    public StatementPages(AnnualStatements statements) {
        this.statements = statements;
    }

    @GET
    @Produces(StatementResource.PDF)
    @Operation(hidden = true)
    public Response statement(@PathParam("id") String id, @PathParam("year") String year) {
        try {
            return StatementResource.pdf(statements.of(id, year));
        } catch (DonorMoved moved) {
            return Response.seeOther(URI.create("/donors/" + moved.survivorId() + "/annual-statements/" + year))
                    .build();
        }
    }
}
