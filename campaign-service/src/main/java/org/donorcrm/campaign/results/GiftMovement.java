package org.donorcrm.campaign.results;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A signed movement of a gift into (+) or out of (−) a campaign or appeal, as the gift events announced it.
 * Rows are only added; the results of a campaign are sums over them.
 */
@Entity
@Table(name = "gift_movement")
public class GiftMovement {

    public enum Kind { RECORDED, REVERSED, REALLOCATED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "event_id", length = 36, nullable = false)
    public String eventId;

    /** 1 for most events; a reallocation writes line 1 (out of the old campaign) and line 2 (into the new). */
    @Column(name = "line_no", nullable = false)
    public int lineNo;

    @Enumerated(EnumType.STRING)
    @Column(length = 20, nullable = false)
    public Kind movement;

    @Column(name = "gift_id", length = 36, nullable = false)
    public String giftId;

    /** The donor, re-keyed to the survivor when donors are merged. */
    @Column(name = "donor_id", length = 36, nullable = false)
    public String donorId;

    @Column(name = "campaign_id", length = 36)
    public String campaignId;

    @Column(name = "appeal_id", length = 36)
    public String appealId;

    /** The appeal if there is one, else the campaign, else null: where the movement counts. */
    @Column(name = "attributed_to", length = 36)
    public String attributedTo;

    @Column(name = "income_date", nullable = false)
    public LocalDate incomeDate;

    /** When the gift was recorded (recorded movements only): orders two first gifts on the same day. */
    @Column(name = "gift_recorded_at")
    public Instant giftRecordedAt;

    @Column(precision = 15, scale = 2, nullable = false)
    public BigDecimal amount;
}
