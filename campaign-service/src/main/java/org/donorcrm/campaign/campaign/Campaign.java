package org.donorcrm.campaign.campaign;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.donorcrm.campaign.audit.Tracked;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A fundraising effort with a goal and dates, such as the year-end private-donor appeal. An appeal is a
 * campaign with a parent campaign and a channel (a letter, an e-mail, an event...) and its own goal; the
 * campaign's results include those of its appeals.
 */
@Entity
@Table(name = "campaign")
public class Campaign extends Tracked {

    @Id
    @Column(length = 36)
    public String id;

    @Column(length = 30, nullable = false, unique = true)
    public String code;

    @Column(length = 200, nullable = false)
    public String name;

    @Column(precision = 15, scale = 2, nullable = false)
    public BigDecimal goal;

    @Column(length = 3, nullable = false)
    public String currency;

    @Column(name = "start_date", nullable = false)
    public LocalDate startDate;

    @Column(name = "end_date", nullable = false)
    public LocalDate endDate;

    @Enumerated(EnumType.STRING)
    @Column(length = 20, nullable = false)
    public CampaignStatus status;

    /** Who the campaign addresses, in words ("private donors who gave last year"); never a list of people. */
    @Column(name = "target_group", length = 200)
    public String targetGroup;

    /** The staff user responsible for the campaign. */
    @Column(length = 100)
    public String owner;

    @Column(name = "parent_campaign_id", length = 36)
    public String parentCampaignId;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    public AppealChannel channel;

    public boolean isAppeal() {
        return parentCampaignId != null;
    }
}
