package org.donorcrm.gift.sepa;

import java.time.Instant;

/**
 * {@code crm.mandate.status-changed.v1}: a mandate lapsed, was stopped after returns, or was cancelled.
 * Schema: docs/events/crm.mandate.status-changed.v1.json.
 */
public record MandateStatusChanged(
        String mandateId,
        String donorId,
        String previousStatus,
        String status,
        String reason,
        Instant changedAt) {

    public static final String TYPE = "crm.mandate.status-changed.v1";
}
