package org.donorcrm.platform.http;

/**
 * A request that conflicts with the current state (a gift already reversed, a month already closed, a code
 * already taken, a job already running): 409 with this title and detail; nothing is changed.
 */
public class Conflict extends RuntimeException {

    private final String title;
    private final String pointer;

    /** A conflict of one field (a code already taken), named by its JSON pointer in the problem's errors. */
    public Conflict(String title, String pointer, String detail) {
        super(detail);
        this.title = title;
        this.pointer = pointer;
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
}
