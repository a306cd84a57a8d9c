package org.donorcrm.donor.donate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A campaign or appeal (an appeal has a parent campaign) as the donation page knows it, from crm.campaigns. */
@Entity
@Table(name = "donate_campaign")
public class DonateCampaign {

    @Id
    @Column(name = "campaign_id", length = 36)
    public String campaignId;

    @Column(nullable = false, length = 30)
    public String code;

    @Column(nullable = false, length = 200)
    public String name;

    @Column(name = "parent_campaign_id", length = 36)
    public String parentCampaignId;

    @Column(nullable = false, length = 20)
    public String status;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    public boolean open() {
        return !"CLOSED".equals(status);
    }
}
