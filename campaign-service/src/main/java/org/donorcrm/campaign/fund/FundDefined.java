package org.donorcrm.campaign.fund;

import java.time.Instant;
import java.time.LocalDate;

/**
 * {@code crm.fund.defined.v1}: the full state of a fund, sent when it is created and on every change (an edit,
 * closing it); consumers upsert by {@code fundId}. Key and subject: the fund id.
 * Schema: docs/events/crm.fund.defined.v1.json.
 */
public record FundDefined(
        String fundId,
        String code,
        String name,
        String earmarkClass,
        LocalDate activeFrom,
        LocalDate activeTo,
        String funderDonorId,
        String status,
        Instant definedAt) {

    public static final String TYPE = "crm.fund.defined.v1";

    public static FundDefined of(Fund fund) {
        return new FundDefined(fund.id, fund.code, fund.name, fund.earmarkClass.name(), fund.activeFrom,
                fund.activeTo, fund.funderDonorId, fund.status.name(), fund.updatedAt);
    }
}
