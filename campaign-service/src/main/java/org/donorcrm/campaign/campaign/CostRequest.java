package org.donorcrm.campaign.campaign;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.LocalDate;

/** The body of {@code POST /api/v1/campaigns/{id}/costs}. */
public record CostRequest(
        @NotNull CostCategory category,
        @NotNull @DecimalMin(value = "0.01", message = "must be at least 0.01")
        @Digits(integer = 13, fraction = 2, message = "must have at most 13 digits and 2 decimals") BigDecimal amount,
        @Pattern(regexp = "EUR", message = "must be EUR") String currency,
        @NotNull LocalDate costDate,
        @Size(max = 500) String description) {

    RecordCost toCommand() {
        return new RecordCost(category, amount, currency, costDate, description);
    }
}
