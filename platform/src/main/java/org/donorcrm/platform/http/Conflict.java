package org.donorcrm.platform.http;

import java.util.List;

/**
 * A request that conflicts with the current state (a gift already reversed, a month already closed, a code
 * already taken, a job already running): 409 with this title and detail; nothing is changed.
 */
public class Conflict extends RuntimeException {

    private final String title;
    private final String pointer;
    private final String code;
    private final List<Object> args;

    /** A conflict of one field (a code already taken), named by its JSON pointer in the problem's errors. */
    public Conflict(String title, String pointer, String detail) {
        this(title, pointer, detail, null);
    }

    /**
     * A conflict whose reason a screen shows in the person's language: {@code code} names the reason in the service's
     * {@code rules} bundle, {@code args} are its arguments (ids, numbers, codes: what the English {@code detail} says
     * too); the API keeps the English detail.
     */
    public Conflict(String title, String pointer, String detail, String code, Object... args) {
        super(detail);
        this.title = title;
        this.pointer = pointer;
        this.code = code;
        this.args = List.of(args);
    }

    public Conflict(String title, String detail) {
        this(title, null, detail);
    }

    public Conflict(String detail) {
        this("Conflict", detail);
    }

    public String title() {
        return title;
    }

    /** The JSON pointer of the conflicting field, or null when the request as a whole conflicts. */
    public String pointer() {
        return pointer;
    }

    /** The reason as a field error: what {@code Texts.reason} writes in the person's language. */
    public Problem.FieldError reason() {
        return new Problem.FieldError(pointer == null ? "#" : pointer, getMessage(), code, args);
    }
}
