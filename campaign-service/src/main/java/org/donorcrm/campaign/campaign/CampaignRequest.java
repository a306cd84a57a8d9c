package org.donorcrm.campaign.campaign;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.donorcrm.campaign.code.Codes;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The body for creating or editing a campaign ({@code POST /api/v1/campaigns}) or an appeal
 * ({@code POST /api/v1/campaigns/{id}/appeals}); only an appeal has a {@code channel}. Status defaults to
 * PLANNED, the owner to the user who creates it.
 */
public record CampaignRequest(
        @NotNull @Pattern(regexp = Codes.PATTERN, message = Codes.MESSAGE) String code,
        @NotBlank @Size(max = 200) String name,
        @NotNull @DecimalMin(value = "0.00", message = "must not be negative")
        @Digits(integer = 13, fraction = 2, message = "must have at most 13 digits and 2 decimals") BigDecimal goal,
        @Pattern(regexp = "EUR", message = "must be EUR") String currency,
        @NotNull LocalDate startDate,
        @NotNull LocalDate endDate,
        CampaignStatus status,
        @Size(max = 200) String targetGroup,
        @Size(max = 100) String owner,
        AppealChannel channel) {

    DefineCampaign toCommand() {
        return new DefineCampaign(code, name, goal, currency, startDate, endDate, status, targetGroup, owner, channel);
    }
}
