package org.donorcrm.gift.sepa;

import com.fasterxml.jackson.annotation.JsonFormat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * {@code crm.collection.scheduled.v1}: a collection run put one debit of a mandate in a pain.008 file; its gift
 * is recorded with the due date as income date. Schema: docs/events/crm.collection.scheduled.v1.json.
 */
public record CollectionScheduled(
        String collectionId,
        String mandateId,
        String donorId,
        String runId,
        String giftId,
        LocalDate dueDate,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount,
        String currency,
        String sequenceType,
        Instant scheduledAt) {

    public static final String TYPE = "crm.collection.scheduled.v1";
}
