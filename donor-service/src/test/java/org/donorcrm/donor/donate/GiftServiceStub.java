package org.donorcrm.donor.donate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import org.donorcrm.testing.TestTokens;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Plays gift-service's {@code POST /api/v1/mandates} and Keycloak's token endpoint for donor-service's own client, on a
 * loopback port of its own (gift-service is another process: its side is tested in gift-service). The token endpoint
 * gives a token of the service role {@code mandate-signup} only for the client {@code donor-service} with its secret;
 * the mandates endpoint answers 401 without a bearer token, 403 to a token without that role, 409 to a reference it
 * took before (as gift-service does) and 503 while {@link #down} (gift-service unreachable). Registered through
 * {@code META-INF/services}, so every {@code @QuarkusTest} shares it.
 */
public class GiftServiceStub implements QuarkusTestResourceLifecycleManager {

    public static final String SECRET = "donor-service-test-secret";
    static final String TOKEN_PATH = "/realms/donor-crm/protocol/openid-connect/token";

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Every mandate the stub created, as its JSON body, in the order received. */
    private static final List<JsonNode> RECEIVED = new CopyOnWriteArrayList<>();
    private static final Set<String> REFERENCES = ConcurrentHashMap.newKeySet();
    private static volatile boolean down;
    private static volatile boolean donorUnknown;

    private HttpServer server;

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.createContext(TOKEN_PATH, GiftServiceStub::token);
        server.createContext("/api/v1/mandates", GiftServiceStub::mandate);
        server.start();
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        return Map.of("crm.gift-service.url", base,
                "quarkus.oidc-client.auth-server-url", base + "/realms/donor-crm",
                "quarkus.oidc-client.credentials.secret", SECRET);
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    /** gift-service cannot be reached (true) or is back (false). */
    public static void down(boolean isDown) {
        down = isDown;
    }

    /** gift-service does not know the new donors yet (true: its replica has not had their event) or does (false). */
    public static void donorUnknown(boolean isUnknown) {
        donorUnknown = isUnknown;
    }

    /** The mandates received with this reference (a mandate sent twice would be here twice). */
    public static List<JsonNode> received(String reference) {
        return RECEIVED.stream().filter(m -> reference.equals(m.path("reference").asText())).toList();
    }

    private static void token(HttpExchange exchange) throws IOException {
        String form = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String basic = exchange.getRequestHeaders().getFirst("Authorization");
        String expected = "Basic " + java.util.Base64.getEncoder()
                .encodeToString(("donor-service:" + SECRET).getBytes(StandardCharsets.UTF_8));
        boolean client = expected.equals(basic) || (form.contains("client_id=donor-service")
                && form.contains("client_secret=" + SECRET));
        if (!form.contains("grant_type=client_credentials") || !client) {
            answer(exchange, 401, "{\"error\":\"unauthorized_client\"}");
            return;
        }
        String token = TestTokens.forUser("service-account-donor-service", "mandate-signup");
        answer(exchange, 200, "{\"access_token\":\"" + token + "\",\"token_type\":\"Bearer\",\"expires_in\":300}");
    }

    private static void mandate(HttpExchange exchange) throws IOException {
        if (down) {
            answer(exchange, 503, "{\"title\":\"Service Unavailable\",\"status\":503}");
            return;
        }
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        if (authorization == null || !authorization.startsWith("Bearer ")) {
            answer(exchange, 401, "{}");
            return;
        }
        String payload = authorization.substring(7).split("\\.")[1];
        String claims = new String(java.util.Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8);
        if (!claims.contains("\"mandate-signup\"")) {
            answer(exchange, 403, "{}");
            return;
        }
        JsonNode body = JSON.readTree(exchange.getRequestBody());
        if (donorUnknown) {
            // as gift-service answers a mandate for a donor its replica does not hold yet
            answer(exchange, 422, "{\"type\":\"about:blank\",\"title\":\"Unprocessable Content\",\"status\":422,"
                    + "\"errors\":[{\"pointer\":\"#/donorId\",\"detail\":\"unknown donor "
                    + body.path("donorId").asText() + "\"}]}");
            return;
        }
        if (!REFERENCES.add(body.path("reference").asText())) {
            answer(exchange, 409, "{\"title\":\"Conflict\",\"status\":409}");
            return;
        }
        RECEIVED.add(body);
        answer(exchange, 201, "{\"id\":\"" + java.util.UUID.randomUUID() + "\"}");
    }

    private static void answer(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
