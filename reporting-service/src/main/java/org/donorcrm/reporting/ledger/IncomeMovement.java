package org.donorcrm.reporting.ledger;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One row of the income ledger that the figures are sums of: an amount of one gift's allocation, in one earmark
 * class, counted on one income date. Rows are only ever added; the one exception is {@code donorId}, which a
 * donor merge re-keys to the survivor.
 */
@Entity
@Table(name = "income_movement")
public class IncomeMovement {

    /** Why the row exists. */
    public enum Kind {
        /** + per allocation of a recorded gift, on its income date */
        RECORDED,
        /** − per allocation of a reversed gift, on the reversal date */
        REVERSED,
        /** − per previous allocation of a re-earmarked gift, on its original income date */
        REALLOCATED_OUT,
        /** + per new allocation of a re-earmarked gift, on its original income date */
        REALLOCATED_IN
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "event_id", length = 36, nullable = false)
    public String eventId;

    @Enumerated(EnumType.STRING)
    @Column(length = 20, nullable = false)
    public Kind movement;

    @Column(name = "gift_id", length = 36, nullable = false)
    public String giftId;

    @Column(name = "donor_id", length = 36, nullable = false)
    public String donorId;

    @Column(name = "line_no", nullable = false)
    public int lineNo;

    @Column(name = "income_date", nullable = false)
    public LocalDate incomeDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "earmark_class", length = 20, nullable = false)
    public EarmarkClass earmarkClass;

    @Column(name = "fund_code", length = 30)
    public String fundCode;

    @Column(precision = 15, scale = 2, nullable = false)
    public BigDecimal amount;

    @Column(name = "campaign_id", length = 36)
    public String campaignId;

    @Column(name = "appeal_id", length = 36)
    public String appealId;
}
