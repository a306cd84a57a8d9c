package org.donorcrm.donor.giving;

/**
 * This service's copy of gift-service's {@code crm.mandate.status-changed.v1} data (schema:
 * docs/events/crm.mandate.status-changed.v1.json): a mandate lapsed, was stopped or cancelled (or reactivated).
 */
public record MandateStatusChanged(String mandateId, String donorId, String status) {

    public static final String TYPE = "crm.mandate.status-changed.v1";
}
