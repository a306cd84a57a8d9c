package org.donorcrm.testing.badinput;

import org.donorcrm.testing.TestTokens;
import org.donorcrm.testing.security.AuthorizationMatrix;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import javax.sql.DataSource;
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
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The bad-input corpus (issue 11): every operation of a running service's OpenAPI document that takes input is
 * sent its hostile variants ({@link OpenApiCorpus}) plus the service's own dedicated cases (uploads), each with
 * a token of a role the matrix in docs/security.md allows, and each answer is checked: the status the case
 * expects (4xx for invalid input: never 2xx, never 5xx), {@code application/problem+json} with {@code status}
 * equal to the HTTP status and a {@code title}, no stack trace or exception name; and nothing stored: the row
 * counts of all the service's tables are the same after each request as before it (an event would be an outbox
 * row), and once the service has settled after the whole corpus, the row counts and the end offsets of all its
 * Kafka topics are what they were before it. A new endpoint enters the corpus by itself.
 */
public final class BadInputCorpus {

    private static final ObjectMapper JSON = new ObjectMapper();
    // HTTP/1.1: the services speak it, and an h2c upgrade attempt would muddle the answers to refused bodies
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();

    /** What {@link #send} reports when the connection failed without an HTTP answer. */
    private static final int NO_ANSWER = -1;

    private final String service;
    private final URI baseUri;
    private String ownAccount = "NL91ABNA0417164300";
    /** quarkus.http.limits.max-body-size: Quarkus' default, 10240K. */
    private long bodyLimit = 10_240 * 1024L;
    private DataSource database;
    private String kafkaBootstrapServers;
    private final List<BadInput> extra = new ArrayList<>();
    private final Map<String, String> validBodies = new LinkedHashMap<>();

    private BadInputCorpus(String service, URI baseUri) {
        this.service = service;
        this.baseUri = baseUri;
    }

    /** The corpus of {@code service} (its section in docs/security.md), running at {@code baseUri}. */
    public static BadInputCorpus of(String service, URI baseUri) {
        return new BadInputCorpus(service, baseUri);
    }

    /** Where the service stores and publishes: checked before and after every request. */
    public BadInputCorpus store(DataSource database, String kafkaBootstrapServers) {
        this.database = database;
        this.kafkaBootstrapServers = kafkaBootstrapServers;
        return this;
    }

    /** The service's own bank account, for the XML statements (so only the hostile part can be refused). */
    public BadInputCorpus ownAccount(String iban) {
        this.ownAccount = iban;
        return this;
    }

    /** The service's quarkus.http.limits.max-body-size, when not Quarkus' default of 10240K. */
    public BadInputCorpus bodyLimit(long bytes) {
        this.bodyLimit = bytes;
        return this;
    }

    /**
     * A valid JSON body for an operation ("POST /api/v1/donors"): its variants break this body one thing at a
     * time, so that each is refused for that one thing (a made-up body may already be refused for another).
     */
    public BadInputCorpus validBody(String operation, String json) {
        validBodies.put(operation, json);
        return this;
    }

    /** Dedicated cases (uploads) on top of the generated ones. */
    public BadInputCorpus with(List<BadInput> cases) {
        extra.addAll(cases);
        return this;
    }

    /** What ran: cases per operation. */
    public record Report(Map<String, Integer> casesPerOperation, int cases, int operationsWithoutInput) {
    }

    /** The generated and dedicated cases, by operation (without running them). */
    public Map<String, List<BadInput>> cases() {
        JsonNode doc = JSON.readTree(fetch(baseUri.resolve("/q/openapi?format=json")));
        Map<String, List<BadInput>> cases = new TreeMap<>(new OpenApiCorpus(doc, ownAccount, validBodies).variants());
        for (String operation : validBodies.keySet()) {
            if (!cases.containsKey(operation)) {
                throw new AssertionError("a valid body is given for " + operation + ", which " + service
                        + " does not have");
            }
        }
        for (BadInput c : extra) {
            if (!cases.containsKey(c.operation())) {
                throw new AssertionError("a dedicated case names " + c.operation() + ", which " + service
                        + " does not have");
            }
            cases.get(c.operation()).add(c);
        }
        // one body over the service's limit, on the first operation that takes JSON: the HTTP layer refuses it
        // before any resource sees it, so once per service is enough
        for (List<BadInput> operation : cases.values()) {
            BadInput json = operation.stream().filter(c -> "application/json".equals(c.contentType())).findFirst()
                    .orElse(null);
            if (json != null) {
                byte[] body = new byte[(int) (bodyLimit + 1024 * 1024)];
                java.util.Arrays.fill(body, (byte) ' ');
                body[0] = '[';
                body[body.length - 1] = ']';
                operation.add(new BadInput(json.operation(), "a body 1 MB over the limit of " + bodyLimit + " bytes",
                        json.method(), json.pathAndQuery(), json.contentType(), body, BadInput.Expect.REJECTED,
                        Set.of(413), null));
                break;
            }
        }
        return cases;
    }

