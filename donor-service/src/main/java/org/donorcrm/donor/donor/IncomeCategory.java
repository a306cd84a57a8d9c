package org.donorcrm.donor.donor;

/** The RJ 650 income categories under which Dutch fundraising charities report their income. */
public enum IncomeCategory {
    INDIVIDUALS,
    COMPANIES,
    LOTTERY_ORGANISATIONS,
    GOVERNMENT_GRANTS,
    AFFILIATED_NONPROFITS,
    OTHER_NONPROFITS
}
