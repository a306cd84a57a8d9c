package org.donorcrm.donor.donor;

/** ACTIVE donors are worked with; MERGED ones point to their survivor; ERASED ones hold no personal data. */
public enum DonorStatus {
    ACTIVE,
    MERGED,
    ERASED
}
