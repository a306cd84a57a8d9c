package org.donorcrm.donor.salutation;

import org.donorcrm.donor.donor.SalutationForm;

import java.util.Locale;

/**
 * The Dutch and English salutation rules of a letter, in the donor's language (not the screen's: the letter is the
 * donor's). Without the closing comma, which the letter adds.
 * <ul>
 * <li>INFORMAL: the first name ("Beste Anna", "Dear Anna"); without a first name as NEUTRAL.</li>
 * <li>FORMAL_MALE / FORMAL_FEMALE: the title and the last name with its tussenvoegsel, whose first letter is a capital
 * after a title ("Geachte heer Van der Berg", "Dear Ms Van den Berg").</li>
 * <li>NEUTRAL (also no preference): the initials, else the first name, then the tussenvoegsel in lower case and the
 * last name ("Beste A. de Vries", "Beste Jan van der Berg"); with neither "Geachte heer/mevrouw De Vries".</li>
 * <li>An organisation: its contact person by name ("Beste Jan de Vries"), else "Geachte heer/mevrouw"
 * ("Dear Sir or Madam").</li>
 * </ul>
 * A last name typed with its tussenvoegsel ("de Vries", from before the tussenvoegsel had its own field) follows the
 * same capital rule.
 */
public final class Salutations {

    /** Everything a salutation is made of; null where not known. */
    public record Addressee(String language, boolean organisation, SalutationForm form, String firstName,
                            String initials, String infix, String lastName, String contactPerson) {
    }

    private Salutations() {
    }

    public static String of(Addressee a) {
        boolean english = "en".equals(a.language());
        if (a.organisation()) {
            String contact = text(a.contactPerson());
            if (contact == null) {
                return english ? "Dear Sir or Madam" : "Geachte heer/mevrouw";
            }
            return (english ? "Dear " : "Beste ") + contact;
        }
        String firstName = text(a.firstName());
        String initials = text(a.initials());
        String surname = surname(a.infix(), a.lastName());
        SalutationForm form = a.form() == null ? SalutationForm.NEUTRAL : a.form();
        if (form == SalutationForm.INFORMAL && firstName != null) {
            return (english ? "Dear " : "Beste ") + firstName;
        }
        if (form == SalutationForm.FORMAL_MALE) {
            return (english ? "Dear Mr " : "Geachte heer ") + capitalised(surname);
        }
        if (form == SalutationForm.FORMAL_FEMALE) {
            return (english ? "Dear Ms " : "Geachte mevrouw ") + capitalised(surname);
        }
        String given = initials != null ? initials : firstName;
        if (given != null) {
            return (english ? "Dear " : "Beste ") + given + " " + surname;
        }
        return (english ? "Dear Mr/Ms " : "Geachte heer/mevrouw ") + capitalised(surname);
    }

    /** The tussenvoegsel and the last name, as written after a first name: "van der Berg". */
    private static String surname(String infix, String lastName) {
        String last = text(lastName) == null ? "" : lastName.trim();
        return text(infix) == null ? last : infix.trim().toLowerCase(Locale.ROOT) + " " + last;
    }

    /** The first letter a capital: "Van der Berg" after a title. */
    private static String capitalised(String surname) {
        return surname.isEmpty() ? surname : surname.substring(0, 1).toUpperCase(Locale.ROOT) + surname.substring(1);
    }

    private static String text(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
