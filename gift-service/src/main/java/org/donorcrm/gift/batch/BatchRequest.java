package org.donorcrm.gift.batch;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.donorcrm.gift.gift.RecordGiftRequest;

import java.math.BigDecimal;
import java.util.List;

/** A batch of gifts with the count and total the person entering it counted on paper. */
public record BatchRequest(
        @NotNull @Min(1) @Max(5000) Integer controlCount,
        @NotNull @DecimalMin("0.01") @Digits(integer = 13, fraction = 2,
                message = "must have at most 13 digits and 2 decimals") BigDecimal controlTotal,
        @NotEmpty @Size(max = 5000) List<@Valid @NotNull RecordGiftRequest> gifts) {
}
