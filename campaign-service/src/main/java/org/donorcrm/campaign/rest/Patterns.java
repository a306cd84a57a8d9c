package org.donorcrm.campaign.rest;

/** Regular expressions shared by the request records. */
final class Patterns {

    static final String UUID = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";
    static final String CODE = "[A-Z0-9][A-Z0-9-]{0,29}";
    static final String CODE_MESSAGE = "must be a code of capitals, digits and dashes such as PRJ-DTZ (at most 30)";
    static final String IDEMPOTENCY_KEY = "[\\x21-\\x7e]+";

    private Patterns() {
    }
}
