package org.donorcrm.donor.event;

/** Fired inside the writing transaction; observed after commit to wake the relay without waiting for its poll. */
public record OutboxEventWritten(String eventId) {
}
