package org.donorcrm.donor.donor;

public enum ConsentPurpose {
    FUNDRAISING,
    NEWSLETTER
}
