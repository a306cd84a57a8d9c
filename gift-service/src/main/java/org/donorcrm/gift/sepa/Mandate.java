package org.donorcrm.gift.sepa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A SEPA Core direct-debit mandate ("machtiging") and the recurring gift it pays: amount, frequency, first
 * collection date and fund. The debtor's name, IBAN and BIC are personal data held here only; they never go into
 * events or logs and are blanked when the donor is erased.
 */
@Entity
@Table(name = "sepa_mandate")
public class Mandate {

    @Id
    @Column(length = 36)
    public String id;

    @Column(name = "donor_id", length = 36, nullable = false)
    public String donorId;

    @Column(length = 35, nullable = false)
    public String reference;

    @Column(name = "creditor_id", length = 35, nullable = false)
    public String creditorId;

    @Column(name = "signature_date", nullable = false)
    public LocalDate signatureDate;

    @Column(name = "debtor_name", length = 70)
    public String debtorName;

    @Column(name = "debtor_iban", length = 34)
    public String debtorIban;

    @Column(name = "debtor_bic", length = 11)
    public String debtorBic;

    @Column(precision = 15, scale = 2, nullable = false)
    public BigDecimal amount;

    @Column(length = 3, nullable = false)
    public String currency;

    @Enumerated(EnumType.STRING)
    @Column(length = 20, nullable = false)
    public Frequency frequency;

    @Column(name = "first_collection_date", nullable = false)
    public LocalDate firstCollectionDate;

    @Column(name = "end_date")
    public LocalDate endDate;

    @Column(name = "fund_code", length = 30, nullable = false)
    public String fundCode;

    /** The campaign the mandate was signed for (its collected gifts count there); null when none. */
    @Column(name = "campaign_id", length = 36)
    public String campaignId;

    /** The appeal of that campaign, or null. */
    @Column(name = "appeal_id", length = 36)
    public String appealId;

    @Enumerated(EnumType.STRING)
    @Column(length = 20, nullable = false)
    public MandateStatus status;

    @Column(name = "status_reason", length = 200)
    public String statusReason;

    @Column(name = "last_collection_date")
    public LocalDate lastCollectionDate;

    @Column(name = "return_count", nullable = false)
    public int returnCount;

    @Column(name = "created_by", length = 100, nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Version
    public long version;

    public boolean isDueOn(LocalDate date) {
        return status == MandateStatus.ACTIVE && frequency.isDueOn(firstCollectionDate, endDate, date);
    }

    /** The date the lapse rule counts from: the last collection, or the signature when never collected. */
    public LocalDate lastUse() {
        return lastCollectionDate != null ? lastCollectionDate : signatureDate;
    }
}
