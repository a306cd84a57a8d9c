package org.donorcrm.gift.replica;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A campaign or appeal (an appeal has a parent campaign) gifts can be attributed to, from crm.campaigns. */
@Entity
@Table(name = "campaign_replica")
public class CampaignReplica {

    @Id
    @Column(name = "campaign_id", length = 36)
    public String campaignId;

    @Column(length = 30)
    public String code;

    @Column(name = "parent_campaign_id", length = 36)
    public String parentCampaignId;

    @Column(length = 20, nullable = false)
    public String status;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
