package org.donorcrm.donor.service;

/** Whose value a merged field takes: the survivor's (the default) or the merged donor's. */
public enum MergeChoice {
    SURVIVOR,
    MERGED
}
