package org.donorcrm.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The services' public APIs as the demo loader uses them: JSON over HTTP with a Keycloak access token of a demo
 * user (password grant on the crm-cli client), renewed before it expires.
 */
final class Api {

    /** An answer: status and body. */
    record Answer(int status, JsonNode body, String location, boolean replayed) {
        boolean ok() {
            return status >= 200 && status < 300;
        }

        /** The problem's detail, or the body, for waiting on a known cause. */
        String detail() {
            return body == null ? "" : body.has("detail") ? body.get("detail").asText() : body.toString();
        }
    }

    static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final String tokenUrl;
    private final String username;
    private final String password;
    private String token;
    private Instant tokenExpires = Instant.EPOCH;

    Api(String keycloakRealmUrl, String username, String password) {
        this.tokenUrl = keycloakRealmUrl + "/protocol/openid-connect/token";
        this.username = username;
        this.password = password;
    }

    Answer get(String url) {
        return send(HttpRequest.newBuilder(URI.create(url)).GET(), null);
    }

    Answer post(String url, Object body, String idempotencyKey) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json(body)));
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return send(request, null);
    }

    Answer put(String url, Object body) {
        return send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json(body))), null);
    }

    Answer postText(String url, String contentType, String body) {
        return send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)), null);
    }

    /**
     * Sends until the answer is not one to wait out (e.g. 422 "unknown donor" while gift-service's replica
     * catches up with donor-service's events), for at most {@code seconds}.
     */
    Answer retrying(java.util.function.Supplier<Answer> call, Predicate<Answer> waitFor, int seconds) {
        long deadline = System.currentTimeMillis() + seconds * 1000L;
        Answer answer = call.get();
        while (waitFor.test(answer) && System.currentTimeMillis() < deadline) {
            sleep(250);
            answer = call.get();
        }
        return answer;
    }

    /** The answer, or a clear failure naming the request and the problem the service gave. */
    static Answer require(Answer answer, String what) {
        if (!answer.ok()) {
            throw new IllegalStateException(what + " failed: HTTP " + answer.status() + " "
                    + (answer.body() == null ? "" : answer.body().toString()));
        }
        return answer;
    }

    private Answer send(HttpRequest.Builder request, Object unused) {
        for (int attempt = 1; ; attempt++) {
            try {
                HttpResponse<String> response = http.send(request.header("Authorization", "Bearer " + token())
                        .timeout(Duration.ofSeconds(120)).build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 429 && attempt < 20) {
                    // over the services' request limit per client: wait as told, then the same request again
                    sleep(1000L * Math.min(10, response.headers().firstValueAsLong("Retry-After").orElse(1)));
                    continue;
                }
                JsonNode body = response.body() == null || response.body().isBlank() ? null
                        : parse(response.body());
                return new Answer(response.statusCode(), body,
                        response.headers().firstValue("Location").orElse(null),
                        response.headers().firstValue("Idempotent-Replayed").map("true"::equals).orElse(false));
            } catch (IOException e) {
                if (attempt == 5) {
                    throw new IllegalStateException("cannot reach " + request.build().uri(), e);
                }
                sleep(1000L * attempt);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private synchronized String token() throws IOException, InterruptedException {
        if (Instant.now().isBefore(tokenExpires.minusSeconds(30))) {
            return token;
        }
        String form = form(Map.of("grant_type", "password", "client_id", "crm-cli", "username", username,
                "password", password));
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(tokenUrl))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("no token for " + username + ": HTTP " + response.statusCode());
        }
        JsonNode body = JSON.readTree(response.body());
        token = body.get("access_token").asText();
        tokenExpires = Instant.now().plusSeconds(body.get("expires_in").asLong());
        return token;
    }

    private static String form(Map<String, String> fields) {
        StringBuilder out = new StringBuilder();
        fields.forEach((k, v) -> out.append(out.isEmpty() ? "" : "&").append(k).append('=')
                .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return out.toString();
    }

    private static JsonNode parse(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            return JSON.getNodeFactory().textNode(body);
        }
    }

    private static String json(Object body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
