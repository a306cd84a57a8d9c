package org.donorcrm.donor.donor;

import java.time.Instant;

/**
 * {@code crm.donor.updated.v1}: a donor's kind, category, household or postcode area may have changed (full
 * state of those fields; consumers upsert). No personal data. Schema: docs/events/crm.donor.updated.v1.json.
 */
public record DonorUpdated(
        String donorId,
        String kind,
        String incomeCategory,
        String householdId,
        String postcodeArea,
        Instant updatedAt) {

    public static final String TYPE = "crm.donor.updated.v1";
}
