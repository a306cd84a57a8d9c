package org.donorcrm.gift.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Plays donor-service's {@code GET /api/v1/donors} for gift-service's screens, on a loopback port of its own
 * ({@code crm.donor-service.url} of the tests; the screens' links keep {@code crm.web.donor-url}): {@code ?ids=…}
 * answers the donors a test made {@link #known}, in the order asked; {@code ?q=…} the known donors whose name,
 * postcode or city holds the text. As donor-service does, it
 * answers 401 without a bearer token and 403 to a token of a role that may not see personal data (a director).
 * Registered through {@code META-INF/services} beside the test engines, so every {@code @QuarkusTest} of the module
 * shares it and the application starts once. The screens ask it with the signed-in person's own token
 * ({@link SignedInWithToken} gives a {@code @TestSecurity} person one); {@link #askedBy} tells whose it was.
 */
public class DonorServiceStub implements QuarkusTestResourceLifecycleManager {

    /** A donor as donor-service's search answers it, as far as gift-service reads it. */
    public record Donor(String id, long number, String displayName, String postcode, String city, String kind) {
    }

    private static final Map<String, Donor> KNOWN = new ConcurrentHashMap<>();
    private static final List<String> ASKED = Collections.synchronizedList(new ArrayList<>());

    private HttpServer server;

    /** Makes a donor known to donor-service by name (and postcode and city), as a test's donor registered there. */
    /** Donor numbers as donor-service gives them: the next one for each donor made known. */
    private static final java.util.concurrent.atomic.AtomicLong NUMBERS = new java.util.concurrent.atomic.AtomicLong(100_000);

    /** The number the stub gave this donor. */
    public static long numberOf(String id) {
        return KNOWN.get(id).number();
    }

    public static void known(String id, String displayName, String postcode, String city) {
        known(id, displayName, postcode, city, "INDIVIDUAL");
    }

    /** Makes a donor of this kind ({@code FOUNDATION}, {@code COMPANY}…) known. */
    public static void known(String id, String displayName, String postcode, String city, String kind) {
        KNOWN.put(id, new Donor(id, NUMBERS.incrementAndGet(), displayName, postcode, city, kind));
    }

    /** donor-service no longer finds this donor (a test cleans up the namesakes it made). */
    public static void forget(String id) {
        KNOWN.remove(id);
    }

    /** The requests asked with a token of this user (its {@code preferred_username}), as "path?query" decoded. */
    public static List<String> askedBy(String user) {
        String prefix = user + " | ";
        synchronized (ASKED) {
            return ASKED.stream().filter(r -> r.startsWith(prefix)).map(r -> r.substring(prefix.length())).toList();
        }
    }

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/api/v1/donors", this::donors);
        // the bank matching's donor lookup and the token endpoint of gift-service's own client
        DonorLookupStub.register(server);
        server.start();
        Map<String, String> config = new java.util.HashMap<>(DonorLookupStub.config(server.getAddress().getPort()));
        config.put("crm.donor-service.url", "http://127.0.0.1:" + server.getAddress().getPort());
        return config;
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    private void donors(HttpExchange exchange) throws IOException {
        String rawQuery = exchange.getRequestURI().getRawQuery();
        Map<String, String> query = query(rawQuery);
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        if (authorization == null || !authorization.startsWith("Bearer ")) {
            answer(exchange, 401, "{\"status\":401}");
            return;
        }
        String claims = claims(authorization.substring("Bearer ".length()));
        ASKED.add(claims.replaceAll("(?s).*\"preferred_username\"\\s*:\\s*\"([^\"]*)\".*", "$1") + " | "
                + exchange.getRequestURI().getPath()
                + (rawQuery == null ? "" : "?" + URLDecoder.decode(rawQuery, StandardCharsets.UTF_8)));
        if (exchange.getRequestURI().getPath().endsWith("/references")) {
            // number and kind, no personal data: for every role, a director too
            String refs = java.util.Arrays.stream(query.getOrDefault("ids", "").split(",")).filter(KNOWN::containsKey)
                    .map(KNOWN::get).map(d -> "{\"id\":\"%s\",\"number\":%d,\"kind\":\"%s\"}"
                            .formatted(d.id(), d.number(), d.kind()))
                    .collect(Collectors.joining(","));
            answer(exchange, 200, "{\"items\":[" + refs + "]}");
            return;
        }
        if (!seesPersonalData(claims)) {
            answer(exchange, 403, "{\"status\":403}");
            return;
        }
        List<Donor> found = new ArrayList<>();
        if (query.containsKey("ids")) {
            for (String id : query.get("ids").split(",")) {
                if (KNOWN.containsKey(id)) {
                    found.add(KNOWN.get(id));
                }
            }
        } else {
            String q = query.getOrDefault("q", "").toLowerCase(Locale.ROOT);
            found = KNOWN.values().stream()
                    .filter(d -> (d.displayName() + " " + d.postcode() + " " + d.city()).toLowerCase(Locale.ROOT)
                            .contains(q))
                    .sorted(java.util.Comparator.comparing(Donor::displayName)).toList();
        }
        int size = Integer.parseInt(query.getOrDefault("size", "20"));
        String items = found.stream().limit(size)
                .map(d -> ("{\"id\":\"%s\",\"number\":%d,\"displayName\":\"%s\",\"postcode\":\"%s\",\"city\":\"%s\","
                        + "\"kind\":\"%s\"}").formatted(d.id(), d.number(), d.displayName(), d.postcode(), d.city(), d.kind()))
                .collect(Collectors.joining(","));
        // countUpTo: the matches counted only that far, as donor-service does
        long total = query.containsKey("countUpTo")
                ? Math.min(found.size(), Integer.parseInt(query.get("countUpTo"))) : found.size();
        answer(exchange, 200, "{\"items\":[" + items + "],\"total\":" + total + ",\"page\":0,\"size\":" + size
                + "}");
    }

    /** The claims of a token, as JSON ("" when it is none); the signature is the services' to check, not this. */
    private static String claims(String jwt) {
        String[] parts = jwt.split("\\.");
        return parts.length < 2 ? "" : new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
    }

    /** donor-service shows names, e-mail addresses and places to fundraisers, finance and admins only. */
    private static boolean seesPersonalData(String claims) {
        String roles = claims.replaceAll("(?s).*\"realm_access\"\\s*:\\s*\\{\\s*\"roles\"\\s*:\\s*\\[([^]]*)].*", "$1");
        return roles.contains("\"fundraiser\"") || roles.contains("\"finance\"") || roles.contains("\"admin\"");
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> values = new LinkedHashMap<>();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    values.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                }
            }
        }
        return values;
    }

    private static void answer(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", status == 200 ? "application/json"
                : "application/problem+json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
