package org.donorcrm.donor.mail;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.EntityManager;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Sends the queued e-mails through the SMTP server (Quarkus Mailer), every {@code crm.mail.poll-interval}, on every
 * replica. One message per transaction: it is claimed with {@code SELECT ... FOR UPDATE SKIP LOCKED} (another
 * replica skips it while it is being sent), sent with the attachments its feature reads at that moment
 * ({@link MailAttachments}), and marked SENT in that transaction, with what it was for
 * ({@link MailSent}). A failure (SMTP down, refused) counts an attempt and waits {@code crm.mail.backoff}, doubled
 * after each further attempt; after {@code crm.mail.max-attempts} the message is FAILED. One message that fails
 * never holds up the others. The log names message ids only, never an address.
 */
@ApplicationScoped
public class MailSender {

    private static final Logger LOG = Logger.getLogger(MailSender.class);
    /** Anything that looks like an e-mail address, removed from an error before it is kept or logged. */
    private static final Pattern ADDRESS = Pattern.compile("[^\\s<>\"',;:()\\[\\]]+@[^\\s<>\"',;:()\\[\\]]+");

    private final EntityManager entityManager;
    private final Mailer mailer;
    private final MailConfig config;
    private final Event<MailSent> sent;
    private final Instance<MailGuard> guards;
    private final Instance<MailAttachments> attachments;

    public MailSender(EntityManager entityManager, Mailer mailer, MailConfig config, Event<MailSent> sent,
                      Instance<MailGuard> guards, Instance<MailAttachments> attachments) {
        this.entityManager = entityManager;
        this.mailer = mailer;
        this.config = config;
        this.sent = sent;
        this.guards = guards;
        this.attachments = attachments;
    }

    @Scheduled(identity = "mail-sender", every = "${crm.mail.poll-interval:5s}",
            delayed = "${crm.mail.poll-interval:5s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void run() {
        sendDue();
    }

    /** Sends the messages that are due, up to {@code crm.mail.batch-size}; the number of messages tried. */
    public int sendDue() {
        int tried = 0;
        while (tried < config.batchSize() && QuarkusTransaction.requiringNew().call(this::sendOne)) {
            tried++;
        }
        return tried;
    }

    /** Claims one due message and sends it; false when none is due. */
    private boolean sendOne() {
        @SuppressWarnings("unchecked")
        List<String> ids = entityManager.createNativeQuery("""
                        SELECT id FROM mail_message WHERE status = 'QUEUED' AND next_attempt_at <= ?1
                        ORDER BY next_attempt_at, id LIMIT 1 FOR UPDATE SKIP LOCKED""")
                .setParameter(1, Instant.now()).getResultList();
        if (ids.isEmpty()) {
            return false;
        }
        MailMessage message = entityManager.find(MailMessage.class, ids.get(0));
        message.attempts++;
        for (MailGuard guard : guards) {
            Optional<String> refusal = guard.refusal(message);
            if (refusal.isPresent()) {
                message.status = MailMessage.Status.FAILED;
                message.lastError = "not sent: " + refusal.get();
                LOG.infof("mail %s not sent: %s", message.id, refusal.get());
                return true;
            }
        }
        try {
            Mail mail = Mail.withText(message.recipient, message.subject, message.body).setFrom(config.from());
            config.replyTo().ifPresent(mail::setReplyTo);
            // read now, in the sending transaction: an attachment is kept once, by the feature that owns it
            for (MailAttachments feature : attachments) {
                for (MailAttachments.Attachment file : feature.of(message)) {
                    mail.addAttachment(file.name(), file.content(), file.contentType());
                }
            }
            mailer.send(mail);
        } catch (RuntimeException e) {
            message.lastError = withoutAddresses(e);
            if (message.attempts >= config.maxAttempts()) {
                message.status = MailMessage.Status.FAILED;
                LOG.warnf("mail %s failed for good after %d attempts: %s", message.id, message.attempts,
                        message.lastError);
            } else {
                message.nextAttemptAt = Instant.now().plus(pause(message.attempts));
                LOG.infof("mail %s attempt %d failed, next at %s: %s", message.id, message.attempts,
                        message.nextAttemptAt, message.lastError);
            }
            return true;
        }
        message.status = MailMessage.Status.SENT;
        message.sentAt = Instant.now();
        message.lastError = null;
        sent.fire(new MailSent(message.id, message.kind, message.donorId, message.giftId, message.queuedBy));
        return true;
    }

    /** The pause after attempt n: the backoff, doubled for every attempt after the first (at most 2^10 times). */
    private Duration pause(int attempt) {
        return config.backoff().multipliedBy(1L << Math.min(attempt - 1, 10));
    }

    /** The error's kind and text without any e-mail address, at most 300 characters. */
    static String withoutAddresses(Throwable error) {
        Throwable cause = error;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String text = cause.getClass().getSimpleName() + (cause.getMessage() == null ? ""
                : ": " + ADDRESS.matcher(cause.getMessage()).replaceAll("[address]"));
        return text.length() <= 300 ? text : text.substring(0, 300);
    }
}
