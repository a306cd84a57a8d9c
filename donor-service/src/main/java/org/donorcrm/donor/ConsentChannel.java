package org.donorcrm.donor;

public enum ConsentChannel {
    POST,
    EMAIL,
    PHONE
}
