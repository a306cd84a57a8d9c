package org.donorcrm.gift.agreement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A "periodieke gift" agreement: the donor gives a fixed yearly amount for at least five years, which makes the
 * gifts fully tax-deductible. The transaction number is the agreement's own number, quoted to the tax office.
 */
@Entity
@Table(name = "periodic_gift_agreement")
public class PeriodicGiftAgreement {

    public static final int MINIMUM_YEARS = 5;

    @Id
    @Column(length = 36)
    public String id;

    @Column(name = "donor_id", length = 36, nullable = false)
    public String donorId;

    @Column(name = "mandate_id", length = 36)
    public String mandateId;

    @Column(name = "transaction_number", length = 35, nullable = false)
    public String transactionNumber;

    @Column(name = "yearly_amount", precision = 15, scale = 2, nullable = false)
    public BigDecimal yearlyAmount;

    @Column(length = 3, nullable = false)
    public String currency;

    @Column(name = "start_date", nullable = false)
    public LocalDate startDate;

    /** The last day of the agreement; null while it runs until the donor ends it (after the minimum years). */
    @Column(name = "end_date")
    public LocalDate endDate;

    @Column(name = "duration_years", nullable = false)
    public int durationYears;

    @Column(name = "signature_date", nullable = false)
    public LocalDate signatureDate;

    @Column(length = 20, nullable = false)
    public String status;

    @Column(name = "created_by", length = 100, nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
