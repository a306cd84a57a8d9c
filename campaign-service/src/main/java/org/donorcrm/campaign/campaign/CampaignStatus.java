package org.donorcrm.campaign.campaign;

/** Where a campaign or appeal stands: being prepared, running, or over. */
public enum CampaignStatus {
    PLANNED, ACTIVE, CLOSED
}
