package org.donorcrm.donor.donor;

/** Every personal field of a donor, in one place, so that blanking them cannot forget one. */
public final class PersonalData {

    private PersonalData() {
    }

    public static void blank(Donor donor) {
        donor.firstName = null;
        donor.lastName = null;
        donor.organisationName = null;
        donor.displayName = null;
        donor.salutationForm = null;
        donor.initials = null;
        donor.infix = null;
        donor.street = null;
        donor.houseNumber = null;
        donor.postcode = null;
        donor.city = null;
        donor.country = null;
        donor.email = null;
        donor.phone = null;
        donor.iban = null;
        donor.dateOfBirth = null;
        donor.preferredLanguage = null;
        donor.notes = null;
        donor.tags.clear();
        BlockingKeys.clear(donor);
    }
}
