package org.donorcrm.gift.sepa;

import com.fasterxml.jackson.annotation.JsonFormat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * {@code crm.collection.returned.v1}: the bank returned or rejected a debit (R-transaction); its gift was
 * reversed on {@code returnDate}. Schema: docs/events/crm.collection.returned.v1.json.
 */
public record CollectionReturned(
        String collectionId,
        String mandateId,
        String donorId,
        String giftId,
        LocalDate dueDate,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount,
        String currency,
        LocalDate returnDate,
        String reasonCode,
        Instant returnedAt) {

    public static final String TYPE = "crm.collection.returned.v1";
}
