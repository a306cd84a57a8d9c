package org.donorcrm.platform.http;

import io.vertx.core.MultiMap;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The same security headers on every response of every service, screens, API, static files and error pages alike
 * (docs/security.md): only the service's own scripts, styles and images; no framing; no MIME sniffing; no
 * referrer to other sites. Forms may post only to the service itself and to the sign-in server
 * ({@code crm.security.login-origin}, the browser-facing origin of Keycloak). A service whose screens need more
 * (a chart library's styles) sets {@code crm.security.content-security-policy} whole.
 */
@ApplicationScoped
public class SecurityHeaders {

    /** Runs before every other route, so that no response leaves without the headers. */
    private static final int ORDER = Integer.MIN_VALUE + 100;

    private final String contentSecurityPolicy;

    SecurityHeaders(@ConfigProperty(name = "crm.security.login-origin", defaultValue = "http://127.0.0.1:8180")
                    String loginOrigin,
                    @ConfigProperty(name = "crm.security.content-security-policy") java.util.Optional<String> csp) {
        this.contentSecurityPolicy = csp.orElse("default-src 'self'; img-src 'self' data:; style-src 'self'; "
                + "script-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'; "
                + "form-action 'self' " + loginOrigin);
    }

    void route(@Observes Router router) {
        router.route().order(ORDER).handler(context -> {
            context.addHeadersEndHandler(done -> {
                MultiMap headers = context.response().headers();
                headers.set("Content-Security-Policy", contentSecurityPolicy);
                headers.set("X-Frame-Options", "DENY");
                headers.set("X-Content-Type-Options", "nosniff");
                headers.set("Referrer-Policy", "same-origin");
            });
            context.next();
        });
    }

    /** The Content-Security-Policy every response carries. */
    public String contentSecurityPolicy() {
        return contentSecurityPolicy;
    }
}
