package org.donorcrm.donor.service;

/** The same Idempotency-Key was sent before with a different request body. */
public class IdempotencyConflict extends RuntimeException {

    public IdempotencyConflict(String key) {
        super("Idempotency-Key '" + key + "' was already used for a different request");
    }
}
