package org.donorcrm.gift.grant;

import com.fasterxml.jackson.annotation.JsonFormat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * {@code crm.grant.committed.v1}: an institutional funder committed a grant: ids, amounts, dates and the fund,
 * no personal data. Schema: docs/events/crm.grant.committed.v1.json.
 */
public record GrantCommitted(
        String grantId,
        String donorId,
        String fundCode,
        String earmarkClass,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal totalAmount,
        String currency,
        LocalDate startDate,
        LocalDate endDate,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal overheadPercentage,
        List<Instalment> instalments,
        List<LocalDate> reportingDeadlines,
        Instant committedAt) {

    public static final String TYPE = "crm.grant.committed.v1";

    public record Instalment(String instalmentId, LocalDate dueDate,
                             @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount) {
    }
}
