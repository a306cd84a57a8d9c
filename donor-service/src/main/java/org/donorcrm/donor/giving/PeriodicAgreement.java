package org.donorcrm.donor.giving;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;

/**
 * A periodic-gift agreement (periodieke gift, at least five years) as learnt from {@code crm.agreement.signed.v1}:
 * the mandate that pays it, its number (gift-service's transaction number) and its term. gift-service owns it.
 */
@Entity
@Table(name = "periodic_agreement")
public class PeriodicAgreement {

    @Id
    @Column(name = "agreement_id", length = 36)
    public String agreementId;

    @Column(name = "mandate_id", length = 36)
    public String mandateId;

    /**
     * The agreement's number in gift-service (the "transactienummer" the donor quotes to the tax office); null for an
     * agreement learnt before the event carried it (V20).
     */
    @Column(name = "transaction_number", length = 35)
    public String transactionNumber;

    @Column(name = "start_date", nullable = false)
    public LocalDate startDate;

    @Column(name = "end_date")
    public LocalDate endDate;

    @Column(name = "duration_years", nullable = false)
    public int durationYears;

    /** The gift of this day falls in the agreement's term. */
    public boolean covers(LocalDate day) {
        return !day.isBefore(startDate) && (endDate == null || !day.isAfter(endDate));
    }
}
