package org.donorcrm.testing.security;

import org.donorcrm.testing.TestTokens;
import org.donorcrm.testing.security.ApiOperations.Http;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The response headers every screen and API answer must carry (docs/security.md, "Headers and sessions"),
 * checked on whatever response a test got: pass a lookup from header name to value.
 */
public final class SecurityHeaders {

    /** Header → a fragment its value must contain. */
    public static final Map<String, List<String>> REQUIRED = Map.of(
            "Content-Security-Policy", List.of("default-src 'self'", "script-src 'self'", "style-src 'self'",
                    "object-src 'none'", "frame-ancestors 'none'", "form-action 'self'", "base-uri 'self'"),
            "X-Frame-Options", List.of("DENY"),
            "X-Content-Type-Options", List.of("nosniff"),
            "Referrer-Policy", List.of("same-origin"));

    private SecurityHeaders() {
    }

    /**
     * Checks a screen of a running service as the test's signed-in user (e.g. {@code @TestSecurity}): the page at
     * {@code screenPath} answers 200 with the headers, and a form post to {@code formPath} from another site, or
     * with neither Origin nor Referer, is refused with 403 before it reaches the form's handler.
     */
    public static List<String> checkScreen(URI base, String screenPath, String formPath) {
        List<String> problems = new ArrayList<>();
        expect(problems, base, "GET", screenPath, null, Map.of(), 200, true);
        expect(problems, base, "POST", formPath, null, Map.of("Origin", "https://attacker.example"), 403, true);
        expect(problems, base, "POST", formPath, null,
                Map.of("Referer", "https://attacker.example/page.html"), 403, false);
        expect(problems, base, "POST", formPath, null, Map.of(), 403, false);
        return problems;
    }

    /** Checks an API list of a running service: 200 with a token of every role, 401 without; both with the headers. */
    public static List<String> checkApi(URI base, String apiPath) {
        List<String> problems = new ArrayList<>();
        String allRoles = TestTokens.forRoles(AuthorizationMatrix.ROLES.toArray(String[]::new));
        expect(problems, base, "GET", apiPath, allRoles, Map.of(), 200, true);
        expect(problems, base, "GET", apiPath, null, Map.of(), 401, true);
        return problems;
    }

    private static void expect(List<String> problems, URI base, String method, String path, String token,
                               Map<String, String> headers, int status, boolean checkHeaders) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30))
                .method(method, method.equals("GET") ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString("name=x", StandardCharsets.UTF_8));
        if (!method.equals("GET")) {
            request.header("Content-Type", "application/x-www-form-urlencoded");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        headers.forEach(request::header);
        String what = method + " " + path + (token == null ? "" : " (token)") + (headers.isEmpty() ? "" : " " + headers);
        try {
            HttpResponse<String> response = Http.CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != status) {
                problems.add(what + ": expected " + status + ", got " + response.statusCode());
            }
            if (checkHeaders) {
                problems.addAll(problems(what, name -> response.headers().firstValue(name).orElse(null)));
            }
        } catch (java.io.IOException e) {
            problems.add(what + ": " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** What is missing or wrong in the headers of one response; empty when all are right. */
    public static List<String> problems(String what, Function<String, String> header) {
        List<String> problems = new ArrayList<>();
        REQUIRED.forEach((name, fragments) -> {
            String value = header.apply(name);
            if (value == null) {
                problems.add(what + ": no " + name + " header");
                return;
            }
            for (String fragment : fragments) {
                if (!value.contains(fragment)) {
                    problems.add(what + ": " + name + " is \"" + value + "\", lacks \"" + fragment + "\"");
                }
            }
            if (name.equals("Content-Security-Policy") && (value.contains("'unsafe-inline'")
                    || value.contains("'unsafe-eval'") || value.contains("*"))) {
                problems.add(what + ": the content security policy allows inline or foreign code: " + value);
            }
        });
        return problems;
    }
}
