package org.donorcrm.gift.agreement;

import com.fasterxml.jackson.annotation.JsonFormat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * {@code crm.agreement.signed.v1}: a donor signed a periodic-gift agreement. Schema:
 * docs/events/crm.agreement.signed.v1.json. {@code transactionNumber} is the agreement's own number (unique, quoted to
 * the tax office on the donor's annual statement): an identifier, not personal data.
 */
public record AgreementSigned(
        String agreementId,
        String transactionNumber,
        String donorId,
        String mandateId,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal yearlyAmount,
        String currency,
        LocalDate startDate,
        LocalDate endDate,
        int durationYears,
        Instant signedAt) {

    public static final String TYPE = "crm.agreement.signed.v1";
}
