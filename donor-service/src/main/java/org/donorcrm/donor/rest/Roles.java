package org.donorcrm.donor.rest;

/**
 * Who may do what. Personal data of donors: fundraiser, finance, admin (directors get 403). Erasure: admin.
 * The audit trail: admin. The giving summary (no personal data): also directors.
 */
final class Roles {

    static final String FUNDRAISER = "fundraiser";
    static final String FINANCE = "finance";
    static final String DIRECTOR = "director";
    static final String ADMIN = "admin";

    private Roles() {
    }
}
