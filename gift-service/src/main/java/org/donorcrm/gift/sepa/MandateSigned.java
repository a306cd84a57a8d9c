package org.donorcrm.gift.sepa;

import com.fasterxml.jackson.annotation.JsonFormat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * {@code crm.mandate.signed.v1}: a donor signed a SEPA mandate for a recurring gift. No name, IBAN or mandate
 * reference. Schema: docs/events/crm.mandate.signed.v1.json.
 */
public record MandateSigned(
        String mandateId,
        String donorId,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount,
        String currency,
        String frequency,
        LocalDate signatureDate,
        LocalDate firstCollectionDate,
        LocalDate endDate,
        String fundCode,
        Instant signedAt) {

    public static final String TYPE = "crm.mandate.signed.v1";
}
