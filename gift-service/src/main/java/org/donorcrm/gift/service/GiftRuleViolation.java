package org.donorcrm.gift.service;

/**
 * A request that is well-formed but breaks a domain rule (e.g. allocations that do not add up to the gift).
 * Answered with 422 and the JSON pointer of the offending field; nothing is stored.
 */
public class GiftRuleViolation extends RuntimeException {

    private final String pointer;

    public GiftRuleViolation(String pointer, String message) {
        super(message);
        this.pointer = pointer;
    }

    public String pointer() {
        return pointer;
    }
}
