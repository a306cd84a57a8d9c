package org.donorcrm.gift.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.donorcrm.testing.TestTokens;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Plays donor-service's donor lookup ({@code POST /api/v1/donor-lookup}) and Keycloak's token endpoint for the
 * bank matching, on {@link DonorServiceStub}'s port. The token endpoint gives a token of the service role
 * {@code donor-lookup} only to the client {@code gift-service} with its secret ({@link #SECRET}, the client
 * credentials grant); the lookup answers 401 without a bearer token and 403 to a token without that role, as
 * donor-service does, and answers what tests told it: the holders of IBANs ({@link #holds}) and the donor of a
 * number ({@link #number}). {@link #down} makes it answer 503, as a donor-service that is not there.
 */
public final class DonorLookupStub {

    public static final String SECRET = "gift-service-test-secret";
    public static final String TOKEN_PATH = "/realms/donor-crm/protocol/openid-connect/token";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, List<String>> HOLDERS = new ConcurrentHashMap<>();
    private static final Map<Long, String> NUMBERS = new ConcurrentHashMap<>();
    private static final AtomicLong NEXT = new AtomicLong(600_000);
    private static final AtomicInteger TOKENS = new AtomicInteger();
    private static final List<int[]> CALLS = new CopyOnWriteArrayList<>();
    private static final List<String> ROLES_SEEN = new CopyOnWriteArrayList<>();
    private static volatile boolean down;

    private DonorLookupStub() {
    }

    static void register(HttpServer server) {
        server.createContext("/api/v1/donor-lookup", DonorLookupStub::lookup);
        server.createContext(TOKEN_PATH, DonorLookupStub::token);
    }

    /** The oidc-client settings of gift-service that point at this stub. */
    static Map<String, String> config(int port) {
        return Map.of("quarkus.oidc-client.auth-server-url", "http://127.0.0.1:" + port + "/realms/donor-crm",
                "crm.donor-lookup.client-secret", SECRET);
    }

    /** A donor number no test used yet (600001 and up: never a date near a booking). */
    public static long nextNumber() {
        return NEXT.incrementAndGet();
    }

    /** These donors (and only they) hold the IBAN on their records now. */
    public static void holds(String iban, String... donorIds) {
        HOLDERS.put(iban.replace(" ", "").toUpperCase(), List.of(donorIds));
    }

    /** The IBAN is on nobody's record (any more). */
    public static void heldByNobody(String iban) {
        HOLDERS.remove(iban.replace(" ", "").toUpperCase());
    }

    public static void number(long number, String donorId) {
        NUMBERS.put(number, donorId);
    }

    /** As donor-service after an erasure: the donor holds no IBAN and its number finds nobody. */
    public static void erased(String donorId) {
        HOLDERS.replaceAll((iban, holders) -> holders.stream().filter(h -> !h.equals(donorId)).toList());
        NUMBERS.values().removeIf(donorId::equals);
    }

    public static void down(boolean isDown) {
        down = isDown;
    }

    /** The lookup calls answered so far: for each, the number of IBANs and of numbers asked. */
    public static List<int[]> calls() {
        return Collections.unmodifiableList(CALLS);
    }

    /** The realm roles of every token the lookup was asked with. */
    public static List<String> rolesSeen() {
        return Collections.unmodifiableList(ROLES_SEEN);
    }

    public static int tokensIssued() {
        return TOKENS.get();
    }

    private static void token(HttpExchange exchange) throws IOException {
        String form = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        Map<String, String> fields = new LinkedHashMap<>();
        for (String pair : form.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                fields.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        String basic = exchange.getRequestHeaders().getFirst("Authorization");
        String clientId = fields.get("client_id");
        String secret = fields.get("client_secret");
        if (basic != null && basic.startsWith("Basic ")) {
            String[] pair = new String(Base64.getDecoder().decode(basic.substring(6)), StandardCharsets.UTF_8)
                    .split(":", 2);
            clientId = URLDecoder.decode(pair[0], StandardCharsets.UTF_8);
            secret = pair.length > 1 ? URLDecoder.decode(pair[1], StandardCharsets.UTF_8) : null;
        }
        if (!"POST".equals(exchange.getRequestMethod()) || !"client_credentials".equals(fields.get("grant_type"))
                || !"gift-service".equals(clientId) || !SECRET.equals(secret)) {
            answer(exchange, 401, "application/json", "{\"error\":\"unauthorized_client\"}");
            return;
        }
        TOKENS.incrementAndGet();
        String token = TestTokens.forUser("service-account-gift-service", "donor-lookup");
        answer(exchange, 200, "application/json",
                "{\"access_token\":\"" + token + "\",\"token_type\":\"Bearer\",\"expires_in\":300}");
    }

    private static void lookup(HttpExchange exchange) throws IOException {
        if (down) {
            answer(exchange, 503, "application/problem+json", "{\"status\":503,\"title\":\"Service Unavailable\"}");
            return;
        }
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        if (authorization == null || !authorization.startsWith("Bearer ")) {
            answer(exchange, 401, "application/problem+json", "{\"status\":401}");
            return;
        }
        String[] parts = authorization.substring(7).split("\\.");
        JsonNode claims = parts.length < 2 ? JSON.createObjectNode()
                : JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));
        List<String> roles = new ArrayList<>();
        claims.path("realm_access").path("roles").forEach(r -> roles.add(r.asText()));
        ROLES_SEEN.add(String.join(",", roles));
        if (!roles.contains("donor-lookup")) {
            answer(exchange, 403, "application/problem+json", "{\"status\":403}");
            return;
        }
        JsonNode body = JSON.readTree(exchange.getRequestBody());
        ObjectNode holders = JSON.createObjectNode();
        body.path("ibans").forEach(i -> {
            List<String> found = HOLDERS.getOrDefault(i.asText(), List.of());
            if (!found.isEmpty()) {
                ArrayNode ids = holders.putArray(i.asText());
                found.forEach(ids::add);
            }
        });
        ObjectNode donors = JSON.createObjectNode();
        body.path("numbers").forEach(n -> {
            String donor = NUMBERS.get(n.asLong());
            if (donor != null) {
                donors.put(String.valueOf(n.asLong()), donor);
            }
        });
        CALLS.add(new int[] {body.path("ibans").size(), body.path("numbers").size()});
        ObjectNode answer = JSON.createObjectNode();
        answer.set("holders", holders);
        answer.set("donors", donors);
        answer(exchange, 200, "application/json", JSON.writeValueAsString(answer));
    }

    private static void answer(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
