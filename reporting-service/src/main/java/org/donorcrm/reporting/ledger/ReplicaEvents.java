package org.donorcrm.reporting.ledger;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * This service's copies of the crm.donors and crm.campaigns event data it reads (schemas in docs/events/ where
 * the producer has published them); only the fields reporting uses.
 */
public final class ReplicaEvents {

    public static final String DONOR_REGISTERED = "crm.donor.registered.v1";
    public static final String DONOR_UPDATED = "crm.donor.updated.v1";
    public static final String DONORS_MERGED = "crm.donors.merged.v1";
    public static final String DONOR_ERASED = "crm.donor.erased.v1";
    public static final String FUND_DEFINED = "crm.fund.defined.v1";
    public static final String CAMPAIGN_DEFINED = "crm.campaign.defined.v1";
    public static final String CAMPAIGN_COST_RECORDED = "crm.campaign.cost.recorded.v1";
    public static final String CAMPAIGN_COST_REMOVED = "crm.campaign.cost.removed.v1";

    private ReplicaEvents() {
    }

    /** Registered and updated carry the same state; {@code at} is registeredAt or updatedAt. */
    public record DonorState(String donorId, String kind, String incomeCategory, String householdId,
                             String postcodeArea, Instant registeredAt, Instant updatedAt) {
        public Instant at() {
            return updatedAt != null ? updatedAt : registeredAt;
        }
    }

    public record DonorsMerged(String survivorId, String mergedId, Instant mergedAt) {
    }

    public record DonorErased(String donorId, Instant erasedAt) {
    }

    public record FundDefined(String fundId, String code, String name, String earmarkClass, LocalDate activeFrom,
                              LocalDate activeTo, String funderDonorId, String status, Instant definedAt) {
    }

    public record CampaignDefined(String campaignId, String code, String name, BigDecimal goal, String currency,
                                  LocalDate startDate, LocalDate endDate, String status, String parentCampaignId,
                                  String channel, Instant definedAt) {
    }

    public record CampaignCostRecorded(String costId, String campaignId, String category, BigDecimal amount,
                                       String currency, LocalDate costDate, Instant recordedAt) {
    }

    public record CampaignCostRemoved(String costId, String campaignId, BigDecimal amount, String currency,
                                      Instant removedAt) {
    }
}
