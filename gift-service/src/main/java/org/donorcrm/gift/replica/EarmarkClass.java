package org.donorcrm.gift.replica;

/**
 * How restricted the money is. Only {@link #UNEARMARKED} counts toward the unearmarked-share target;
 * {@link #PROGRAMME} is semi-earmarked (one theme or the helpdesk), {@link #PROJECT} is bound to one project
 * or grant.
 */
public enum EarmarkClass {
    UNEARMARKED,
    PROGRAMME,
    PROJECT
}
