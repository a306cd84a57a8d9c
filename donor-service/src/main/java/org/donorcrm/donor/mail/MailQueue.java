package org.donorcrm.donor.mail;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.donorcrm.platform.http.NotFound;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The e-mails waiting to be sent, sent and failed ({@link MailMessage}); {@link MailSender} sends them. A thank-you is
 * queued once per gift (queuing it again answers the one queued before), an annual statement once per donor and
 * year.
 */
@ApplicationScoped
public class MailQueue implements PanacheRepositoryBase<MailMessage, String> {

    /** A message to queue: its addressee, what it is for and its text. */
    public record Draft(String donorId, String giftId, MailMessage.Kind kind, String recipient, String subject,
                        String body) {
    }

    /**
     * Queues the message unless one of its kind was queued for the gift before (that one is answered, and nothing is
     * written). The caller locks the donor meanwhile, so that two requests at once queue one message; the unique key
     * (gift_id, kind) is the last guard.
     */
    @Transactional
    public Queued queue(Draft draft, String user) {
        Optional<MailMessage> earlier = of(draft.giftId(), draft.kind());
        if (earlier.isPresent()) {
            return new Queued(earlier.get(), false);
        }
        MailMessage message = queued(draft.donorId(), draft.kind(), draft.recipient(), draft.subject(), draft.body(),
                user);
        message.giftId = draft.giftId();
        persist(message);
        return new Queued(message, true);
    }

    /** An annual statement to e-mail: to whom, the year, the run whose stored statement is attached, its text. */
    public record StatementDraft(String donorId, int year, String runId, String recipient, String subject,
                                 String body) {
    }

    /**
     * Queues the donor's annual statement of the year unless one was queued for that donor and year before, by this
     * run or another (nothing is written then); in the caller's transaction when there is one. The unique key
     * (donor_id, kind, statement_year) is the last guard.
     *
     * @return whether it was queued now
     */
    @Transactional
    public boolean queueStatement(StatementDraft draft, String user) {
        if (count("donorId = ?1 and kind = ?2 and statementYear = ?3", draft.donorId(),
                MailMessage.Kind.ANNUAL_STATEMENT, draft.year()) > 0) {
            return false;
        }
        MailMessage message = queued(draft.donorId(), MailMessage.Kind.ANNUAL_STATEMENT, draft.recipient(),
                draft.subject(), draft.body(), user);
        message.statementYear = draft.year();
        message.runId = draft.runId();
        persist(message);
        return true;
    }

    /** A service message about no gift (a mandate's confirmation): to whom, what it is, its text. */
    public record ServiceDraft(String donorId, MailMessage.Kind kind, String recipient, String subject, String body) {
    }

    /** Queues a service message in the caller's transaction; it is sent like any other message. */
    @Transactional
    public MailMessage queueService(ServiceDraft draft, String user) {
        MailMessage message = queued(draft.donorId(), draft.kind(), draft.recipient(), draft.subject(), draft.body(),
                user);
        persist(message);
        return message;
    }

    /** A new message, due at once, not yet written. */
    private static MailMessage queued(String donorId, MailMessage.Kind kind, String recipient, String subject,
                                      String body, String user) {
        MailMessage message = new MailMessage();
        message.id = UUID.randomUUID().toString();
        message.donorId = donorId;
        message.kind = kind;
        message.status = MailMessage.Status.QUEUED;
        message.recipient = recipient;
        message.subject = subject;
        message.body = body;
        message.attempts = 0;
        message.queuedAt = Instant.now();
        message.nextAttemptAt = message.queuedAt;
        message.queuedBy = user;
        return message;
    }

    /** How many messages of this kind the run queued. */
    @Transactional
    public long ofRun(String runId, MailMessage.Kind kind) {
        return count("runId = ?1 and kind = ?2", runId, kind);
    }

    /** The message, and whether it was queued just now. */
    public record Queued(MailMessage message, boolean queued) {
    }

    @Transactional
    public Optional<MailMessage> of(String giftId, MailMessage.Kind kind) {
        return find("giftId = ?1 and kind = ?2", giftId, kind).firstResultOptional();
    }

    /** The state of the messages of these gifts, by gift id. */
    @Transactional
    public Map<String, MailMessage.Status> statusOf(Collection<String> giftIds, MailMessage.Kind kind) {
        Map<String, MailMessage.Status> states = new HashMap<>();
        if (!giftIds.isEmpty()) {
            list("giftId in ?1 and kind = ?2", giftIds, kind).forEach(m -> states.put(m.giftId, m.status));
        }
        return states;
    }

    /** The failed messages, the most recent first: the dead-letter view. */
    @Transactional
    public List<MailMessage> failed() {
        return list("status = ?1 order by nextAttemptAt desc, id", MailMessage.Status.FAILED);
    }

    /** The messages still waiting, the oldest first. */
    @Transactional
    public List<MailMessage> waiting() {
        return list("status = ?1 order by queuedAt, id", MailMessage.Status.QUEUED);
    }

    /** Puts a failed message back in the queue with fresh attempts; a message that is not FAILED is left as it is. */
    @Transactional
    public MailMessage retry(String id) {
        MailMessage message = findByIdOptional(id).orElseThrow(() -> new NotFound("no mail message " + id));
        if (message.status == MailMessage.Status.FAILED) {
            message.status = MailMessage.Status.QUEUED;
            message.attempts = 0;
            message.nextAttemptAt = Instant.now();
        }
        return message;
    }

    /** Every message to these donors, oldest first (the privacy export). */
    @Transactional
    public List<MailMessage> ofDonors(Collection<String> donorIds) {
        return donorIds.isEmpty() ? List.of() : list("donorId in ?1 order by queuedAt, id", donorIds);
    }

    /** Deletes every message to these donors (erasure), in the caller's transaction. */
    public long deleteOfDonors(Collection<String> donorIds) {
        return donorIds.isEmpty() ? 0 : delete("donorId in ?1", donorIds);
    }
}
