package org.donorcrm.donor.donor;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A donor with its personal data, as the API shows it to fundraisers, finance and admins. */
public record DonorResponse(
        String id,
        long number,
        String kind,
        String incomeCategory,
        String status,
        String firstName,
        String lastName,
        String organisationName,
        String displayName,
        String street,
        String houseNumber,
        String postcode,
        String city,
        String country,
        String email,
        String phone,
        String iban,
        LocalDate dateOfBirth,
        String preferredLanguage,
        String owner,
        List<String> tags,
        String notes,
        String householdId,
        boolean doNotContact,
        Instant createdAt,
        String createdBy,
        Instant updatedAt,
        String updatedBy,
        long version,
        String salutationForm,
        String initials,
        String infix,
        boolean declinesAnnualStatement) {

    public static DonorResponse of(Donor d) {
        return new DonorResponse(d.id, d.number, d.kind.name(), d.incomeCategory.name(), d.status.name(), d.firstName,
                d.lastName, d.organisationName, d.displayName, d.street, d.houseNumber, d.postcode, d.city,
                d.country, d.email, d.phone, d.iban, d.dateOfBirth, d.preferredLanguage, d.owner,
                List.copyOf(d.tags), d.notes, d.householdId, d.doNotContact, d.createdAt, d.createdBy,
                d.updatedAt, d.updatedBy, d.version, d.salutationForm == null ? null : d.salutationForm.name(),
                d.initials, d.infix, d.declinesAnnualStatement);
    }
}
