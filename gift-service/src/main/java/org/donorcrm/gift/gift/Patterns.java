package org.donorcrm.gift.gift;

/** Regular expressions shared by the request records and the screens of this service. */
public final class Patterns {

    public static final String UUID = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";
    public static final String FUND_CODE = "[A-Z0-9-]{1,30}";

    private Patterns() {
    }
}
