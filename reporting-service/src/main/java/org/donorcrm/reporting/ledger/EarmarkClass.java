package org.donorcrm.reporting.ledger;

/** How restricted income is; only {@link #UNEARMARKED} counts toward the unearmarked-share target. */
public enum EarmarkClass {
    UNEARMARKED,
    PROGRAMME,
    PROJECT
}
