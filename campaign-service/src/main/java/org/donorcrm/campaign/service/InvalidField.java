package org.donorcrm.campaign.service;

/** A field whose value is well-formed but wrong together with the others (an end before its start): 400. */
public class InvalidField extends PointedProblem {

    public InvalidField(String pointer, String detail) {
        super(pointer, detail);
    }
}
