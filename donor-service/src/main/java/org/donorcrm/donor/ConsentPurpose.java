package org.donorcrm.donor;

public enum ConsentPurpose {
    FUNDRAISING,
    NEWSLETTER
}
