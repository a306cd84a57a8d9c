package org.donorcrm.reporting.finance;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.donorcrm.platform.http.NotFound;
import org.donorcrm.platform.security.Roles;
import org.donorcrm.reporting.finance.FinanceInputModels.ActualCost;
import org.donorcrm.reporting.finance.FinanceInputModels.Budget;
import org.donorcrm.reporting.finance.FinanceInputModels.ReserveBalance;
import org.donorcrm.reporting.finance.FinanceInputModels.Target;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.math.BigDecimal;
import java.util.List;

import static org.donorcrm.reporting.period.Period.YEAR;
import static org.donorcrm.reporting.period.Period.YEAR_MESSAGE;

/**
 * The finance inputs owned here: strategic targets, budgets, monthly actual costs (JSON or CSV) and the reserve
 * ledger. Writes are finance's, attributed to the token's user and audited; every write replaces the state of
 * what its path names, so repeating it (with or without an Idempotency-Key) changes nothing more.
 */
@Path("/api/v1")
@Tag(name = "Finance inputs")
@SecurityRequirement(name = "SecurityScheme")
public class FinanceInputResource {

    /** The body of a month's actual cost of one cost line. */
    public record CostAmount(@NotNull @DecimalMin(value = "0.00", message = "must not be negative")
                             @Digits(integer = 13, fraction = 2) BigDecimal amount) {
    }

    private final FinanceInputs inputs;
    private final CostCsv csv;
    private final SecurityIdentity identity;

    public FinanceInputResource(FinanceInputs inputs, CostCsv csv, SecurityIdentity identity) {
        this.inputs = inputs;
        this.csv = csv;
        this.identity = identity;
    }

    @GET
    @Path("/targets")
    @RolesAllowed({Roles.DIRECTOR, Roles.FINANCE, Roles.FUNDRAISER})
    @Operation(summary = "The strategic targets of every year",
            description = "Roles: director, finance, fundraiser. Seeded from the strategic plan (migration V2).")
    public List<Target> targets() {
        return inputs.targets();
    }

    @PUT
    @Path("/targets/{year}")
    @RolesAllowed(Roles.FINANCE)
    @Operation(summary = "Set a year's strategic targets",
            description = "Roles: finance. Replaces the year's targets (null = not set); audited.")
    public Response putTarget(@PathParam("year") @Pattern(regexp = YEAR, message = YEAR_MESSAGE) String year,
                              @Valid @NotNull Target target, @Context UriInfo uri) {
        int y = Integer.parseInt(year);
        boolean created = inputs.putTarget(y, target, actor());
        return written(created, uri, inputs.target(y));
    }

    @GET
    @Path("/budgets/{year}")
    @RolesAllowed({Roles.DIRECTOR, Roles.FINANCE})
    @Operation(summary = "A year's budget", description = "Roles: director, finance.")
    public Budget budget(@PathParam("year") @Pattern(regexp = YEAR, message = YEAR_MESSAGE) String year) {
        return inputs.budget(Integer.parseInt(year)).orElseThrow(() -> new NotFound("no budget for " + year));
    }

    @PUT
    @Path("/budgets/{year}")
    @RolesAllowed(Roles.FINANCE)
    @Operation(summary = "Set a year's budget",
            description = "Roles: finance. Income per RJ 650 category and earmark class, cost lines (werkorganisatie "
                    + "or not), planned reserve movement (plannedReserveAddition: positive an addition, negative a "
                    + "withdrawal); monthly phasing of twelve amounts or even. A phasing that "
                    + "does not add up is 422 and nothing is stored. Audited.")
    public Response putBudget(@PathParam("year") @Pattern(regexp = YEAR, message = YEAR_MESSAGE) String year,
                              @Valid @NotNull Budget budget, @Context UriInfo uri) {
        int y = Integer.parseInt(year);
        boolean created = inputs.putBudget(y, budget, actor());
        return written(created, uri, inputs.budget(y).orElseThrow());
    }

