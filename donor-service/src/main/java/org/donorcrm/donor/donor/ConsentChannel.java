package org.donorcrm.donor.donor;

public enum ConsentChannel {
    POST,
    EMAIL,
    PHONE
}
