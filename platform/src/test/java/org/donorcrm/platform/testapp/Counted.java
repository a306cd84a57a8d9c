package org.donorcrm.platform.testapp;

/** The test application's one event: the {@code n}-th count of an account (its key and subject). */
public record Counted(String account, int n) {

    public static final String TYPE = "crm.platformtest.counted.v1";
}
