package org.donorcrm.platform.http;

import java.util.List;

/**
 * Fields that Bean Validation cannot judge alone (an IBAN's check digits, a postcode whose format depends on the
 * country, a range whose end lies before its start): 400 naming every field; nothing is stored.
 */
public class InvalidInput extends RuntimeException {

    private final List<Problem.FieldError> fields;

    public InvalidInput(List<Problem.FieldError> fields) {
        super("invalid fields: " + fields.stream().map(Problem.FieldError::pointer).toList());
        this.fields = List.copyOf(fields);
    }

    /** One invalid field. */
    public InvalidInput(String pointer, String detail) {
        this(List.of(new Problem.FieldError(pointer, detail)));
    }

    public List<Problem.FieldError> fields() {
        return fields;
    }
}
