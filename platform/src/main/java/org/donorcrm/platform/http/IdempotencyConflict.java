package org.donorcrm.platform.http;

/** An Idempotency-Key reused for a different request: 422, and nothing is changed. */
public class IdempotencyConflict extends RuntimeException {

    public IdempotencyConflict(String key) {
        super("Idempotency-Key '" + key + "' was already used for a different request");
    }
}
