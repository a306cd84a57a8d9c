package org.donorcrm.platform.http;

/**
 * A request that is well-formed but breaks a rule of the domain (an allocation that does not add up, a date
 * after the end): 422, naming the field by its JSON pointer ({@code #} for the request as a whole). Nothing is
 * stored: thrown inside the transaction, it rolls it back.
 */
public class RuleViolation extends RuntimeException {

    private final String pointer;

    public RuleViolation(String pointer, String detail) {
        super(detail);
        this.pointer = pointer;
    }

    /** The JSON pointer of the field, or {@code #} for the request as a whole. */
    public String pointer() {
        return pointer;
    }
}
