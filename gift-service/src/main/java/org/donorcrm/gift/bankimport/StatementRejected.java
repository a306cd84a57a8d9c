package org.donorcrm.gift.bankimport;

import java.util.List;

/**
 * A statement file that cannot be imported as it is: malformed (400) or not acceptable (422: an unsupported
 * version, an account that is not ours). Nothing is stored.
 */
public class StatementRejected extends RuntimeException {

    public record Field(String pointer, String detail) {
    }

    /**
     * Why, as a person reads it on the upload's job page ({@link ImportMsg#refusal}, Dutch and English), with
     * {@link #args()}: line numbers, column names and versions, never a piece of the file's content.
     */
    public enum Reason {
        DOCTYPE, NO_XML, NO_STATEMENT, NOT_WELL_FORMED, NOT_CAMT053, CAMT_VERSION, NO_ACCOUNT, NO_STATEMENT_ID,
        NOT_AN_AMOUNT, TOO_MANY_DECIMALS, TOO_MANY_DIGITS, NO_BOOKING_DATE, NOT_A_DATE, DATE_FORMAT, MISSING_COLUMNS,
        ROW_COLUMNS, ROW_NO_REFERENCE, NO_ROWS, NOT_UTF8, NOT_CSV, ROW_NOT_AMOUNT, ROW_NOT_DATE, NOT_OUR_ACCOUNT
    }

    private final int status;
    private final List<Field> fields;
    private final Reason reason;
    private final List<Object> args;

    /** A refusal: the API's English message and fields, and the reason with its arguments for the screens. */
    public StatementRejected(int status, String message, List<Field> fields, Reason reason, Object... args) {
        super(message);
        this.status = status;
        this.fields = fields;
        this.reason = reason;
        this.args = List.of(args);
    }

    static StatementRejected malformed(String message, Reason reason, Object... args) {
        return new StatementRejected(400, message, List.of(new Field("#", message)), reason, args);
    }

    public Reason reason() {
        return reason;
    }

    /** The reason's argument {@code i}, or "" when it has fewer. */
    public Object arg(int i) {
        return i < args.size() ? args.get(i) : "";
    }

    public int status() {
        return status;
    }

    public List<Field> fields() {
        return fields;
    }
}
