package org.donorcrm.campaign.service;

/** A problem with one field of a request, named by its JSON pointer (e.g. {@code #/endDate}). */
public abstract class PointedProblem extends RuntimeException {

    private final String pointer;

    protected PointedProblem(String pointer, String detail) {
        super(detail);
        this.pointer = pointer;
    }

    /** The JSON pointer of the field, or {@code #} for the request as a whole. */
    public String pointer() {
        return pointer;
    }
}
