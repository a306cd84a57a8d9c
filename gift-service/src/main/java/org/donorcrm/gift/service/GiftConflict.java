package org.donorcrm.gift.service;

/** The request conflicts with the gift's state (e.g. reversing a gift twice); answered with 409. */
public class GiftConflict extends RuntimeException {

    public GiftConflict(String message) {
        super(message);
    }
}
