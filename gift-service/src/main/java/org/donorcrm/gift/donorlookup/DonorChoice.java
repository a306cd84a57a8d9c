package org.donorcrm.gift.donorlookup;

import org.donorcrm.platform.i18n.Texts;
import org.donorcrm.platform.web.FormInput;

/**
 * What a form that chooses its donor by search (never by a typed id) says about that choice: that none was chosen.
 * Why a donor chosen cannot be used is the service's rule, in the screen's words without the donor's id (the
 * {@code rules} bundle's {@code unknownDonor}, shown through {@code Texts.reason}).
 */
public final class DonorChoice {

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
}
