package org.donorcrm.gift.donorlookup;

import org.donorcrm.platform.http.Problem;
import org.donorcrm.platform.http.RuleViolation;
import org.donorcrm.platform.i18n.Texts;
import org.donorcrm.platform.web.FormInput;

import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * What a form that chooses its donor by search (never by a typed id) says about that choice: that none was chosen,
 * or, in the screen's words, why the donor chosen cannot be used. The API's own reasons name the donor by its id,
 * which a screen never shows.
 */
public final class DonorChoice {

    private static final Pattern NAMES_AN_ID = Pattern.compile(".*[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-.*");

    private DonorChoice() {
    }

    /** Notes at {@code field} that no donor was chosen, unless one was; whether one was. */
    public static boolean chosen(FormInput form, String field) {
        if (DonorDirectory.isDonorId(form.get(field))) {
            return true;
        }
        form.reject(field, Texts.of(EntryMsg.class).donorNotChosen());
        return false;
    }

    /** A service's refusal with its reasons about the donor chosen in the screen's words (no id in them). */
    public static RuleViolation inWords(RuleViolation refused) {
        List<Problem.FieldError> fields = refused.fields().stream()
                .map(f -> f.pointer().endsWith("/donorId") && NAMES_AN_ID.matcher(f.detail()).matches()
                        ? new Problem.FieldError(f.pointer(), Texts.of(EntryMsg.class).donorNotKnownHere()) : f)
                .toList();
        return fields.equals(refused.fields()) ? refused : new RuleViolation(fields);
    }

    /** Runs a form's write; a refusal of the donor chosen comes out in the screen's words ({@link #inWords}). */
    public static <T> T inWords(Supplier<T> write) {
        try {
            return write.get();
        } catch (RuleViolation refused) {
            throw inWords(refused);
        }
    }
}
