package org.donorcrm.campaign.fund;

/** How money given to a fund counts: free to spend, restricted to a programme, or restricted to one project. */
public enum EarmarkClass {
    UNEARMARKED, PROGRAMME, PROJECT
}
