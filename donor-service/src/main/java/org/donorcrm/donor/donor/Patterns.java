package org.donorcrm.donor.donor;

/** Regular expressions shared by the request records of every feature. */
public final class Patterns {

    public static final String UUID = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";
    /** One to 100 donor ids separated by commas: what one call may ask about. */
    public static final String UUID_LIST_100 = UUID + "(," + UUID + "){0,99}";

    private Patterns() {
    }
}
