package org.donorcrm.platform.http;

/**
 * A request that conflicts with the current state (a gift already reversed, a month already closed, a code
 * already taken, a job already running): 409 with this title and detail; nothing is changed.
 */
public class Conflict extends RuntimeException {

    private final String title;

    public Conflict(String title, String detail) {
        super(detail);
        this.title = title;
    }

    public Conflict(String detail) {
        this("Conflict", detail);
    }

    public String title() {
        return title;
    }
}
