package org.donorcrm.campaign.campaign;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A campaign, or an appeal (then {@code parentCampaignId} and {@code channel} are set). */
public record CampaignResponse(String id, String code, String name, BigDecimal goal, String currency,
                               LocalDate startDate, LocalDate endDate, CampaignStatus status, String targetGroup,
                               String owner, String parentCampaignId, AppealChannel channel, String createdBy,
                               Instant createdAt, String updatedBy, Instant updatedAt) {

    static CampaignResponse of(Campaign c) {
        return new CampaignResponse(c.id, c.code, c.name, c.goal, c.currency, c.startDate, c.endDate, c.status,
                c.targetGroup, c.owner, c.parentCampaignId, c.channel, c.createdBy, c.createdAt, c.updatedBy,
                c.updatedAt);
    }
}
