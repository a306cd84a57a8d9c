package org.donorcrm.gift.grant;

import com.fasterxml.jackson.annotation.JsonFormat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * {@code crm.grant.instalment-due.v1}: an instalment reached its due date without being received (sent once per
 * instalment). Schema: docs/events/crm.grant.instalment-due.v1.json.
 */
public record GrantInstalmentDue(
        String grantId,
        String instalmentId,
        String donorId,
        LocalDate dueDate,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount,
        String currency,
        String fundCode,
        Instant announcedAt) {

    public static final String TYPE = "crm.grant.instalment-due.v1";
}
