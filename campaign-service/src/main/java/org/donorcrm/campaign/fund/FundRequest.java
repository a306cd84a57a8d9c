package org.donorcrm.campaign.fund;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.donorcrm.campaign.code.Codes;

import java.time.LocalDate;

/** The body of {@code POST /api/v1/funds} and {@code PUT /api/v1/funds/{id}}. */
public record FundRequest(
        @NotNull @Pattern(regexp = Codes.PATTERN, message = Codes.MESSAGE) String code,
        @NotBlank @Size(max = 200) String name,
        @NotNull EarmarkClass earmarkClass,
        @NotNull LocalDate activeFrom,
        LocalDate activeTo,
        @Pattern(regexp = UUID, message = "must be a UUID") String funderDonorId) {

    static final String UUID = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";

    public DefineFund toCommand() {
        return new DefineFund(code, name, earmarkClass, activeFrom, activeTo, funderDonorId);
    }
}
