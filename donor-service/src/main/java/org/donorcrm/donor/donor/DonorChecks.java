package org.donorcrm.donor.donor;

import org.donorcrm.platform.http.InvalidInput;
import org.donorcrm.platform.http.Problem;
import org.iban4j.Iban4jException;
import org.iban4j.IbanUtil;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The checks on donor details that depend on more than one field or need a library: a Dutch postcode's format
 * (only when the address is Dutch), an IBAN's country format and mod-97 check digits (iban4j), the name a kind
 * needs. Also brings valid values to their stored form ("1234 AB", "NL91ABNA0417164300").
 */
public final class DonorChecks {

    public static final Pattern DUTCH_POSTCODE = Pattern.compile("^[1-9][0-9]{3} ?[A-Z]{2}$");

    private DonorChecks() {
    }

    /** @throws InvalidInput naming every field that is wrong */
    public static DonorDetails checked(DonorDetails d) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (d.kind() == DonorKind.INDIVIDUAL && blank(d.lastName())) {
            errors.add(new Problem.FieldError("#/lastName", "is required for an individual",
                    "lastNameRequired", List.of()));
        }
        if (d.kind() != null && d.kind().isOrganisation() && blank(d.organisationName())) {
            errors.add(new Problem.FieldError("#/organisationName", "is required for an organisation",
                    "organisationNameRequired", List.of()));
        }
        if (d.kind() != null && d.kind().isOrganisation() && d.dateOfBirth() != null) {
            errors.add(new Problem.FieldError("#/dateOfBirth", "only an individual has a date of birth",
                    "onlyIndividualsHaveABirthDate", List.of()));
        }
        String country = blank(d.country()) ? "NL" : d.country();
        String postcode = blank(d.postcode()) ? null : d.postcode().trim();
        if (postcode != null && "NL".equals(country)) {
            if (!DUTCH_POSTCODE.matcher(postcode).matches()) {
                errors.add(new Problem.FieldError("#/postcode", "must be a Dutch postcode such as 1234 AB",
                        "postcodeInvalid", List.of()));
            } else {
                postcode = postcode.substring(0, 4) + " " + postcode.substring(postcode.length() - 2);
            }
        }
        String iban = electronicIban(d.iban());
        if (iban != null) {
            try {
                IbanUtil.validate(iban);
            } catch (Iban4jException e) {
                errors.add(new Problem.FieldError("#/iban",
                        "is not a valid IBAN (country format or check digits)", "ibanInvalid", List.of()));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        return new DonorDetails(d.kind(), trimmed(d.firstName()), trimmed(d.lastName()),
                trimmed(d.organisationName()), trimmed(d.street()), trimmed(d.houseNumber()), postcode,
                trimmed(d.city()), country, trimmed(d.email()), trimmed(d.phone()), iban, d.dateOfBirth(),
                blank(d.preferredLanguage()) ? "nl" : d.preferredLanguage(), trimmed(d.owner()),
                d.tags() == null ? java.util.Set.of() : d.tags(), trimmed(d.notes()), d.doNotContact(),
                d.salutationForm(), initials(d.initials()), blank(d.infix()) ? null
                : d.infix().trim().toLowerCase(Locale.ROOT), d.declinesAnnualStatement());
    }

    /** Initials as stored: without spaces, each starting with a capital ("a.j." is "A.J."); null when none. */
    static String initials(String initials) {
        if (blank(initials)) {
            return null;
        }
        StringBuilder stored = new StringBuilder();
        boolean start = true;
        for (char c : initials.replaceAll("\\s", "").toCharArray()) {
            stored.append(start ? Character.toUpperCase(c) : c);
            start = c == '.';
        }
        return stored.toString();
    }

    /** The IBAN without spaces, upper case; null when none was given. */
    public static String electronicIban(String iban) {
        if (blank(iban)) {
            return null;
        }
        return iban.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String trimmed(String s) {
        return blank(s) ? null : s.trim();
    }
}
