package org.donorcrm.donor.donor;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.Set;

/**
 * The body of {@code POST /api/v1/donors} and {@code PUT /api/v1/donors/{id}}. An individual has a last name
 * (and usually a first name), an organisation an organisation name. The postcode is checked as Dutch when the
 * country is NL (the default); the IBAN with iban4j (country format and mod-97). {@code version}, on a PUT,
 * is the version the user saw: a change made meanwhile is not overwritten. {@code salutationForm}, {@code initials}
 * and {@code infix} (the tussenvoegsel, e.g. "van der", with {@code lastName} then without it) make an individual's
 * salutation; all three are optional. {@code declinesAnnualStatement} ("geen jaaroverzicht") leaves the donor out of
 * the yearly run of annual statements; optional: none at registration is false, none on a PUT keeps what it was.
 */
public record DonorRequest(
        @NotNull DonorKind kind,
        @Size(max = 100) String firstName,
        @Size(max = 100) String lastName,
        @Size(max = 200) String organisationName,
        @Size(max = 200) String street,
        @Size(max = 20) String houseNumber,
        @Size(max = 7) String postcode,
        @Size(max = 100) String city,
        @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166 country code such as NL") String country,
        @Email @Size(max = 254) String email,
        @Size(max = 30) @Pattern(regexp = "\\+?[0-9 ()-]{6,29}", message = "must be a phone number") String phone,
        @Size(max = 42) String iban,
        @Past LocalDate dateOfBirth,
        @Pattern(regexp = "nl|en", message = "must be nl or en") String preferredLanguage,
        @Size(max = 100) String owner,
        @Size(max = 20) Set<@Pattern(regexp = "[a-z0-9-]{1,40}", message = "must be lower-case letters, digits and -")
                String> tags,
        @Size(max = 4000) String notes,
        Boolean doNotContact,
        Long version,
        SalutationForm salutationForm,
        @Size(max = 20) @Pattern(regexp = "([A-Za-z][a-z]?\\. ?){1,8}", message = "must be initials such as A.J.")
        String initials,
        @Size(max = 20) @Pattern(regexp = "[A-Za-z']{1,7}( [A-Za-z']{1,7}){0,3}",
                message = "must be a tussenvoegsel such as van der") String infix,
        Boolean declinesAnnualStatement) {

    public DonorDetails toDetails() {
        return new DonorDetails(kind, firstName, lastName, organisationName, street, houseNumber, postcode, city,
                country, email, phone, iban, dateOfBirth, preferredLanguage, owner, tags, notes,
                Boolean.TRUE.equals(doNotContact), salutationForm, initials, infix, declinesAnnualStatement);
    }
}
