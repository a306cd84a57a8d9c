package org.donorcrm.donor.donor;

/** What a donor is; each kind maps to exactly one RJ 650 income category. */
public enum DonorKind {
    INDIVIDUAL(IncomeCategory.INDIVIDUALS),
    COMPANY(IncomeCategory.COMPANIES),
    FOUNDATION(IncomeCategory.OTHER_NONPROFITS),
    GOVERNMENT(IncomeCategory.GOVERNMENT_GRANTS),
    EU_INSTITUTION(IncomeCategory.GOVERNMENT_GRANTS),
    LOTTERY(IncomeCategory.LOTTERY_ORGANISATIONS),
    AFFILIATED_NONPROFIT(IncomeCategory.AFFILIATED_NONPROFITS),
    OTHER_NONPROFIT(IncomeCategory.OTHER_NONPROFITS);

    private final IncomeCategory incomeCategory;

    DonorKind(IncomeCategory incomeCategory) {
        this.incomeCategory = incomeCategory;
    }

    public IncomeCategory incomeCategory() {
        return incomeCategory;
    }

    /** An organisation has one name; an individual has a first and a last name. */
    public boolean isOrganisation() {
        return this != INDIVIDUAL;
    }

    /** "Institutional" in the policy plan: every kind except individuals and companies. */
    public boolean isInstitutional() {
        return this != INDIVIDUAL && this != COMPANY;
    }
}
