package org.donorcrm.gift.gift;

import com.fasterxml.jackson.annotation.JsonRawValue;

import java.time.Instant;

/** One entry of a gift's audit trail; {@code details} is the JSON written at the time. */
public record HistoryResponse(String action, String actor, Instant actedAt, @JsonRawValue String details) {
}
