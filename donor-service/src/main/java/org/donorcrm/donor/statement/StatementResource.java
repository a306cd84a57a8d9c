package org.donorcrm.donor.statement;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.donorcrm.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A donor's annual gift statement for the tax return (giftenaftrek): the PDF letter, and the same figures as JSON to
 * check it. Personal data (the letter is addressed), so not for directors.
 */
@Path("/api/v1/donors/{id}/annual-statements/{year}")
@Tag(name = "Donors")
@SecurityRequirement(name = "SecurityScheme")
@RolesAllowed({Roles.FUNDRAISER, Roles.FINANCE, Roles.ADMIN})
public class StatementResource {

    public static final String PDF = "application/pdf";

    private final AnnualStatements statements;

    public StatementResource(AnnualStatements statements) {
        this.statements = statements;
    }

    @GET
    @Produces(PDF)
    @Operation(summary = "A donor's annual gift statement (PDF)", description = "Roles: fundraiser, finance, admin. "
            + "The gifts of the year (income date, Europe/Amsterdam) that were not reversed, the gifts under a "
            + "periodic-gift agreement apart with the agreement and the organisation's RSIN and ANBI status, the "
            + "totals; in the donor's language, A4, fonts embedded. 'Gecorrigeerd overzicht' when a gift of the "
            + "year was reversed after the year ended. 400 for a year outside 2000 to this year, 404 for an "
            + "unknown donor, 410 for an erased one, 301 for a merged one.")
    public Response statement(@PathParam("id") String id, @PathParam("year") String year) {
        return pdf(statements.of(id, year));
    }

    @GET
    @Path("summary")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "A donor's annual gift statement as JSON", description = "Roles: fundraiser, finance, "
            + "admin. The figures of the PDF: the gifts, the periodic gifts per agreement, the totals, whether it "
            + "is a corrected statement, the salutation and the letterhead. Same answers as the PDF.")
    public AnnualStatement summary(@PathParam("id") String id, @PathParam("year") String year) {
        return statements.of(id, year).statement();
    }

    /** The statement's PDF, in the donor's language, as a download named after the year and the donor number. */
    static Response pdf(AnnualStatements.Addressed letter) {
        AnnualStatement s = letter.statement();
        return Response.ok(StatementPdf.render(letter), PDF)
                .header("Content-Disposition", "inline; filename=\"annual-statement-" + s.year() + "-"
                        + s.donorNumber() + ".pdf\"")
                .build();
    }
}
