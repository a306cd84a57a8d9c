package org.donorcrm.donor.mail;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.Optional;

/**
 * Outgoing e-mail ({@code crm.mail.*}); the SMTP server itself is Quarkus Mailer's {@code quarkus.mailer.*}, set from
 * {@code CRM_SMTP_HOST}, {@code CRM_SMTP_PORT}, ... in application.properties.
 */
@ConfigMapping(prefix = "crm.mail")
public interface MailConfig {

    /** The sender, "Name <address>". */
    @WithDefault("Defence for Children – ECPAT Nederland <bedankt@defenceforchildren.nl>")
    String from();

    /** Where a donor's answer goes; none: to {@link #from()}. */
    Optional<String> replyTo();

    /** Attempts before a message is FAILED (the dead-letter view). */
    @WithDefault("5")
    int maxAttempts();

    /** The pause after the first failed attempt; doubled after each further one. */
    @WithDefault("60s")
    Duration backoff();

    /** How often every replica sends the messages that are due ({@link MailSender}). */
    @WithDefault("5s")
    Duration pollInterval();

    /** Messages sent per run of the sender at most (the rest wait for the next run). */
    @WithDefault("50")
    int batchSize();
}
