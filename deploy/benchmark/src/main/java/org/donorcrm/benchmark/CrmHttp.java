package org.donorcrm.benchmark;

import static org.donorcrm.benchmark.Format.abbreviate;
import static org.donorcrm.benchmark.Format.ms;
import static org.donorcrm.benchmark.Log.log;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/** The services' APIs over HTTP/1.1, with access tokens of the demo users from Keycloak. */
final class CrmHttp {

    static final ObjectMapper JSON = new ObjectMapper();
    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    /** The requests before the measured ones of {@link #sequential}: not counted. */
    static final int WARM_UPS = 3;

    /** user -> {access token, epoch ms it was issued}. */
    private static final Map<String, String[]> TOKENS = new ConcurrentHashMap<>();

    private CrmHttp() {
    }

    /** An access token of a demo user (password grant on crm-cli), renewed after 60 s. */
    static String token(String user) throws IOException, InterruptedException {
        String[] cached = TOKENS.get(user);
        if (cached != null && System.currentTimeMillis() - Long.parseLong(cached[1]) < 60_000) {
            return cached[0];
        }
        String form = "grant_type=password&client_id=" + enc(Stack.CLI_CLIENT) + "&username=" + enc(user)
                + "&password=" + enc(Stack.PASSWORD);
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(Stack.OIDC + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form))
                .build());
        if (r.statusCode() != 200) {
            throw new IOException("token for " + user + ": HTTP " + r.statusCode() + " " + r.body());
        }
        String token = JSON.readTree(r.body()).get("access_token").asText();
        TOKENS.put(user, new String[] {token, Long.toString(System.currentTimeMillis())});
        return token;
    }

    /** The Authorization header's value for a demo user. */
    static String bearer(String user) throws IOException, InterruptedException {
        return "Bearer " + token(user);
    }

    static HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    static JsonNode getJson(String url, String user) throws IOException, InterruptedException {
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Authorization", bearer(user)).header("Accept", "application/json").GET().build());
        if (r.statusCode() != 200) {
            throw new IOException("GET " + url + ": HTTP " + r.statusCode() + " " + abbreviate(r.body()));
        }
        return JSON.readTree(r.body());
    }

    /**
     * {@code samples} sequential GETs of {@code url} as {@code user} (none: no token) after {@link #WARM_UPS}
     * uncounted ones; a non-200 answer counts as an error.
     */
    static Stats sequential(String url, String user, int samples) throws Exception {
        return sequential(HTTP, url, () -> {
            HttpRequest.Builder rb = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60)).GET();
            if (user != null) {
                rb.header("Authorization", bearer(user));
            }
            return rb.build();
        }, r -> r.statusCode() != 200 ? r.statusCode() + " " + abbreviate(r.body()) : null, samples);
    }

    /** Makes the next request of a timed series (a token is fetched here, outside the timed part). */
    interface RequestFactory {
        HttpRequest next() throws IOException, InterruptedException;
    }

    /**
     * {@code samples} sequential requests after {@link #WARM_UPS} uncounted ones, each timed from send to the whole
     * body; {@code problem} says what is wrong with an answer (null: nothing), counted in the errors.
     */
    static Stats sequential(HttpClient client, String url, RequestFactory request,
                            Function<HttpResponse<String>, String> problem, int samples) throws Exception {
        List<Long> lat = new ArrayList<>();
        int errors = 0;
        String last = null;
        for (int i = 0; i < samples + WARM_UPS; i++) {
            HttpRequest next = request.next();
            long t = System.nanoTime();
            HttpResponse<String> r = client.send(next, HttpResponse.BodyHandlers.ofString());
            long d = System.nanoTime() - t;
            String wrong = problem.apply(r);
            if (wrong != null) {
                errors++;
                last = wrong;
            }
            if (i >= WARM_UPS) {
                lat.add(d);
            }
        }
        Stats out = Stats.of(lat);
        out.errors = errors;
        out.lastError = last;
        log("  %s: p50 %s p99 %s%s", url, ms(out.p50), ms(out.p99), errors > 0 ? " errors " + errors + " " + last : "");
        return out;
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
