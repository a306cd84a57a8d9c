package org.donorcrm.gift.gift;

/** The way a gift came in. */
public enum Channel {
    BANK_TRANSFER,
    SEPA_DIRECT_DEBIT,
    ONLINE,
    CASH,
    IN_KIND,
    PRO_BONO
}
