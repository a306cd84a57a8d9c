package org.donorcrm.donor.donate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A mandate signed on the public donation page, kept until gift-service has it (V21): PENDING, then SENT, or
 * FAILED when gift-service refused it for good. The account holder and IBAN are personal data: erasing the donor
 * deletes the row; {@link #lastError} holds an HTTP status or an exception's kind, never personal data.
 */
@Entity
@Table(name = "online_signup")
public class OnlineSignup {

    public enum Status {
        PENDING,
        SENT,
        FAILED
    }

    /** How often the gift is collected, as gift-service names it. */
    public enum Frequency {
        MONTHLY,
        QUARTERLY,
        YEARLY
    }

    @Id
    @Column(length = 36)
    public String id;

    @Column(name = "donor_id", nullable = false, length = 36)
    public String donorId;

    @Column(nullable = false, length = 35)
    public String reference;

    @Column(name = "campaign_id", length = 36)
    public String campaignId;

    @Column(name = "appeal_id", length = 36)
    public String appealId;

    @Column(nullable = false, precision = 15, scale = 2)
    public BigDecimal amount;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public Frequency frequency;

    @Column(name = "debtor_name", length = 70)
    public String debtorName;

    @Column(name = "debtor_iban", length = 34)
    public String debtorIban;

    @Column(name = "signature_date", nullable = false)
    public LocalDate signatureDate;

    @Column(name = "first_collection_date", nullable = false)
    public LocalDate firstCollectionDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    public Status status;

    @Column(nullable = false)
    public int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    public Instant nextAttemptAt;

    @Column(name = "last_error", length = 100)
    public String lastError;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "sent_at")
    public Instant sentAt;
}
