package org.donorcrm.campaign.campaign;

import com.fasterxml.jackson.annotation.JsonFormat;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * {@code crm.campaign.cost.removed.v1}: a cost recorded in error was removed; consumers drop it by
 * {@code costId}. Key and subject: the campaign (or appeal) id. Schema: docs/events/crm.campaign.cost.removed.v1.json.
 */
public record CampaignCostRemoved(
        String costId,
        String campaignId,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount,
        String currency,
        Instant removedAt) {

    public static final String TYPE = "crm.campaign.cost.removed.v1";
}
