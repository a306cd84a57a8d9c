package org.donorcrm.campaign;

/** What a campaign cost was spent on. */
public enum CostCategory {
    PRINTING, POSTAGE, ADVERTISING, PLATFORM_FEES, OTHER
}
