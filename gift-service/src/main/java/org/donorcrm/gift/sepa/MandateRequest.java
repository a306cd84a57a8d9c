package org.donorcrm.gift.sepa;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.donorcrm.gift.gift.Patterns;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The body of {@code POST /api/v1/mandates}. The reference is the mandate id the donor signed (at most 35
 * characters of the SEPA set, no spaces); without a fund code the gift goes to the general unearmarked fund. The
 * campaign and appeal (optional) are where its collected gifts count.
 */
public record MandateRequest(
        @NotNull @Pattern(regexp = UUID, message = "must be a UUID") String donorId,
        @NotNull @Size(max = 35, message = "must be at most 35 characters")
        @Pattern(regexp = "[A-Za-z0-9/?:().,'+-]+", message = "may only hold letters, digits and / - ? : ( ) . , ' +")
        String reference,
        @NotNull LocalDate signatureDate,
        @NotBlank @Size(max = 70) String debtorName,
        @NotNull @ValidIban String debtorIban,
        @Pattern(regexp = "[A-Z]{6}[A-Z2-9][A-NP-Z0-9]([A-Z0-9]{3})?", message = "must be a BIC") String debtorBic,
        @NotNull @DecimalMin(value = "0.01", message = "must be at least 0.01")
        @Digits(integer = 13, fraction = 2, message = "must have at most 13 digits and 2 decimals") BigDecimal amount,
        @NotNull Frequency frequency,
        @NotNull LocalDate firstCollectionDate,
        LocalDate endDate,
        @Pattern(regexp = "[A-Z0-9-]{1,30}", message = "must be a fund code such as ALG") String fundCode,
        LocalDate lastCollectionDate,
        @Pattern(regexp = UUID, message = "must be a UUID") String campaignId,
        @Pattern(regexp = UUID, message = "must be a UUID") String appealId) {

    static final String UUID = Patterns.UUID;

    NewMandate toCommand() {
        return new NewMandate(donorId.toLowerCase(), reference, signatureDate, debtorName, debtorIban, debtorBic,
                amount, frequency, firstCollectionDate, endDate, fundCode, lastCollectionDate, lower(campaignId),
                lower(appealId));
    }

    private static String lower(String id) {
        return id == null ? null : id.toLowerCase();
    }
}
