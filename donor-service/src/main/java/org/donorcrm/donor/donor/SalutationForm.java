package org.donorcrm.donor.donor;

/**
 * How a person likes to be addressed in a letter (the rules are {@code salutation}'s): by first name ("Beste Anna"),
 * formally as a man or a woman ("Geachte heer De Vries", "Geachte mevrouw Van den Berg"), or without a gender
 * ("Beste A. de Vries"). A donor without a preference is addressed as NEUTRAL.
 */
public enum SalutationForm {
    INFORMAL,
    FORMAL_MALE,
    FORMAL_FEMALE,
    NEUTRAL
}
