package org.donorcrm.donor.service;

/**
 * A well-formed request that breaks a domain rule (e.g. merging a donor into itself, a household of
 * organisations). Answered with 422 and the JSON pointer of the offending field; nothing is stored.
 */
public class DonorRuleViolation extends RuntimeException {

    private final String pointer;

    public DonorRuleViolation(String pointer, String message) {
        super(message);
        this.pointer = pointer;
    }

    public String pointer() {
        return pointer;
    }
}
