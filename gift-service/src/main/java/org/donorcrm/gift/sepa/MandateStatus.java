package org.donorcrm.gift.sepa;

/**
 * ACTIVE mandates are collected. LAPSED: 36 months without a collection (the SEPA rulebook's expiry).
 * STOPPED: returns said the mandate cannot be used (a final reason code, or too many returns). CANCELLED: the
 * donor ended it, or the donor was erased.
 */
public enum MandateStatus {
    ACTIVE,
    LAPSED,
    STOPPED,
    CANCELLED
}
