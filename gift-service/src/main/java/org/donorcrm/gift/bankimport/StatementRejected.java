package org.donorcrm.gift.bankimport;

import java.util.List;

/**
 * A statement file that cannot be imported as it is: malformed (400) or not acceptable (422: an unsupported
 * version, an account that is not ours). Nothing is stored.
 */
public class StatementRejected extends RuntimeException {

    public record Field(String pointer, String detail) {
    }

    private final int status;
    private final List<Field> fields;

    public StatementRejected(int status, String message, List<Field> fields) {
        super(message);
        this.status = status;
        this.fields = fields;
    }

    static StatementRejected malformed(String message) {
        return new StatementRejected(400, message, List.of(new Field("#", message)));
    }

    public int status() {
        return status;
    }

    public List<Field> fields() {
        return fields;
    }
}
