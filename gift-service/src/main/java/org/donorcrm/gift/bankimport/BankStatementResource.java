package org.donorcrm.gift.bankimport;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.donorcrm.gift.gift.Patterns;
import org.donorcrm.gift.gift.RecordGift;
import org.donorcrm.gift.replica.EarmarkClass;
import org.donorcrm.platform.security.Roles;
import org.donorcrm.platform.web.Page;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;
import jakarta.ws.rs.HeaderParam;
import org.donorcrm.platform.jobs.Job;
import org.donorcrm.platform.jobs.JobView;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** Bank statements in (CAMT.053, CSV exports of online donations) and finance's review queue. Finance only. */
@Path("/api/v1")
@Tag(name = "Bank import")
@SecurityRequirement(name = "SecurityScheme")
@RolesAllowed(Roles.FINANCE)
public class BankStatementResource {

    private static final String UUID = Patterns.UUID;

    private final BankImportService imports;
    private final SecurityIdentity identity;
    private final BankImportJob importJob;

    public BankStatementResource(BankImportService imports, SecurityIdentity identity, BankImportJob importJob) {
        this.imports = imports;
        this.importJob = importJob;
        this.identity = identity;
    }

    /** The statements one upload held. */
    public record ImportResponse(List<StatementResponse> statements) {
    }

    @POST
    @Path("/bank-statements")
    @Consumes({"application/xml", "text/xml"})
    @Operation(summary = "Import a CAMT.053 statement file (versions 001.02 to 001.08)",
            description = "Roles: finance. Credits matched to a donor become gifts, the rest wait in the review "
                    + "queue; returns reverse the original gift. The file is read in one streaming pass and booked "
                    + "in chunks of 1,000 transactions. 201 with the statements once all is booked; the same file "
                    + "again adds nothing (200, Idempotent-Replayed: true), nor does a transaction already booked "
                    + "with an overlapping statement. Malformed XML 400; an unsupported version or an account that "
                    + "is not ours 422; nothing is stored then. With the header Prefer: respond-async (RFC 7240) the "
                    + "import runs as a background job instead (kind bank-import): 202 at once with the job, "
                    + "Location: /api/v1/jobs/{id}, where its progress (done of total transactions) and, once it "
                    + "SUCCEEDED, its resultLink (the statement) are; a refused file makes the job FAILED with the "
                    + "reason. 409 naming the running job while the same file is being imported.")
    @APIResponse(responseCode = "201", description = "The statements imported")
    @APIResponse(responseCode = "202", description = "Prefer: respond-async: the import's job, queued or running",
            content = @Content(schema = @Schema(implementation = JobView.class)))
    public Response importCamt(byte[] body,
                               @Parameter(description = "respond-async: import in the background (202 with the job)")
                               @HeaderParam("Prefer") String prefer, @Context UriInfo uriInfo) {
        byte[] content = body == null ? new byte[0] : body;
        if (async(prefer)) {
            return started(content, BankUpload.Format.CAMT053, null);
        }
        return imported(imports.importCamt(new ByteArrayInputStream(content), user()), uriInfo);
    }

    @POST
    @Path("/bank-statements/csv")
    @Consumes({"text/csv", "text/plain"})
    @Operation(summary = "Import an online-donation export (CSV) with a column mapping",
            description = "Roles: finance. Query parameters name the columns: date, amount and reference (the "
                    + "provider's transaction id) are required; donorId, iban, name and description help matching. "
                    + "A mapped column missing from the file is a 400 naming it; the same file again adds nothing. "
                    + "Prefer: respond-async as for CAMT.053: 202 with the job (Location: /api/v1/jobs/{id}).")
    public Response importCsv(byte[] body,
                              @QueryParam("source") @NotBlank @Size(max = 40) @Pattern(regexp = "[a-z0-9-]+",
                                      message = "must be a short lowercase name such as mollie") String source,
                              @QueryParam("date") @NotBlank String date,
                              @QueryParam("amount") @NotBlank String amount,
                              @QueryParam("reference") @NotBlank String reference,
                              @QueryParam("donorId") String donorId,
                              @QueryParam("iban") String iban,
                              @QueryParam("name") String name,
                              @QueryParam("description") String description,
                              @QueryParam("dateFormat") String dateFormat,
                              @QueryParam("delimiter") @Pattern(regexp = "[,;|\\t]", message = "must be , ; | or tab")
                              String delimiter,
                              @Parameter(description = "respond-async: import in the background (202 with the job)")
                              @HeaderParam("Prefer") String prefer,
                              @Context UriInfo uriInfo) {
        byte[] content = body == null ? new byte[0] : body;
        CsvMapping mapping = new CsvMapping(source, "csv:" + source, date, amount, reference, donorId, iban, name,
                description, dateFormat, delimiter == null ? null : delimiter.charAt(0));
        if (async(prefer)) {
            return started(content, BankUpload.Format.CSV, mapping);
        }
        // bytes that are not UTF-8 are reported (not replaced with U+FFFD): a 400
        return imported(imports.importCsv(new ByteArrayInputStream(content), mapping, user()), uriInfo);
    }

    private static boolean async(String prefer) {
        return prefer != null && prefer.toLowerCase(Locale.ROOT).contains("respond-async");
    }

