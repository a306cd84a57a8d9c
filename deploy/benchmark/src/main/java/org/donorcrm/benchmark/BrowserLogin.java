package org.donorcrm.benchmark;

import static org.donorcrm.benchmark.CrmHttp.enc;
import static org.donorcrm.benchmark.Log.log;

import java.io.IOException;
import java.net.CookieHandler;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A browser-like session on a service's screens: the OIDC code flow through Keycloak's login form, cookies kept
 * (the benchmark stack's realm lets crm-web redirect to the benchmark's ports, see deploy/benchmark/run).
 */
final class BrowserLogin {

    private static final Pattern LOGIN_FORM = Pattern.compile(
            "<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"|<form[^>]*action=\"([^\"]+)\"[^>]*id=\"kc-form-login\"");

    private BrowserLogin() {
    }

    /** Opens {@code page}, signs in as {@code user} on the login form it redirects to; the client keeps the session. */
    static HttpClient login(String page, String user) throws Exception {
        HttpClient browser = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.ALWAYS).cookieHandler(loopbackCookies())
                .connectTimeout(Duration.ofSeconds(10)).build();
        HttpResponse<String> form = browser.send(HttpRequest.newBuilder(URI.create(page)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher m = LOGIN_FORM.matcher(form.body());
        if (!m.find()) {
            throw new IllegalStateException("no Keycloak login form at " + form.uri() + " (HTTP " + form.statusCode() + ")");
        }
        String action = (m.group(1) != null ? m.group(1) : m.group(2)).replace("&amp;", "&");
        String body = "username=" + enc(user) + "&password=" + enc(Stack.PASSWORD) + "&credentialId=";
        HttpResponse<String> after = browser.send(HttpRequest.newBuilder(URI.create(action))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (after.statusCode() != 200 || after.uri().toString().contains("/realms/")) {
            throw new IllegalStateException("login did not reach the dashboard: HTTP " + after.statusCode() + " at " + after.uri());
        }
        log("  logged in as %s: %s", user, after.uri());
        return browser;
    }

    /**
     * {@code samples} sequential GETs of a screen in the session after the uncounted warm-ups; an answer other than
     * 200, or one that ends on Keycloak (the session was lost), counts as an error.
     */
    static Stats sequential(HttpClient browser, String url, int samples) throws Exception {
        return CrmHttp.sequential(browser, url, () -> HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                        .header("Accept", url.contains("charts") ? "application/json" : "text/html").GET().build(),
                r -> r.statusCode() != 200 || r.uri().toString().contains("/realms/") ? r.statusCode() + " " + r.uri() : null,
                samples);
    }

    /**
     * Cookies as a browser keeps them for http://127.0.0.1: Keycloak marks its login-session cookies Secure, which a
     * browser still sends to a loopback address (a "potentially trustworthy" origin) but java.net.CookieManager only
     * over https — without them Keycloak answers the login form's POST with 400. The Secure attribute is dropped
     * for loopback hosts only.
     */
    static CookieHandler loopbackCookies() {
        CookieManager manager = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
        return new CookieHandler() {
            @Override
            public Map<String, List<String>> get(URI uri, Map<String, List<String>> headers) throws IOException {
                return manager.get(uri, headers);
            }

            @Override
            public void put(URI uri, Map<String, List<String>> headers) throws IOException {
                boolean loopback = "127.0.0.1".equals(uri.getHost()) || "localhost".equals(uri.getHost());
                Map<String, List<String>> kept = new HashMap<>();
                headers.forEach((name, values) -> kept.put(name, loopback && name != null
                        && name.equalsIgnoreCase("Set-Cookie")
                        ? values.stream().map(c -> c.replaceAll("(?i);\\s*Secure\\s*(?=;|$)", "")).toList()
                        : values));
                manager.put(uri, kept);
            }
        };
    }
}
