package org.donorcrm.gift.gift;

/** A gift stands as recorded (possibly re-earmarked) until it is reversed in full. */
public enum GiftStatus {
    RECORDED,
    REVERSED
}
