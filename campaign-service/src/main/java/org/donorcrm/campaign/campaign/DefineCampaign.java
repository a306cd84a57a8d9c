package org.donorcrm.campaign.campaign;

import java.math.BigDecimal;
import java.time.LocalDate;

/** What a fundraiser says a campaign or appeal is (an appeal also has a channel): for create and edit. */
public record DefineCampaign(String code, String name, BigDecimal goal, String currency, LocalDate startDate,
                             LocalDate endDate, CampaignStatus status, String targetGroup, String owner,
                             AppealChannel channel) {
}
