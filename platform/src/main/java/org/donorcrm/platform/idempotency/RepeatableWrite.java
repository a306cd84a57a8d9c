package org.donorcrm.platform.idempotency;

/**
 * A write the user may repeat: the Idempotency-Key (null when none was sent), what kind of write it is, and a hash
 * of the request, so that a repeat can be told from a different request under the same key.
 */
public record RepeatableWrite(String key, String operation, String requestHash) {
}
