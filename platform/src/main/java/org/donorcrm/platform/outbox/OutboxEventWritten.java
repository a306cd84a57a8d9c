package org.donorcrm.platform.outbox;

/** Fired (once per transaction) when a transaction wrote to the outbox; the relay wakes after its commit. */
public record OutboxEventWritten(String eventId) {
}
