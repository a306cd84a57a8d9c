package org.donorcrm.gift.sepa;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.donorcrm.platform.consume.TransientRetry;
import org.donorcrm.platform.http.RuleViolation;
import org.donorcrm.platform.security.Roles;
import org.donorcrm.platform.web.Page;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Collection runs: preview what is due, generate the run (and its gifts), download its pain.008, book returns. */
@Path("/api/v1/collection-runs")
@Tag(name = "SEPA collection runs")
@SecurityRequirement(name = "SecurityScheme")
public class CollectionRunResource {

    private final CollectionService collections;
    private final SecurityIdentity identity;

    public CollectionRunResource(CollectionService collections, SecurityIdentity identity) {
        this.collections = collections;
        this.identity = identity;
    }

    /** The due date to collect on. */
    public record RunRequest(@NotNull LocalDate dueDate) {
    }

    /** A run with its debits (no personal data: mandate ids, not names). */
    public record RunResponse(String id, String messageId, LocalDate dueDate, int count, BigDecimal total,
                              String sequenceType, String createdBy, Instant createdAt,
                              List<MandateResponse.Collection> collections) {
    }

    /** What a run would collect now. */
    public record Preview(LocalDate dueDate, int count, BigDecimal total, List<Line> debits) {
        /** One debit due: its mandate (id, and the SEPA reference people know it by), donor, amount, rhythm, fund. */
        public record Line(String mandateId, String reference, String donorId, BigDecimal amount, String frequency,
                           String fundCode) {
        }
    }

    @GET
    @Path("/preview")
    @RolesAllowed(Roles.FINANCE)
    @Operation(summary = "Preview a run: the mandates due on a date that have no debit on it yet",
            description = "Roles: finance. Changes nothing.")
    public Preview preview(@QueryParam("dueDate") @NotNull LocalDate dueDate) {
        List<Mandate> due = collections.preview(dueDate);
        return new Preview(dueDate, due.size(),
                due.stream().map(m -> m.amount).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add),
                due.stream().map(m -> new Preview.Line(m.id, m.reference, m.donorId, m.amount, m.frequency.name(),
                        m.fundCode))
                        .toList());
    }

    @POST
    @RolesAllowed(Roles.FINANCE)
    @Operation(summary = "Generate the collection run of a due date",
            description = "Roles: finance. Creates one debit (and its gift) per due mandate that has none on that "
                    + "date: 201 with the new run. When every due mandate already has its debit, nothing is created "
                    + "and the answer is 200 with the latest run of that date (header Idempotent-Replayed: true); "
                    + "422 when nothing is due at all. Sequence type RCUR for every debit.")
    public Response run(@Valid @NotNull RunRequest request, @Context UriInfo uriInfo) {
        // two runs of one date at once (two finance staff, two replicas): the database lets one keep its debits (the
        // unique key of mandate and due date; the other fails on it or is chosen as a deadlock's victim, keeping
        // nothing) and the other, run again, finds every due mandate collected and answers with that run
        String user = identity.getPrincipal().getName();
        var created = TransientRetry.call(() -> collections.run(request.dueDate(), user), 4);
        if (created.isPresent()) {
            CollectionRun run = created.get();
            return Response.created(uriInfo.getBaseUriBuilder().path("api/v1/collection-runs").path(run.id).build())
                    .entity(response(run)).build();
        }
        CollectionRun earlier = collections.latestRunFor(request.dueDate())
                .orElseThrow(() -> new RuleViolation("#/dueDate", "no mandate is due on " + request.dueDate(),
                        "noMandateDue", request.dueDate()));
        return Response.ok(response(earlier)).header("Idempotent-Replayed", "true").build();
    }

    @GET
    @RolesAllowed(Roles.FINANCE)
    @Operation(summary = "Collection runs, latest due date first", description = "Roles: finance.")
    public Page<RunResponse> list(@QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                  @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
        return new Page<>(collections.runs(page, size).stream().map(this::response).toList(), collections.runCount(),
                page, size);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(Roles.FINANCE)
    @Operation(summary = "One collection run with its debits", description = "Roles: finance.")
    public RunResponse get(@PathParam("id") String id) {
        return response(collections.getRun(id));
    }

    @GET
    @Path("/{id}/pain008")
    @Produces("application/xml")
    @RolesAllowed(Roles.FINANCE)
    @Operation(summary = "Download the run as a pain.008.001.02 file for the bank",
            description = "Roles: finance. The same file on every download.")
    public Response pain008(@PathParam("id") String id) {
        CollectionRun run = collections.getRun(id);
        return Response.ok(collections.pain008(id), "application/xml")
                .header("Content-Disposition", "attachment; filename=\"" + run.messageId + ".xml\"")
                .build();
    }

    /** The bank's R-transaction for one debit: when, and its ISO reason code (e.g. MD06, AM04, AC04). */
    public record ReturnRequest(@NotNull LocalDate returnDate,
                                @NotNull @Pattern(regexp = "[A-Z0-9]{4}", message = "must be a 4-character ISO reason code") String reasonCode) {
    }

    @POST
    @Path("/collections/{collectionId}/return")
    @RolesAllowed(Roles.FINANCE)
    @Operation(summary = "Book the return or reject of one debit",
            description = "Roles: finance. Reverses the debit's gift on the return date and counts toward stopping "
                    + "the mandate (at once for AC01, AC04, AC06, AG01, MD01, MD07). A second return is 409.")
    public MandateResponse.Collection returned(@PathParam("collectionId") String collectionId,
                                               @Valid @NotNull ReturnRequest request) {
        return MandateResponse.Collection.of(collections.returned(collectionId, request.returnDate(),
                request.reasonCode(), identity.getPrincipal().getName()));
    }

    private RunResponse response(CollectionRun run) {
        return new RunResponse(run.id, run.messageId, run.dueDate, run.txCount, run.total,
                Pain008Writer.SEQUENCE_TYPE, run.createdBy, run.createdAt,
                MandateResponse.Collection.of(collections.collectionsOfRun(run.id)));
    }
}
