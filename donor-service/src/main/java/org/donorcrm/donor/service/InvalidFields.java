package org.donorcrm.donor.service;

import java.util.List;

/**
 * Fields that Bean Validation cannot judge alone (an IBAN's check digits, a postcode whose format depends on
 * the country, a name that depends on the kind). Answered with 400 naming every field; nothing is stored.
 */
public class InvalidFields extends RuntimeException {

    public record Field(String pointer, String detail) {
    }

    private final List<Field> fields;

    public InvalidFields(List<Field> fields) {
        super("invalid fields: " + fields.stream().map(Field::pointer).toList());
        this.fields = List.copyOf(fields);
    }

    public List<Field> fields() {
        return fields;
    }
}
