package org.donorcrm.gift.batch;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;

/** A batch of gifts entered together and posted at once, only when its control count and total match. */
@Entity
@Table(name = "gift_batch")
public class GiftBatch {

    @Id
    @Column(length = 36)
    public String id;

    @Column(name = "control_count", nullable = false)
    public int controlCount;

    @Column(name = "control_total", precision = 15, scale = 2, nullable = false)
    public BigDecimal controlTotal;

    @Column(name = "posted_by", length = 100, nullable = false)
    public String postedBy;

    @Column(name = "posted_at", nullable = false)
    public Instant postedAt;
}
