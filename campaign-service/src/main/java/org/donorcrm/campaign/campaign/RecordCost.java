package org.donorcrm.campaign.campaign;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A cost to book on a campaign or appeal. */
public record RecordCost(CostCategory category, BigDecimal amount, String currency, LocalDate costDate,
                         String description) {
}
