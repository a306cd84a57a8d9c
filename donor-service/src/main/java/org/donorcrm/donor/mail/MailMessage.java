package org.donorcrm.donor.mail;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * One e-mail to a donor (V14, V19): written QUEUED when a fundraiser sends it (or a run of annual statements queues it), SENT once the SMTP server took it, FAILED
 * after {@link MailConfig#maxAttempts()} failed attempts. Holds personal data (the address and the text); erasing the
 * donor deletes it. {@link #lastError} never names an address.
 */
@Entity
@Table(name = "mail_message")
public class MailMessage {

    public enum Status {
        QUEUED,
        SENT,
        FAILED
    }

    /**
     * What the message is: a thank-you, one per gift at most; an annual statement, one per donor and year at most
     * (its PDF attached when it is sent, read from the run's stored statement); a mandate confirmation, the service
     * message of the public donation page (one per sign-up, sent whatever the marketing consent).
     */
    public enum Kind {
        THANK_YOU,
        ANNUAL_STATEMENT,
        MANDATE_CONFIRMATION
    }

    @Id
    @Column(length = 36)
    public String id;

    @Column(name = "donor_id", nullable = false, length = 36)
    public String donorId;

    /** The gift thanked for (THANK_YOU); null for a message about no single gift. */
    @Column(name = "gift_id", length = 36)
    public String giftId;

    /** The year of the annual statement (ANNUAL_STATEMENT), else null. */
    @Column(name = "statement_year")
    public Integer statementYear;

    /** The run whose stored statement is attached (ANNUAL_STATEMENT), else null. */
    @Column(name = "run_id", length = 36)
    public String runId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public Kind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    public Status status;

    @Column(nullable = false, length = 254)
    public String recipient;

    @Column(nullable = false, length = 300)
    public String subject;

    @Column(nullable = false, length = 6000)
    public String body;

    @Column(nullable = false)
    public int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    public Instant nextAttemptAt;

    @Column(name = "last_error", length = 300)
    public String lastError;

    @Column(name = "queued_at", nullable = false)
    public Instant queuedAt;

    @Column(name = "queued_by", nullable = false, length = 100)
    public String queuedBy;

    @Column(name = "sent_at")
    public Instant sentAt;
}
