package org.donorcrm.donor.privacy;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.donorcrm.donor.audit.AuditEntry;
import org.donorcrm.donor.audit.AuditTrail;
import org.donorcrm.donor.consent.ConsentsResponse;
import org.donorcrm.donor.contact.ContactPersonResponse;
import org.donorcrm.donor.donor.DonorResponse;
import org.donorcrm.donor.donor.Patterns;
import org.donorcrm.donor.interaction.InteractionResponse;
import org.donorcrm.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The data subject's rights (everything held on a person, and erasure) and the audit trail. */
@Path("/api/v1/donors/{donorId}")
@Tag(name = "Privacy and audit")
@SecurityRequirement(name = "SecurityScheme")
public class PrivacyResource {

    public record AuditEntryResponse(Instant occurredAt, String actor, String action, List<AuditTrail.Change> changes) {
    }

    public record GiftLine(String giftId, LocalDate incomeDate, BigDecimal amount, String channel, boolean reversed,
                           LocalDate reversalDate) {
    }

    /** Everything held on a person (AVG/GDPR art. 15 and 20). */
    public record PrivacyExport(Instant exportedAt, DonorResponse donor, List<String> mergedDonorIds,
                                String householdId, String householdName, ConsentsResponse consents,
                                List<InteractionResponse> interactions,
                                List<ContactPersonResponse> contactPersons, List<GiftLine> gifts,
                                List<AuditEntryResponse> auditTrail, List<MailLine> mails) {
    }

    /** An e-mail to the person (a thank-you), with its address and text. */
    public record MailLine(String id, String giftId, String kind, String status, String recipient, String subject,
                           String body, Instant queuedAt, Instant sentAt) {
    }

    public record ErasureResponse(String donorId, String status) {
    }

    private final PrivacyService privacy;
    private final AuditTrail audit;
    private final SecurityIdentity identity;

    public PrivacyResource(PrivacyService privacy, AuditTrail audit, SecurityIdentity identity) {
        this.privacy = privacy;
        this.audit = audit;
        this.identity = identity;
    }

    @GET
    @Path("/privacy-export")
    @RolesAllowed({Roles.FUNDRAISER, Roles.FINANCE, Roles.ADMIN})
    @Operation(summary = "Everything held on a donor, as JSON", description = "Roles: fundraiser, finance, admin. "
            + "For a data subject's access request: details, consents with history, interactions, contact persons, "
            + "gifts, audit trail, e-mails sent or queued to the person.")
    public PrivacyExport export(@PathParam("donorId") String donorId) {
        PrivacyService.Export e = privacy.export(donorId);
        List<ConsentsResponse.HistoryItem> history = e.consents().stream().map(ConsentsResponse.HistoryItem::of)
                .toList();
        return new PrivacyExport(Instant.now(), DonorResponse.of(e.donor()), e.mergedDonorIds(),
                e.household() == null ? null : e.household().id, e.household() == null ? null : e.household().name,
                new ConsentsResponse(null, history),
                e.interactions().stream().map(InteractionResponse::of).toList(),
                e.contactPersons().stream().map(ContactPersonResponse::of).toList(),
                e.gifts().stream().map(g -> new GiftLine(g.giftId, g.incomeDate, g.amount, g.channel, g.reversed,
                        g.reversalDate)).toList(),
                e.auditTrail().stream().map(this::entry).toList(),
                e.mails().stream().map(m -> new MailLine(m.id, m.giftId, m.kind.name(), m.status.name(), m.recipient,
                        m.subject, m.body, m.queuedAt, m.sentAt)).toList());
    }

    @POST
    @Path("/erasure")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Erase a donor's personal data", description = "Roles: admin. Anonymises every personal "
            + "field (also of donors merged into it), interaction summaries, contact persons and audit values; the "
            + "id and gifts stay countable. Publishes crm.donor.erased.v1. Repeating it changes nothing.")
    public ErasureResponse erase(@PathParam("donorId") String donorId) {
        return new ErasureResponse(donorId, privacy.erase(donorId, identity.getPrincipal().getName()).status.name());
    }

    @GET
    @Path("/audit-trail")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Who changed what and when", description = "Roles: admin.")
    public List<AuditEntryResponse> auditTrail(@PathParam("donorId") @Pattern(regexp = Patterns.UUID,
                                                      message = "must be a UUID") String donorId) {
        return audit.trailOf(donorId).stream().map(this::entry).toList();
    }

    private AuditEntryResponse entry(AuditEntry a) {
        return new AuditEntryResponse(a.occurredAt, a.actor, a.action, audit.changesOf(a));
    }
}
