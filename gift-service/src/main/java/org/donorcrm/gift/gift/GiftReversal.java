package org.donorcrm.gift.gift;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;

/** The reversal of a whole gift; it counts negative on its own date, the gift itself stays as history. */
@Entity
@Table(name = "gift_reversal")
public class GiftReversal {

    @Id
    @Column(length = 36)
    public String id;

    @Column(name = "gift_id", length = 36, nullable = false, unique = true)
    public String giftId;

    @Column(name = "reversal_date", nullable = false)
    public LocalDate reversalDate;

    @Enumerated(EnumType.STRING)
    @Column(length = 30, nullable = false)
    public ReversalReason reason;

    @Column(length = 500)
    public String note;

    @Column(name = "reversed_by", length = 100, nullable = false)
    public String reversedBy;

    @Column(name = "reversed_at", nullable = false)
    public Instant reversedAt;
}
