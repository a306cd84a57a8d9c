package org.donorcrm.campaign.service;

/** The fund, campaign, appeal or cost named in the path does not exist: 404. */
public class NotFound extends RuntimeException {

    public NotFound(String what, String id) {
        super("no " + what + " " + id);
    }
}
