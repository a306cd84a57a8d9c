package org.donorcrm.gift.gift;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.donorcrm.gift.replica.EarmarkClass;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A gift as recorded: money (or goods) from one donor, counted on its income date, split over earmark classes
 * by its allocations. The aggregate of gift-service; its changes reach other services only as events.
 */
@Entity
@Table(name = "gift")
public class Gift {

    @Id
    @Column(length = 36)
    public String id;

    @Column(name = "donor_id", length = 36, nullable = false)
    public String donorId;

    @Column(precision = 15, scale = 2, nullable = false)
    public BigDecimal amount;

    @Column(length = 3, nullable = false)
    public String currency;

    @Column(name = "income_date", nullable = false)
    public LocalDate incomeDate;

    @Column(name = "received_date", nullable = false)
    public LocalDate receivedDate;

    @Enumerated(EnumType.STRING)
    @Column(length = 30, nullable = false)
    public Channel channel;

    @Enumerated(EnumType.STRING)
    @Column(length = 20, nullable = false)
    public GiftStatus status = GiftStatus.RECORDED;

    @Column(name = "campaign_id", length = 36)
    public String campaignId;

    @Column(name = "appeal_id", length = 36)
    public String appealId;

    /** What was given, for gifts in kind and pro bono work (their amount is the fair value). */
    @Column(length = 500)
    public String description;

    @Column(name = "batch_id", length = 36)
    public String batchId;

    @Column(name = "recorded_by", length = 100, nullable = false)
    public String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    @Version
    public long version;

    @OneToMany(mappedBy = "gift", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @OrderBy("lineNo")
    public List<GiftAllocation> allocations = new ArrayList<>();

    public void addAllocation(EarmarkClass earmarkClass, String fundId, String fundCode, BigDecimal allocated) {
        GiftAllocation allocation = new GiftAllocation();
        allocation.gift = this;
        allocation.lineNo = allocations.size() + 1;
        allocation.earmarkClass = earmarkClass;
        allocation.fundId = fundId;
        allocation.fundCode = fundCode;
        allocation.amount = allocated;
        allocations.add(allocation);
    }
}
