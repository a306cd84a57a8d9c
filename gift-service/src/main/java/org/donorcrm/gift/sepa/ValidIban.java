package org.donorcrm.gift.sepa;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import org.iban4j.IbanFormatException;
import org.iban4j.IbanUtil;
import org.iban4j.InvalidCheckDigitException;
import org.iban4j.UnsupportedCountryException;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** An IBAN with a valid country format and check digits (iban4j); spaces are allowed, null is left to @NotNull. */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ValidIban.Validator.class)
public @interface ValidIban {

    String message() default "must be a valid IBAN";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<ValidIban, String> {

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || isValid(value);
        }

        public static boolean isValid(String value) {
            try {
                IbanUtil.validate(normalise(value));
                return true;
            } catch (IbanFormatException | InvalidCheckDigitException | UnsupportedCountryException e) {
                return false;
            }
        }

        public static String normalise(String iban) {
            return iban == null ? null : iban.replace(" ", "").toUpperCase(java.util.Locale.ROOT);
        }
    }
}
