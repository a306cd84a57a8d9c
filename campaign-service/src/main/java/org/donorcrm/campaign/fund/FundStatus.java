package org.donorcrm.campaign.fund;

/** A closed fund takes no new allocations; what it received stays where it is. */
public enum FundStatus {
    ACTIVE, CLOSED
}
