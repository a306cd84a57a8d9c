package org.donorcrm.donor.donor;

import java.time.LocalDate;
import java.util.Set;

/**
 * Everything a user enters about a donor, as checked at the edge; {@link DonorChecks} checks the rest.
 * {@code declinesAnnualStatement} null: not given (false for a new donor, unchanged for an existing one).
 */
public record DonorDetails(
        DonorKind kind,
        String firstName,
        String lastName,
        String organisationName,
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
        Set<String> tags,
        String notes,
        boolean doNotContact,
        SalutationForm salutationForm,
        String initials,
        String infix,
        Boolean declinesAnnualStatement) {
}
