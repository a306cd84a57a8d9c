package org.donorcrm.donor.donor;

import java.time.Instant;

/**
 * {@code crm.donor.registered.v1}: a donor was registered. Ids, kind, category and postcode area (two digits)
 * only: no personal data. Schema: docs/events/crm.donor.registered.v1.json.
 */
public record DonorRegistered(
        String donorId,
        String kind,
        String incomeCategory,
        String householdId,
        String postcodeArea,
        Instant registeredAt) {

    public static final String TYPE = "crm.donor.registered.v1";
}
