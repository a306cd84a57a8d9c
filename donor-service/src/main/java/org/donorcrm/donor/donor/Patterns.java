package org.donorcrm.donor.donor;

/** Regular expressions shared by the request records of every feature. */
public final class Patterns {

    public static final String UUID = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";

    private Patterns() {
    }
}
