package org.donorcrm.gift.gift;

/** Why money that was counted as income went back or never was income. */
public enum ReversalReason {
    REFUND,
    CHARGEBACK,
    SEPA_RETURN,
    RECORDED_IN_ERROR
}
