package org.donorcrm.campaign.campaign;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** Money spent on a campaign or appeal (printing, postage, ads, platform fees); the base of cost per euro. */
@Entity
@Table(name = "campaign_cost")
public class CampaignCost {

    @Id
    @Column(length = 36)
    public String id;

    /** The campaign or appeal the cost belongs to. */
    @Column(name = "campaign_id", length = 36, nullable = false)
    public String campaignId;

    @Enumerated(EnumType.STRING)
    @Column(length = 20, nullable = false)
    public CostCategory category;

    @Column(precision = 15, scale = 2, nullable = false)
    public BigDecimal amount;

    @Column(length = 3, nullable = false)
    public String currency;

    @Column(name = "cost_date", nullable = false)
    public LocalDate costDate;

    @Column(length = 500)
    public String description;

    @Column(name = "recorded_by", length = 100, nullable = false)
    public String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;
}
