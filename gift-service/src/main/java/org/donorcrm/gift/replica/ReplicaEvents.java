package org.donorcrm.gift.replica;

import java.time.LocalDate;

/**
 * This service's copies of the crm.donors and crm.campaigns event data it reads (schemas in docs/events/);
 * only the fields gift-service uses.
 */
public final class ReplicaEvents {

    public static final String DONOR_REGISTERED = "crm.donor.registered.v1";
    public static final String DONOR_UPDATED = "crm.donor.updated.v1";
    public static final String DONORS_MERGED = "crm.donors.merged.v1";
    public static final String DONOR_ERASED = "crm.donor.erased.v1";
    public static final String FUND_DEFINED = "crm.fund.defined.v1";
    public static final String CAMPAIGN_DEFINED = "crm.campaign.defined.v1";

    private ReplicaEvents() {
    }

    public record DonorState(String donorId, String kind, String incomeCategory) {
    }

    public record DonorsMerged(String survivorId, String mergedId) {
    }

    public record DonorErased(String donorId) {
    }

    public record FundDefined(String fundId, String code, String earmarkClass, LocalDate activeFrom,
                              LocalDate activeTo, String status) {
    }

    public record CampaignDefined(String campaignId, String code, String parentCampaignId, String status) {
    }
}
