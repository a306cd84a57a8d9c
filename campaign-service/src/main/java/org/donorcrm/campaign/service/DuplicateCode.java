package org.donorcrm.campaign.service;

/** A fund or campaign code that is already taken: codes are what users type and gifts carry, so unique: 409. */
public class DuplicateCode extends RuntimeException {

    public DuplicateCode(String code) {
        super("the code " + code + " is already in use");
    }
}
