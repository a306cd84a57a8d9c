package org.donorcrm.platform.security;

/** The product's roles, as the realm names them (docs/security.md has what each may do). */
public final class Roles {

    public static final String FUNDRAISER = "fundraiser";
    public static final String FINANCE = "finance";
    public static final String DIRECTOR = "director";
    public static final String ADMIN = "admin";

    private Roles() {
    }
}
