package org.donorcrm.testing.security;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The operations of a running service as its own OpenAPI document ({@code /q/openapi}) lists them: the source of
 * truth the security tests walk, so that a new endpoint is covered (or fails the build) without anyone
 * remembering to add it. Screens are hidden from OpenAPI and therefore not listed.
 */
public final class ApiOperations {

    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");
    private static final Pattern ROLES = Pattern.compile("Roles?:\\s*([^.\\n]*)", Pattern.CASE_INSENSITIVE);
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One operation: its method and templated path, the declared media types of its body, its parameters. */
    public record Operation(String method, String path, List<String> bodyTypes, List<Parameter> parameters,
                            String declaredRoles) {

        /** "POST /api/gifts" — how the matrix and the failure messages name it. */
        public String key() {
            return method + " " + path;
        }

        /** The path with every path parameter filled with a harmless value of its type (a fresh UUID for ids). */
        public String concretePath() {
            String concrete = path;
            for (Parameter p : parameters) {
                if (p.in().equals("path")) {
                    concrete = concrete.replace("{" + p.name() + "}", p.sampleValue());
                }
            }
            return concrete;
        }

        /** The query string carrying a sample value of every required query parameter ("" when none). */
        public String requiredQuery() {
            StringBuilder query = new StringBuilder();
            for (Parameter p : parameters) {
                if (p.in().equals("query") && p.required()) {
                    query.append(query.isEmpty() ? "?" : "&").append(p.name()).append('=').append(p.sampleValue());
                }
            }
            return query.toString();
        }

        public boolean takesBody() {
            return !bodyTypes.isEmpty();
        }
    }

    /** A path or query parameter with the schema facts needed to make up a valid-looking value. */
    public record Parameter(String name, String in, boolean required, String type, String format,
                            List<String> enumValues) {

        public String sampleValue() {
            if (!enumValues.isEmpty()) {
                return enumValues.get(0);
            }
            if ("integer".equals(type) || "number".equals(type)) {
                return name.toLowerCase(Locale.ROOT).contains("year") ? "2026" : "1";
            }
            if ("boolean".equals(type)) {
                return "false";
            }
            if ("date".equals(format)) {
                return "2026-01-01";
            }
            String lower = name.toLowerCase(Locale.ROOT);
            if (lower.equals("year")) {
                return "2026";
            }
            if (lower.equals("month") || lower.equals("period")) {
                return "2026-01";
            }
            if (lower.equals("code") || lower.endsWith("code")) {
                return "NO-SUCH-CODE";
            }
            return UUID.randomUUID().toString();
        }
    }

    private ApiOperations() {
    }

    /** Every operation of the service at {@code baseUri} (e.g. {@code http://localhost:41234/}). */
    public static List<Operation> of(URI baseUri) {
        JsonNode doc = JSON.readTree(get(baseUri.resolve("/q/openapi?format=json")));
        List<Operation> operations = new ArrayList<>();
        for (Map.Entry<String, JsonNode> pathEntry : doc.path("paths").properties()) {
            List<Parameter> shared = parameters(pathEntry.getValue().path("parameters"));
            for (Map.Entry<String, JsonNode> op : pathEntry.getValue().properties()) {
                if (!METHODS.contains(op.getKey())) {
                    continue;
                }
                JsonNode operation = op.getValue();
                List<Parameter> params = new ArrayList<>(shared);
                params.addAll(parameters(operation.path("parameters")));
                List<String> bodyTypes = new ArrayList<>(operation.path("requestBody").path("content").propertyNames());
                operations.add(new Operation(op.getKey().toUpperCase(Locale.ROOT), pathEntry.getKey(), bodyTypes,
                        params, declaredRoles(operation.path("description").asString(""))));
            }
        }
        return operations;
    }

    private static String declaredRoles(String description) {
        Matcher m = ROLES.matcher(description);
        return m.find() ? m.group(1).trim() : "";
    }

    private static List<Parameter> parameters(JsonNode list) {
        List<Parameter> params = new ArrayList<>();
        for (JsonNode p : list) {
            JsonNode schema = p.path("schema");
            List<String> enums = new ArrayList<>();
            schema.path("enum").forEach(e -> enums.add(e.asString()));
            params.add(new Parameter(p.path("name").asString(), p.path("in").asString(),
                    p.path("required").asBoolean(false), schema.path("type").asString(""),
                    schema.path("format").asString(""), enums));
        }
        return params;
    }

    static String get(URI uri) {
        try {
            HttpResponse<String> response = Http.CLIENT.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                    .GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (response.statusCode() != 200) {
                throw new IllegalStateException(uri + " answered " + response.statusCode());
            }
            return response.body();
        } catch (IOException e) {
            throw new IllegalStateException(uri + " is unreachable", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The one HTTP client of the security tests (no redirects followed: a redirect is an answer to check). */
    static final class Http {
        static final HttpClient CLIENT = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10)).build();

        private Http() {
        }

        /** Sends a request and returns status, content type and body (never throws on an HTTP status). */
        static Answer send(URI uri, String method, String token, String contentType, byte[] body) {
            HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60));
            if (token != null) {
                request.header("Authorization", "Bearer " + token);
            }
            if (contentType != null) {
                request.header("Content-Type", contentType);
            }
            request.header("Accept", "application/json, application/problem+json, */*");
            request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofByteArray(body));
            try {
                HttpResponse<String> response = CLIENT.send(request.build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                return new Answer(response.statusCode(),
                        response.headers().firstValue("Content-Type").orElse(""), response.body());
            } catch (IOException e) {
                throw new IllegalStateException(method + " " + uri + " failed: " + e, e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** What a service answered. */
    record Answer(int status, String contentType, String body) {
        String shortBody() {
            return body.length() > 300 ? body.substring(0, 300) + "…" : body;
        }
    }

    /** Orders operations for stable messages. */
    static Map<String, Operation> byKey(List<Operation> operations) {
        Map<String, Operation> map = new LinkedHashMap<>();
        operations.stream().sorted((a, b) -> a.key().compareTo(b.key())).forEach(o -> map.put(o.key(), o));
        return map;
    }
}
