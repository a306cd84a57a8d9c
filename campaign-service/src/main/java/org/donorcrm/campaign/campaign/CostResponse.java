package org.donorcrm.campaign.campaign;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

public record CostResponse(String id, String campaignId, CostCategory category, BigDecimal amount, String currency,
                           LocalDate costDate, String description, String recordedBy, Instant recordedAt) {

    static CostResponse of(CampaignCost c) {
        return new CostResponse(c.id, c.campaignId, c.category, c.amount, c.currency, c.costDate, c.description,
                c.recordedBy, c.recordedAt);
    }
}
