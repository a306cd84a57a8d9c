package org.donorcrm.platform.http;

/** What the request names does not exist (or not any more): 404 with this detail. */
public class NotFound extends RuntimeException {

    public NotFound(String detail) {
        super(detail);
    }
}
