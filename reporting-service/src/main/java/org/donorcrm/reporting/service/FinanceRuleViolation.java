package org.donorcrm.reporting.service;

import java.util.List;

/**
 * A finance input that is well-formed but breaks a domain rule (a phasing that does not add up, a cost line the
 * year's budget does not have): answered 422 with the offending fields, and nothing is stored.
 */
public class FinanceRuleViolation extends RuntimeException {

    /** One offending field, by JSON pointer. */
    public record Violation(String pointer, String detail) {
    }

    private final List<Violation> violations;

    public FinanceRuleViolation(List<Violation> violations) {
        super(violations.isEmpty() ? "rule violated" : violations.get(0).detail());
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }
}