    /** Stores the file and starts its import job: 202 with the job, Location its API address. */
    private Response started(byte[] content, BankUpload.Format format, CsvMapping mapping) {
        try {
            java.nio.file.Path file = Files.createTempFile("bank-upload", ".dat");
            try {
                Files.write(file, content);
                Job job = importJob.start(file, null, format, mapping, user(), "en");
                return Response.accepted(JobView.of(job)).location(URI.create("/api/v1/jobs/" + job.id))
                        .header("Preference-Applied", "respond-async").build();
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @GET
    @Path("/bank-statements")
    @Operation(summary = "Imported statements, newest first, with their totals", description = "Roles: finance.")
    public Page<StatementResponse> statements(@QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                              @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
        return new Page<>(imports.statements(page, size).stream().map(this::summary).toList(),
                imports.statementCount(), page, size);
    }

    @GET
    @Path("/bank-statements/{id}")
    @Operation(summary = "A statement: balances, reconciliation, counts and totals per status",
            description = "Roles: finance.")
    public StatementResponse statement(@PathParam("id") String id) {
        return summary(imports.statement(id));
    }

    @GET
    @Path("/bank-statements/{id}/entries")
    @Operation(summary = "A statement's transactions and why each was matched or not", description = "Roles: finance.")
    public Page<StatementResponse.Entry> statementEntries(@PathParam("id") String id,
                                                          @QueryParam("status") EntryStatus status,
                                                          @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                                          @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
        imports.statement(id);
        return entries(id, status, page, size);
    }

    @GET
    @Path("/bank-entries")
    @Operation(summary = "Transactions of all statements by status; status=REVIEW is the review queue",
            description = "Roles: finance.")
    public Page<StatementResponse.Entry> queue(@QueryParam("status") @DefaultValue("REVIEW") EntryStatus status,
                                               @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                               @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
        return entries(null, status, page, size);
    }

    @GET
    @Path("/bank-entries/{id}")
    @Operation(summary = "One transaction and why it was matched or not", description = "Roles: finance.")
    public StatementResponse.Entry entry(@PathParam("id") String id) {
        return StatementResponse.Entry.of(imports.entry(id));
    }

    /** Finance's decision for a credit in the review queue. Without allocations the gift is unearmarked. */
    public record AssignmentRequest(
            @NotNull @Pattern(regexp = UUID, message = "must be a UUID") String donorId,
            @Size(max = 50) List<@Valid @NotNull Allocation> allocations,
            @Pattern(regexp = UUID, message = "must be a UUID") String campaignId,
            Boolean rememberAccount) {

        public record Allocation(EarmarkClass earmarkClass,
                                 @Pattern(regexp = "[A-Z0-9-]{1,30}", message = "must be a fund code such as PRG-MIG") String fundCode,
                                 @NotNull @DecimalMin(value = "0.01", message = "must be at least 0.01")
                                 @Digits(integer = 13, fraction = 2, message = "must have at most 13 digits and 2 decimals")
                                 BigDecimal amount) {
        }
    }

    @POST
    @Path("/bank-entries/{id}/assignment")
    @Operation(summary = "Assign a credit in the review queue to a donor (and funds): it becomes a gift",
            description = "Roles: finance. The account is remembered for the donor (as a keyed hash) unless "
                    + "rememberAccount is false, so the next transfer matches by itself. For a new donor, register "
                    + "the donor in donor-service first; the assignment names its id. 409 when not in the queue.")
    public StatementResponse.Entry assign(@PathParam("id") String id, @Valid @NotNull AssignmentRequest request) {
        List<RecordGift.Line> lines = request.allocations() == null ? null : request.allocations().stream()
                .map(a -> new RecordGift.Line(a.earmarkClass(), a.fundCode(), a.amount())).toList();
        return StatementResponse.Entry.of(imports.assign(id, request.donorId().toLowerCase(), lines,
                request.campaignId() == null ? null : request.campaignId().toLowerCase(),
                request.rememberAccount() == null || request.rememberAccount(), user()));
    }

    /** Why a credit is not a gift (a refund to us, a transfer between own accounts, …). */
    public record IgnoreRequest(@NotBlank @Size(max = 150) String reason) {
    }

    @POST
    // JSON only: a text/plain body would otherwise fill the one-String request record (bad-input corpus)
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("/bank-entries/{id}/ignore")
    @Operation(summary = "Mark a credit in the review queue (or an unmatched return) as not a gift",
            description = "Roles: finance.")
    public StatementResponse.Entry ignore(@PathParam("id") String id, @Valid @NotNull IgnoreRequest request) {
        return StatementResponse.Entry.of(imports.ignore(id, request.reason(), user()));
    }

    private Page<StatementResponse.Entry> entries(String statementId, EntryStatus status, int page, int size) {
        BankImportService.Found found = imports.entries(statementId, status, page, size);
        return new Page<>(found.items().stream().map(StatementResponse.Entry::of).toList(), found.total(), page, size);
    }

    private StatementResponse summary(BankStatement statement) {
        return StatementResponse.of(statement, imports.totalsByStatus(statement.id));
    }

    private Response imported(BankImportService.Imported imported, UriInfo uriInfo) {
        ImportResponse body = new ImportResponse(imported.statements().stream().map(this::summary).toList());
        if (imported.replayed()) {
            return Response.ok(body).header("Idempotent-Replayed", "true").build();
        }
        return Response.created(uriInfo.getBaseUriBuilder().path("api/v1/bank-statements")
                .path(imported.statements().get(0).id).build()).entity(body).build();
    }

    private String user() {
        return identity.getPrincipal().getName();
    }

}
