package org.donorcrm.donor.giving;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A gift as learnt from {@code crm.gifts}: enough to compute a donor's giving summary. {@code donorId} is the
 * donor the gift counts for now (the survivor after a merge); {@code originalDonorId} the one it was given by.
 */
@Entity
@Table(name = "gift_fact")
public class GiftFact {

    @Id
    @Column(name = "gift_id", length = 36)
    public String giftId;

    @Column(name = "donor_id", nullable = false, length = 36)
    public String donorId;

    @Column(name = "original_donor_id", nullable = false, length = 36)
    public String originalDonorId;

    @Column(nullable = false, precision = 15, scale = 2)
    public BigDecimal amount;

    @Column(name = "income_date", nullable = false)
    public LocalDate incomeDate;

    @Column(nullable = false, length = 30)
    public String channel;

    @Column(nullable = false)
    public boolean reversed;

    @Column(name = "reversal_date")
    public LocalDate reversalDate;

    /** The funds of its allocations as the thank-you tasks show them ("ALG, PRG-HELP"); null when not known. */
    @Column(length = 300)
    public String funds;
}
