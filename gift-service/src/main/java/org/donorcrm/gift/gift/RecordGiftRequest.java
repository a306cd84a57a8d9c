package org.donorcrm.gift.gift;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.donorcrm.gift.replica.EarmarkClass;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The body of {@code POST /api/v1/gifts}. The money goes to {@code allocations} (fund codes and amounts that
 * add up to the amount to the cent); without allocations, to the default unearmarked fund. A gift in kind or
 * pro bono has a {@code description}; its amount is the fair value.
 */
public record RecordGiftRequest(
        @NotNull @Pattern(regexp = Patterns.UUID, message = "must be a UUID") String donorId,
        @NotNull @DecimalMin(value = "0.01", message = "must be at least 0.01")
        @Digits(integer = 13, fraction = 2, message = "must have at most 13 digits and 2 decimals") BigDecimal amount,
        @Pattern(regexp = "EUR", message = "must be EUR") String currency,
        @NotNull LocalDate incomeDate,
        LocalDate receivedDate,
        Channel channel,
        @Pattern(regexp = Patterns.UUID, message = "must be a UUID") String campaignId,
        @Pattern(regexp = Patterns.UUID, message = "must be a UUID") String appealId,
        @Size(max = 500) String description,
        EarmarkClass earmarkClass,
        @Size(max = 50) List<@Valid @NotNull AllocationRequest> allocations) {

    /** One allocation: a fund code (its earmark class follows from the fund) and an amount. */
    public record AllocationRequest(
            EarmarkClass earmarkClass,
            @Size(max = 30) @Pattern(regexp = Patterns.FUND_CODE, message = "must be a fund code such as PRG-MIG") String fundCode,
            @NotNull @DecimalMin(value = "0.01", message = "must be at least 0.01")
            @Digits(integer = 13, fraction = 2, message = "must have at most 13 digits and 2 decimals") BigDecimal amount) {

        RecordGift.Line toLine() {
            return new RecordGift.Line(earmarkClass, fundCode, amount);
        }
    }

    public RecordGift toCommand() {
        List<RecordGift.Line> lines = allocations != null && !allocations.isEmpty()
                ? allocations.stream().map(AllocationRequest::toLine).toList()
                : List.of(new RecordGift.Line(earmarkClass == null ? EarmarkClass.UNEARMARKED : earmarkClass,
                        null, amount));
        return new RecordGift(donorId.toLowerCase(), amount, currency, incomeDate, receivedDate, channel,
                lower(campaignId), lower(appealId), description, lines);
    }

    static String lower(String id) {
        return id == null ? null : id.toLowerCase();
    }
}
