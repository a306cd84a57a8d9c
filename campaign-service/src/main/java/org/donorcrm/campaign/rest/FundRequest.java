package org.donorcrm.campaign.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.donorcrm.campaign.EarmarkClass;
import org.donorcrm.campaign.service.DefineFund;

import java.time.LocalDate;

/** The body of {@code POST /api/v1/funds} and {@code PUT /api/v1/funds/{id}}. */
public record FundRequest(
        @NotNull @Pattern(regexp = Patterns.CODE, message = Patterns.CODE_MESSAGE) String code,
        @NotBlank @Size(max = 200) String name,
        @NotNull EarmarkClass earmarkClass,
        @NotNull LocalDate activeFrom,
        LocalDate activeTo,
        @Pattern(regexp = Patterns.UUID, message = "must be a UUID") String funderDonorId) {

    public DefineFund toCommand() {
        return new DefineFund(code, name, earmarkClass, activeFrom, activeTo, funderDonorId);
    }
}
