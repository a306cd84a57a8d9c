package org.donorcrm.donor.giving;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;

/**
 * A SEPA direct-debit mandate for a recurring gift, as learnt from {@code crm.gifts} (gift-service owns it):
 * ACTIVE, LAPSED, STOPPED or CANCELLED. {@code donorId} is the donor it counts for now (the survivor after a merge).
 */
@Entity
@Table(name = "recurring_mandate")
public class RecurringMandate {

    @Id
    @Column(name = "mandate_id", length = 36)
    public String mandateId;

    @Column(name = "donor_id", nullable = false, length = 36)
    public String donorId;

    @Column(name = "original_donor_id", nullable = false, length = 36)
    public String originalDonorId;

    @Column(nullable = false, length = 10)
    public String status;

    @Column(name = "end_date")
    public LocalDate endDate;

    /** Collecting on the given day: ACTIVE and not past its end date. */
    public boolean activeOn(LocalDate day) {
        return "ACTIVE".equals(status) && (endDate == null || !endDate.isBefore(day));
    }
}
