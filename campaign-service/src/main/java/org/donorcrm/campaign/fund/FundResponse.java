package org.donorcrm.campaign.fund;

import java.time.Instant;
import java.time.LocalDate;

public record FundResponse(String id, String code, String name, EarmarkClass earmarkClass, LocalDate activeFrom,
                           LocalDate activeTo, String funderDonorId, FundStatus status, String createdBy,
                           Instant createdAt, String updatedBy, Instant updatedAt) {

    static FundResponse of(Fund f) {
        return new FundResponse(f.id, f.code, f.name, f.earmarkClass, f.activeFrom, f.activeTo, f.funderDonorId,
                f.status, f.createdBy, f.createdAt, f.updatedBy, f.updatedAt);
    }
}
