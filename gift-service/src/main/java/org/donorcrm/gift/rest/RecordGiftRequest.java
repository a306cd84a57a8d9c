package org.donorcrm.gift.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.donorcrm.gift.Channel;
import org.donorcrm.gift.EarmarkClass;
import org.donorcrm.gift.service.RecordGift;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The body of {@code POST /api/v1/gifts}. Either one {@code earmarkClass} for the whole amount, or
 * {@code allocations} that add up to the amount to the cent; neither means unearmarked.
 */
public record RecordGiftRequest(
        @NotNull @Pattern(regexp = Patterns.UUID, message = "must be a UUID") String donorId,
        @NotNull @DecimalMin(value = "0.01", message = "must be at least 0.01")
        @Digits(integer = 13, fraction = 2, message = "must have at most 13 digits and 2 decimals") BigDecimal amount,
        @Pattern(regexp = "EUR", message = "must be EUR") String currency,
        @NotNull LocalDate incomeDate,
        LocalDate receivedDate,
        Channel channel,
        EarmarkClass earmarkClass,
        @Size(max = 50) List<@Valid AllocationRequest> allocations) {

    public record AllocationRequest(
            @NotNull EarmarkClass earmarkClass,
            @Size(max = 30) @Pattern(regexp = "[A-Z0-9-]+", message = "must be a fund code such as PRG-MIG") String fundCode,
            @NotNull @DecimalMin(value = "0.01", message = "must be at least 0.01")
            @Digits(integer = 13, fraction = 2, message = "must have at most 13 digits and 2 decimals") BigDecimal amount) {
    }

    RecordGift toCommand() {
        List<RecordGift.Line> lines;
        if (allocations != null && !allocations.isEmpty()) {
            lines = allocations.stream()
                    .map(a -> new RecordGift.Line(a.earmarkClass(), a.fundCode(), a.amount()))
                    .toList();
        } else {
            lines = List.of(new RecordGift.Line(earmarkClass == null ? EarmarkClass.UNEARMARKED : earmarkClass,
                    null, amount));
        }
        return new RecordGift(donorId.toLowerCase(), amount, currency, incomeDate, receivedDate, channel, lines);
    }
}
