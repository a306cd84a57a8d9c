package org.donorcrm.donor.rest;

/** Regular expressions shared by the request records. */
final class Patterns {

    static final String UUID = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";
    static final String FUND_CODE = "[A-Z0-9-]{1,30}";

    private Patterns() {
    }
}
