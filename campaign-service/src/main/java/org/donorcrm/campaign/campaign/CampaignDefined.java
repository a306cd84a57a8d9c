package org.donorcrm.campaign.campaign;

import com.fasterxml.jackson.annotation.JsonFormat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * {@code crm.campaign.defined.v1}: the full state of a campaign or appeal (an appeal has a parent and a
 * channel), sent on create and on every change; consumers upsert by {@code campaignId}. Key and subject: the
 * campaign's (or appeal's) own id. The owner and target group stay in this service.
 * Schema: docs/events/crm.campaign.defined.v1.json.
 */
public record CampaignDefined(
        String campaignId,
        String code,
        String name,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal goal,
        String currency,
        LocalDate startDate,
        LocalDate endDate,
        String status,
        String parentCampaignId,
        String channel,
        Instant definedAt) {

    public static final String TYPE = "crm.campaign.defined.v1";

    public static CampaignDefined of(Campaign campaign) {
        return new CampaignDefined(campaign.id, campaign.code, campaign.name, campaign.goal, campaign.currency,
                campaign.startDate, campaign.endDate, campaign.status.name(), campaign.parentCampaignId,
                campaign.channel == null ? null : campaign.channel.name(), campaign.updatedAt);
    }
}