    /** Runs every case; fails with the list of every wrong answer and every stored change. */
    public Report run() {
        if (database == null) {
            throw new IllegalStateException("store(...) was not given: the corpus must check that nothing is stored");
        }
        Map<String, Set<String>> roles = AuthorizationMatrix.callableRoles(service);
        Map<String, List<BadInput>> cases = cases();
        Map<String, String> tokens = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        Map<String, Integer> perOperation = new TreeMap<>();
        int total = 0;
        int withoutInput = 0;
        try (StoreSnapshot store = new StoreSnapshot(database, kafkaBootstrapServers)) {
            Map<String, Long> start = store.settled(Duration.ofSeconds(60));
            Map<String, Long> before = store.tables();
            for (Map.Entry<String, List<BadInput>> operation : cases.entrySet()) {
                if (operation.getValue().isEmpty()) {
                    withoutInput++;
                    continue;
                }
                Set<String> allowed = roles.get(operation.getKey());
                if (allowed == null) {
                    // no rule, or its allowed roles are not to be called: the matrix test reports the former
                    continue;
                }
                String role = AuthorizationMatrix.ROLES.stream().filter(allowed::contains).findFirst().orElse("");
                String token = tokens.computeIfAbsent(role, r -> r.isEmpty() ? TestTokens.forUser("no-role")
                        : TestTokens.forRoles(r));
                for (BadInput c : operation.getValue()) {
                    Answer answer = send(c, token);
                    total++;
                    perOperation.merge(operation.getKey(), 1, Integer::sum);
                    problems.addAll(check(c, answer));
                    Map<String, Long> after = store.tables();
                    List<String> stored = StoreSnapshot.differences(before, after);
                    if (!stored.isEmpty()) {
                        problems.add(c + ": stored something (answer " + answer.status + "): " + stored);
                        before = after;
                    }
                }
            }
            Map<String, Long> end = store.settled(Duration.ofSeconds(60));
            List<String> published = StoreSnapshot.differences(start, end);
            if (!published.isEmpty() && problems.isEmpty()) {
                problems.add("after the corpus the store differs from before it: " + published);
            }
        }
        if (!problems.isEmpty()) {
            throw new AssertionError(service + ": " + problems.size() + " bad-input answer(s) wrong:\n  "
                    + String.join("\n  ", problems));
        }
        return new Report(perOperation, total, withoutInput);
    }

    private static List<String> check(BadInput c, Answer answer) {
        List<String> problems = new ArrayList<>();
        int status = answer.status;
        String what = c + " → " + status + " " + answer.contentType + " " + answer.shortBody();
        if (status == NO_ANSWER) {
            return List.of(what + ": no answer");
        }
        if (status >= 500) {
            problems.add(what + ": a server error");
        } else if (c.expect() == BadInput.Expect.REJECTED) {
            if (status < 400) {
                problems.add(what + ": accepted invalid input");
            } else if (status == 401 || status == 403) {
                problems.add(what + ": refused by security, so the input was never judged");
            } else if (!c.statuses().isEmpty() && !c.statuses().contains(status)) {
                problems.add(what + ": expected " + c.statuses());
            }
        }
        if (status >= 400) {
            problems.addAll(problemJson(what, answer));
        }
        if (status >= 400 && (answer.body.contains("Exception") || answer.body.contains("\tat ")
                || answer.body.contains("java."))) {
            problems.add(what + ": the answer names internals");
        }
        if (c.forbiddenInAnswer() != null && answer.body.contains(c.forbiddenInAnswer())) {
            problems.add(what + ": the answer contains \"" + c.forbiddenInAnswer() + "\"");
        }
        return problems;
    }

    private static List<String> problemJson(String what, Answer answer) {
        if (!answer.contentType.startsWith("application/problem+json")) {
            return List.of(what + ": not application/problem+json");
        }
        try {
            JsonNode problem = JSON.readTree(answer.body);
            List<String> wrong = new ArrayList<>();
            if (problem.path("status").asInt(-1) != answer.status) {
                wrong.add(what + ": its status member is not " + answer.status);
            }
            if (problem.path("title").asString("").isBlank()) {
                wrong.add(what + ": it has no title");
            }
            return wrong;
        } catch (RuntimeException e) {
            return List.of(what + ": the problem is not JSON");
        }
    }

    private Answer send(BadInput c, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUri.toString().replaceAll("/$", "")
                        + c.pathAndQuery()))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token)
                .header("Accept", "application/json, application/problem+json");
        if (c.contentType() != null) {
            request.header("Content-Type", c.contentType());
        }
        request.method(c.method(), c.body() == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(c.body()));
        try {
            HttpResponse<String> response = HTTP.send(request.build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body());
        } catch (IOException e) {
            // a connection the server closed instead of answering is a wrong answer too
            return new Answer(NO_ANSWER, "", e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String fetch(URI uri) {
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
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

    private record Answer(int status, String contentType, String body) {
        String shortBody() {
            String flat = body.replace('\n', ' ');
            return flat.length() > 240 ? flat.substring(0, 240) + "…" : flat;
        }
    }
}
