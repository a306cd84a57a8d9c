package org.donorcrm.donor.donor;

import java.time.Instant;

/**
 * {@code crm.donors.merged.v1}: {@code mergedId} was found to be the same donor as {@code survivorId}; every
 * service re-keys the merged donor's history to the survivor. Keyed by the survivor id.
 * Schema: docs/events/crm.donors.merged.v1.json.
 */
public record DonorsMerged(String survivorId, String mergedId, Instant mergedAt) {

    public static final String TYPE = "crm.donors.merged.v1";
}
