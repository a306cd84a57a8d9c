package org.donorcrm.platform.web;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.ws.rs.core.MultivaluedMap;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.core.Response;
import org.donorcrm.platform.http.Conflict;
import org.donorcrm.platform.http.InvalidInput;
import org.donorcrm.platform.http.RuleViolation;
import org.donorcrm.platform.i18n.Amounts;
import org.donorcrm.platform.i18n.Dates;
import org.donorcrm.platform.i18n.Texts;
import org.donorcrm.platform.i18n.Ui;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A form as typed and the reasons its fields are not (yet) a command. The values stay strings, so a form with
 * errors is shown again exactly as it was entered; the parse methods turn them into amounts, dates and choices
 * and note the reason per field. Templates read {@code form.get('field')} and {@code form.error('field')}.
 */
public final class FormInput {

    private final Map<String, String> values;
    private final Map<String, String> errors = new LinkedHashMap<>();

    private FormInput(Map<String, String> values) {
        this.values = values;
    }

    /** An empty form with these starting values. */
    public static FormInput of(Map<String, String> defaults) {
        return new FormInput(new LinkedHashMap<>(defaults));
    }

    /** The posted form, values trimmed. */
    public static FormInput of(MultivaluedMap<String, String> posted) {
        Map<String, String> values = new LinkedHashMap<>();
        posted.forEach((name, list) -> values.put(name, list.isEmpty() || list.get(0) == null ? "" : list.get(0).trim()));
        return new FormInput(values);
    }

    /** What was typed in a field ("" when nothing). */
    public String get(String name) {
        String value = values.get(name);
        return value == null ? "" : value;
    }

    /** Whether a checkbox was ticked (it is only sent when it is). */
    public boolean checked(String name) {
        return !get(name).isEmpty();
    }

    /** Why a field is not accepted, or null. The reason for the form as a whole is under "form". */
    public String error(String name) {
        return errors.get(name);
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    public void reject(String name, String reason) {
        errors.putIfAbsent(name, reason);
    }

    /** The domain rules the service refused, each shown at the field its JSON pointer names. */
    public void reject(RuleViolation violation) {
        violation.fields().forEach(f -> reject(field(f.pointer()), Texts.reason(f)));
    }

    /**
     * Runs a write when the form has no errors and sends the browser where it leads (303); else, or when the
     * service refuses it, shows the form page again with the reasons: 422 for a broken rule, 409 for a conflict
     * (shown at {@code conflictField}). The service's transaction has rolled back then: nothing is stored.
     */
    public Response submit(Supplier<String> write, String conflictField, Supplier<TemplateInstance> page) {
        if (!hasErrors()) {
            try {
                return Response.seeOther(URI.create(write.get())).build();
            } catch (RuleViolation e) {
                reject(e);
            } catch (InvalidInput e) {
                e.fields().forEach(f -> reject(field(f.pointer()), Texts.reason(f)));
            } catch (Conflict e) {
                reject(e.pointer() == null ? conflictField : field(e.pointer()), Texts.reason(e.reason()));
                return Response.status(409).entity(page.get()).build();
            }
        }
        return Response.status(422).entity(page.get()).build();
    }

    public String text(String name) {
        String value = get(name);
        return value.isEmpty() ? null : value;
    }

    public String lowerCase(String name) {
        String value = text(name);
        return value == null ? null : value.toLowerCase();
    }

    public BigDecimal decimal(String name) {
        return decimal(get(name), name, errors);
    }

    public LocalDate date(String name, boolean required) {
        return date(get(name), name, errors, required);
    }

    public Integer whole(String name) {
        String text = get(name);
        if (text.isEmpty()) {
            return null;
        }
        try {
            return Integer.valueOf(text);
        } catch (NumberFormatException e) {
            reject(name, Texts.ui().wholeNumberInvalid());
            return null;
        }
    }

    public <E extends Enum<E>> E choice(String name, Class<E> type, String reason) {
        try {
            return Enum.valueOf(type, get(name));
        } catch (IllegalArgumentException e) {
            reject(name, reason);
            return null;
        }
    }

    /** Checks a request record as the API would, noting each violation at its field (its property path). */
    public <T> T validated(Validator validator, T request) {
        return validated(validator, request, "");
    }

    /** As {@link #validated(Validator, Object)}, with the field names of the form prefixed (rows of a list). */
    public <T> T validated(Validator validator, T request, String prefix) {
        for (ConstraintViolation<T> v : validator.validate(request)) {
            String reason = standardReason(v);
            reject(prefix + v.getPropertyPath(), reason != null ? reason : v.getMessage());
        }
        return request;
    }

    /**
     * A check's reason in the person's language, by the kind of check ({@code @NotBlank}, {@code @Size},
     * {@code @DecimalMin}, {@code @Digits}, {@code @Pattern}, an IBAN check…): the English message written for the
     * API is not shown on a screen. Null for a kind of check this does not know, whose message is shown as written.
     */
    static String standardReason(ConstraintViolation<?> v) {
        Map<String, Object> attributes = v.getConstraintDescriptor().getAttributes();
        Ui ui = Texts.ui();
        return switch (v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName()) {
            case "NotBlank", "NotNull", "NotEmpty" -> ui.fieldRequired();
            case "Size" -> ui.fieldSize((Integer) attributes.get("min"), (Integer) attributes.get("max"));
            case "Min", "DecimalMin" -> ui.fieldAtLeast(String.valueOf(attributes.get("value")));
            case "Max", "DecimalMax" -> ui.fieldAtMost(String.valueOf(attributes.get("value")));
            case "Positive" -> ui.fieldPositive();
            case "PositiveOrZero" -> ui.fieldNotNegative();
            case "Email" -> ui.fieldEmail();
            case "Pattern" -> ui.fieldPattern();
            case "Digits" -> ui.fieldDigits((Integer) attributes.get("integer"), (Integer) attributes.get("fraction"));
            case "ValidIban", "Iban" -> ui.fieldIban();
            default -> null;
        };
    }

    /** An amount as people type it ({@link Amounts}); null when empty or not an amount (the reason noted). */
    public static BigDecimal decimal(String text, String field, Map<String, String> errors) {
        try {
            return Amounts.parse(text).orElse(null);
        } catch (Amounts.NotAnAmount e) {
            Ui ui = Texts.ui();
            errors.putIfAbsent(field, e.key().equals("amountAmbiguous") ? ui.amountAmbiguous() : ui.amountInvalid());
            return null;
        }
    }

    public static LocalDate date(String text, String field, Map<String, String> errors, boolean required) {
        if (text == null || text.isEmpty()) {
            if (required) {
                errors.putIfAbsent(field, Texts.ui().dateRequired());
            }
            return null;
        }
        try {
            return Dates.parse(text);
        } catch (DateTimeParseException e) {
            errors.putIfAbsent(field, Texts.ui().dateInvalid());
            return null;
        }
    }

    public static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    /** "#/allocations/1/fundCode" → "fundCode1"; "#/donorId" → "donorId"; "#" → "form". */
    public static String field(String pointer) {
        String[] parts = pointer.replaceFirst("^#/?", "").split("/");
        if (parts.length == 3 && parts[0].equals("allocations")) {
            return ("amount".equals(parts[2]) ? "allocation" : parts[2]) + parts[1];
        }
        return parts.length == 0 || parts[0].isEmpty() ? "form" : parts[parts.length - 1];
    }
}
