package org.donorcrm.campaign.service;

/** The same Idempotency-Key was sent before with a different request: refused, nothing is changed (422). */
public class IdempotencyConflict extends RuntimeException {

    public IdempotencyConflict(String key) {
        super("the Idempotency-Key " + key + " was used before for a different request");
    }
}