    @GET
    @Path("/costs")
    @RolesAllowed({Roles.DIRECTOR, Roles.FINANCE})
    @Operation(summary = "A year's posted actual costs", description = "Roles: director, finance.")
    public List<ActualCost> costs(@QueryParam("year") @NotNull @Pattern(regexp = YEAR, message = YEAR_MESSAGE)
                                  String year) {
        return inputs.actualCosts(Integer.parseInt(year));
    }

    @PUT
    @Path("/costs/{year}/{month}/{costLine}")
    @RolesAllowed(Roles.FINANCE)
    @Operation(summary = "Post a month's actual cost of one cost line",
            description = "Roles: finance. The cost line must be in the year's budget (else 422); replaces an "
                    + "earlier amount for that month and line. Audited.")
    public ActualCost putCost(@PathParam("year") @Pattern(regexp = YEAR, message = YEAR_MESSAGE) String year,
                              @PathParam("month") @Min(value = 1, message = "must be a month from 1 to 12")
                              @Max(value = 12, message = "must be a month from 1 to 12") int month,
                              @PathParam("costLine") @Pattern(regexp = "[A-Z0-9-]{1,30}",
                                      message = "must be 1-30 capitals, digits or dashes") String costLine,
                              @Valid @NotNull CostAmount body) {
        ActualCost cost = new ActualCost(Integer.parseInt(year), month, costLine, body.amount());
        inputs.postCosts(List.of(cost), actor(), "#/", false);
        return cost;
    }

    @POST
    @Path("/costs/csv")
    @Consumes({"text/csv", "text/plain"})
    @RolesAllowed(Roles.FINANCE)
    @Operation(summary = "Upload actual costs as CSV",
            description = "Roles: finance. Header year,month,costLine,amount; all rows or none: any invalid row is "
                    + "a problem naming it as #/rows/<n>/<column> (n from 0). Audited.")
    public List<ActualCost> uploadCosts(String body) {
        List<ActualCost> costs = csv.parse(body);
        inputs.postCosts(costs, actor(), "#/rows/", true);
        return costs;
    }

    @GET
    @Path("/reserve-ledger")
    @RolesAllowed({Roles.DIRECTOR, Roles.FINANCE})
    @Operation(summary = "The reserve ledger: audited closing balance per year", description = "Roles: director, finance.")
    public List<ReserveBalance> reserveLedger() {
        return inputs.reserveBalances();
    }

    @PUT
    @Path("/reserve-ledger/{year}")
    @RolesAllowed(Roles.FINANCE)
    @Operation(summary = "Set a year's audited closing balance of the continuity reserve",
            description = "Roles: finance. Audited.")
    public Response putReserve(@PathParam("year") @Pattern(regexp = YEAR, message = YEAR_MESSAGE) String year,
                               @Valid @NotNull ReserveBalance balance, @Context UriInfo uri) {
        int y = Integer.parseInt(year);
        boolean created = inputs.putReserveBalance(y, balance.auditedClosingBalance(), actor());
        return written(created, uri, new ReserveBalance(y, balance.auditedClosingBalance()));
    }

    @GET
    @Path("/audit")
    @RolesAllowed({Roles.FINANCE, Roles.ADMIN})
    @Operation(summary = "The audit trail of finance inputs and rebuilds, newest first",
            description = "Roles: finance, admin. subject filters by prefix, e.g. budgets/2026.")
    public List<FinanceInputs.AuditEntry> audit(@QueryParam("subject") @DefaultValue("") String subject,
                                                @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                                @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
        return inputs.auditTrail(subject, page, size);
    }

    private String actor() {
        return identity.getPrincipal().getName();
    }

    private static Response written(boolean created, UriInfo uri, Object body) {
        return created ? Response.created(uri.getRequestUri()).entity(body).build() : Response.ok(body).build();
    }
}
