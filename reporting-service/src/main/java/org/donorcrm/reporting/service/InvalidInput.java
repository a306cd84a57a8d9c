package org.donorcrm.reporting.service;

import java.util.List;

/** Malformed input found beyond Bean Validation (a CSV row, a period's parameters): answered 400, nothing stored. */
public class InvalidInput extends RuntimeException {

    private final List<FinanceRuleViolation.Violation> errors;

    public InvalidInput(List<FinanceRuleViolation.Violation> errors) {
        super(errors.isEmpty() ? "invalid input" : errors.get(0).detail());
        this.errors = List.copyOf(errors);
    }

    public static InvalidInput of(String pointer, String detail) {
        return new InvalidInput(List.of(new FinanceRuleViolation.Violation(pointer, detail)));
    }

    public List<FinanceRuleViolation.Violation> errors() {
        return errors;
    }
}
