package org.donorcrm.donor.giving;

import java.time.LocalDate;

/**
 * This service's copy of gift-service's {@code crm.mandate.signed.v1} data (schema:
 * docs/events/crm.mandate.signed.v1.json). Only the fields the giving summary reads.
 */
public record MandateSigned(String mandateId, String donorId, LocalDate endDate) {

    public static final String TYPE = "crm.mandate.signed.v1";
}
