package org.donorcrm.platform.i18n;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

/** Texts for Java code that writes words a user reads (a form's reasons, an error page): in the request's language. */
public final class Texts {

    private Texts() {
    }

    /** The platform's texts in the language of the request being served. */
    public static Ui ui() {
        return of(Ui.class);
    }

    /** A service's message bundle in the language of the request being served. */
    public static <T> T of(Class<T> bundle) {
        return MessageBundles.get(bundle, Localized.Literal.of(Languages.code(Languages.current())));
    }
}
