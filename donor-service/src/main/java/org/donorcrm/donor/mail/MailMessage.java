package org.donorcrm.donor.mail;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * One e-mail to a donor (V14): written QUEUED when a fundraiser sends it, SENT once the SMTP server took it, FAILED
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

    /** What the message is; one of each kind per gift at most. */
    public enum Kind {
        THANK_YOU
    }

    @Id
    @Column(length = 36)
    public String id;

    @Column(name = "donor_id", nullable = false, length = 36)
    public String donorId;

    @Column(name = "gift_id", nullable = false, length = 36)
    public String giftId;

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
