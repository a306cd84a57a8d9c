package org.donorcrm.reporting;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import org.donorcrm.platform.i18n.Languages;

/**
 * The language a background job writes what it came to in: the one of the request that started it. A job runs
 * without a request, so its start keeps the language's code in the job's params ({@link #current()}) and its run
 * takes its texts in that language ({@link #bundle}).
 */
public final class JobLanguage {

    private JobLanguage() {
    }

    /** "nl" or "en": the language of the request being served (Dutch without one). */
    public static String current() {
        return Languages.code(Languages.current());
    }

    /** A message bundle in the language of {@code code}; Dutch for anything but "en" (also for none). */
    public static <T> T bundle(Class<T> bundle, String code) {
        return MessageBundles.get(bundle, Localized.Literal.of(Languages.code(Languages.of(code))));
    }
}
