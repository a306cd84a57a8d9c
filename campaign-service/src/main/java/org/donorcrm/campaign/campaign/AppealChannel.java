package org.donorcrm.campaign.campaign;

/** The channel or mailing an appeal reaches its donors through. */
public enum AppealChannel {
    LETTER, EMAIL, ONLINE, EVENT, TELEMARKETING
}
