package org.donorcrm.donor.donor;

/** A donor's number and kind: ids and codes only, what every role may see of a donor. */
public record DonorReference(String id, long number, String kind) {
}
