package org.donorcrm.reporting.ledger;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A campaign, or an appeal (a campaign with a parent and a channel), as campaign-service last defined it
 * (crm.campaign.defined.v1): the goal that campaign results are measured against.
 */
@Entity
@Table(name = "campaign_replica")
public class CampaignReplica {

    @Id
    @Column(name = "campaign_id", length = 36)
    public String campaignId;

    @Column(length = 30, nullable = false)
    public String code;

    @Column(length = 200, nullable = false)
    public String name;

    @Column(precision = 15, scale = 2)
    public BigDecimal goal;

    @Column(length = 3)
    public String currency;

    @Column(name = "start_date")
    public LocalDate startDate;

    @Column(name = "end_date")
    public LocalDate endDate;

    @Column(length = 20, nullable = false)
    public String status;

    @Column(name = "parent_campaign_id", length = 36)
    public String parentCampaignId;

    @Column(length = 30)
    public String channel;

    @Column(name = "state_at", nullable = false)
    public Instant stateAt;
}
