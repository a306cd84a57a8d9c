package org.donorcrm.campaign.campaign;

import com.fasterxml.jackson.annotation.JsonFormat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * {@code crm.campaign.cost.recorded.v1}: money spent on a campaign or appeal, so that reporting can show cost
 * per euro raised. Key and subject: the campaign (or appeal) id. The free-text description stays here.
 * Schema: docs/events/crm.campaign.cost.recorded.v1.json.
 */
public record CampaignCostRecorded(
        String costId,
        String campaignId,
        String category,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount,
        String currency,
        LocalDate costDate,
        Instant recordedAt) {

    public static final String TYPE = "crm.campaign.cost.recorded.v1";

    public static CampaignCostRecorded of(CampaignCost cost) {
        return new CampaignCostRecorded(cost.id, cost.campaignId, cost.category.name(), cost.amount, cost.currency,
                cost.costDate, cost.recordedAt);
    }
}
