package org.donorcrm.campaign.campaign;

/** What a campaign cost was spent on. */
public enum CostCategory {
    PRINTING, POSTAGE, ADVERTISING, PLATFORM_FEES, OTHER
}
