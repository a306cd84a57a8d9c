package org.donorcrm.platform.i18n;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ArcContainer;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;

import java.util.List;
import java.util.Locale;

/**
 * The languages of the screens: Dutch first, English on request. The choice is a cookie ({@value #COOKIE}) the
 * top bar's switch sets; cookies ignore the port, so one choice holds for every service on the same host.
 * Numbers, amounts and dates are written the Dutch way in both languages (the organisation's books are Dutch);
 * only words and month names follow the language.
 */
public final class Languages {

    public static final Locale DUTCH = Locale.forLanguageTag("nl");
    public static final Locale ENGLISH = Locale.forLanguageTag("en");
    public static final List<String> CODES = List.of("nl", "en");
    public static final String COOKIE = "crm-lang";

    private Languages() {
    }

    /** The locale of a language code; Dutch for anything not supported. */
    public static Locale of(String code) {
        return "en".equals(code) ? ENGLISH : DUTCH;
    }

    /** The language of the request being served (its cookie), Dutch when there is none. */
    public static Locale current() {
        RoutingContext request = currentRequest();
        if (request == null) {
            return DUTCH;
        }
        Cookie cookie = request.request().getCookie(COOKIE);
        return of(cookie == null ? null : cookie.getValue());
    }

    /** "nl" or "en". */
    public static String code(Locale locale) {
        return locale.getLanguage().equals("en") ? "en" : "nl";
    }

    /** The other language, which the top bar offers. */
    public static String other(Locale locale) {
        return code(locale).equals("en") ? "nl" : "en";
    }

    private static RoutingContext currentRequest() {
        ArcContainer container = Arc.container();
        if (container == null || !container.requestContext().isActive()) {
            return null;
        }
        CurrentVertxRequest current = container.instance(CurrentVertxRequest.class).get();
        return current == null ? null : current.getCurrent();
    }
}
