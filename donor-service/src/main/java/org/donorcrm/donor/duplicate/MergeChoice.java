package org.donorcrm.donor.duplicate;

/** Whose value a merged field takes: the survivor's (the default) or the merged donor's. */
public enum MergeChoice {
    SURVIVOR,
    MERGED
}
