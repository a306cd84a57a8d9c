package org.donorcrm.platform.http;

import java.util.Arrays;
import java.util.List;

/**
 * A request that is well-formed but breaks a rule of the domain (an allocation that does not add up, a date
 * after the end): 422 "Rule broken", naming each offending field by its JSON pointer ({@code #} for the request as a
 * whole), so that the user corrects them in one go. Nothing is stored: thrown inside the transaction, it rolls it
 * back. The API answers the English {@code detail}; a screen shows the reason of a rule that names a code in the
 * user's language ({@link org.donorcrm.platform.i18n.Texts#reason}).
 */
public class RuleViolation extends RuntimeException {

    private final List<Problem.FieldError> fields;

    public RuleViolation(String pointer, String detail) {
        this(List.of(new Problem.FieldError(pointer, detail)));
    }

    /**
     * A broken rule whose reason a screen writes in the user's language: {@code code} is the key of the reason in the
     * service's {@code rules} message bundle, {@code args} its parameters in order; {@code detail} is the API's
     * English reason.
     */
    public RuleViolation(String pointer, String detail, String code, Object... args) {
        this(List.of(new Problem.FieldError(pointer, detail, code, Arrays.asList(args))));
    }

    /** Several rules broken at once; the first one's detail is the problem's detail. */
    public RuleViolation(List<Problem.FieldError> fields) {
        super(fields.get(0).detail());
        this.fields = List.copyOf(fields);
    }

    /** The JSON pointer of the (first) offending field, or {@code #} for the request as a whole. */
    public String pointer() {
        return fields.get(0).pointer();
    }

    /** Every offending field with its reason. */
    public List<Problem.FieldError> fields() {
        return fields;
    }
}
