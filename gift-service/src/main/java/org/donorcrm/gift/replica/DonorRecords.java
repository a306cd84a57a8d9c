package org.donorcrm.gift.replica;

import java.util.Set;

/**
 * What a feature keeps by donor id, as the donor events change it: a merge moves the merged donor's rows to the
 * survivor, an erasure blanks the donor's personal data. {@link ReplicaService} calls every implementation in the
 * transaction that applies the event; each changes its tables with bulk updates, past the persistence context.
 */
public interface DonorRecords {

    /** Moves the rows of the merged donor to the survivor. */
    void merge(String mergedId, String survivorId);

    /** Blanks the personal data held of these donors; a feature that holds none keeps this default. */
    default void erase(Set<String> donorIds) {
    }
}
