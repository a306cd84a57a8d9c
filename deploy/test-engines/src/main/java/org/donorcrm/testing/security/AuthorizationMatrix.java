package org.donorcrm.testing.security;

import org.donorcrm.testing.TestTokens;
import org.donorcrm.testing.security.ApiOperations.Answer;
import org.donorcrm.testing.security.ApiOperations.Http;
import org.donorcrm.testing.security.ApiOperations.Operation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The authorisation matrix test: every operation of a service's OpenAPI document is called as each realm role,
 * as a signed-in user without any role, with no token and with each kind of broken token, and each answer is
 * checked against the rule declared for it in {@code docs/security.md}. An operation without a declared rule,
 * or a declared rule without an operation, fails the test: a new endpoint cannot ship unreviewed.
 * <p>
 * Expected answers: no or broken token → 401; a role the rule does not name → 403; a role it names → anything
 * but 401, 403 or a 5xx (the request is deliberately incomplete, so 400/404/409/422 are the usual answers: the
 * point is that the request got past the security check). Bodies are sent malformed (a lone <code>{</code> for
 * JSON), which Quarkus REST only reads after the role check, so no call changes data unless the operation takes
 * no input at all.
 */
public final class AuthorizationMatrix {

    public static final List<String> ROLES = List.of("fundraiser", "finance", "director", "admin");
    /** The matrix cell for operations open to every holder of a valid token ({@code @Authenticated}). */
    public static final String ANY_SIGNED_IN_USER = "any signed-in user";

    private static final Pattern ROW = Pattern.compile(
            "^\\|\\s*(GET|POST|PUT|PATCH|DELETE)\\s*\\|\\s*`?([^|`]+?)`?\\s*\\|([^|]*)\\|(.*)$");
    /** In a row's notes column: the allowed roles are not called (the operation has effects no test may undo). */
    public static final String NOT_CALLED = "allowed roles not called";
    private static final Pattern HEADING = Pattern.compile("^#+\\s+(.*)$");

    private AuthorizationMatrix() {
    }

    /** Runs the whole matrix against the running service (its base URI, e.g. from {@code @TestHTTPResource("/")}). */
    public static Report verify(String service, URI baseUri) {
        Map<String, Rule> declared = declaredRules(service, securityDoc());
        Map<String, Operation> operations = ApiOperations.byKey(ApiOperations.of(baseUri));

        List<String> problems = new ArrayList<>();
        for (Operation op : operations.values()) {
            if (!declared.containsKey(op.key())) {
                problems.add("no rule in docs/security.md (### " + service + ") for " + op.key()
                        + " — its OpenAPI description says \"Roles: " + op.declaredRoles() + "\"; add the row: | "
                        + op.method() + " | " + op.path() + " | " + suggested(op.declaredRoles()) + " |");
            }
        }
        for (String rule : declared.keySet()) {
            if (!operations.containsKey(rule)) {
                problems.add("docs/security.md declares " + rule + " but " + service + " has no such operation");
            }
        }
        int calls = 0;
        int notCalled = 0;
        String all = String.join(",", ROLES);
        String[] allRoles = ROLES.toArray(String[]::new);
        // the tokens, signed once: each claims every role, so only its defect can explain a refusal
        Map<String, String> intruders = new LinkedHashMap<>();
        intruders.put("no token", null);
        intruders.put("an expired token", TestTokens.expired(allRoles));
        intruders.put("a token signed by a foreign key", TestTokens.signedByForeignKey(allRoles));
        intruders.put("a token for another audience", TestTokens.forAudience("other-api", allRoles));
        intruders.put("an alg:none token", TestTokens.unsigned(allRoles));
        Map<String, String> identities = new LinkedHashMap<>();
        ROLES.forEach(role -> identities.put(role, TestTokens.forRoles(role)));
        identities.put("", TestTokens.forUser("no-role"));
        for (Operation op : operations.values()) {
            Rule rule = declared.get(op.key());
            if (rule == null) {
                continue;
            }
            Set<String> allowed = rule.roles();
            URI uri = baseUri.resolve(op.concretePath() + op.requiredQuery());
            for (Map.Entry<String, String> intruder : intruders.entrySet()) {
                Answer answer = call(op, uri, intruder.getValue());
                calls++;
                if (answer.status() != 401) {
                    problems.add(op.key() + " with " + intruder.getKey() + " (claiming " + all + "): expected 401, got "
                            + answer.status() + " " + answer.shortBody());
                }
            }
            for (String role : identities.keySet()) {
                if (allowed.contains(role) && rule.allowedNotCalled()) {
                    notCalled++;
                    continue;
                }
                Answer answer = call(op, uri, identities.get(role));
                calls++;
                String who = role.isEmpty() ? "a signed-in user without a role" : "role " + role;
                boolean mayCall = allowed.contains(role);
                if (!mayCall && answer.status() != 403) {
                    problems.add(op.key() + " as " + who + ": expected 403, got " + answer.status() + " "
                            + answer.shortBody());
                } else if (mayCall && (answer.status() == 401 || answer.status() == 403 || answer.status() >= 500)) {
                    problems.add(op.key() + " as " + who + " (allowed): got " + answer.status() + " "
                            + answer.shortBody());
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new AssertionError(service + ": " + problems.size() + " authorisation matrix violation(s):\n  "
                    + String.join("\n  ", problems));
        }
        return new Report(operations.size(), calls, notCalled);
    }

    /** A declared rule: the roles allowed, and whether calling as them is left out (see {@link #NOT_CALLED}). */
    record Rule(Set<String> roles, boolean allowedNotCalled) {
    }

    /** What was checked: operations, calls made, and calls left out as the matrix says. */
    public record Report(int operations, int calls, int notCalled) {
    }

    /**
     * The roles each operation of {@code service} admits, as declared in docs/security.md ("METHOD path" → roles;
     * "" stands for a signed-in user without a role). Operations whose allowed roles are not to be called
     * ({@link #NOT_CALLED}) are left out.
     */
    public static Map<String, Set<String>> callableRoles(String service) {
        Map<String, Set<String>> roles = new LinkedHashMap<>();
        declaredRules(service, securityDoc()).forEach((key, rule) -> {
            if (!rule.allowedNotCalled()) {
                roles.put(key, rule.roles());
            }
        });
        return roles;
    }

    /** The rows of the section whose heading names {@code service}: "METHOD path" → allowed roles. */
    static Map<String, Rule> declaredRules(String service, List<String> lines) {
        Map<String, Rule> rules = new LinkedHashMap<>();
        boolean inSection = false;
        for (String line : lines) {
            Matcher heading = HEADING.matcher(line);
            if (heading.matches()) {
                inSection = heading.group(1).contains(service);
                continue;
            }
            Matcher row = ROW.matcher(line.trim());
            if (inSection && row.matches()) {
                String key = row.group(1) + " " + row.group(2).trim();
                if (rules.put(key, new Rule(roles(row.group(3)), row.group(4).contains(NOT_CALLED))) != null) {
                    throw new AssertionError("docs/security.md declares " + key + " twice for " + service);
                }
            }
        }
        if (rules.isEmpty()) {
            throw new AssertionError("docs/security.md has no matrix section for " + service);
        }
        return rules;
    }

    /** The roles a cell names; "any signed-in user" also admits a user without any of the four roles (""). */
    private static Set<String> roles(String cell) {
        Set<String> roles = new LinkedHashSet<>();
        if (cell.trim().equalsIgnoreCase(ANY_SIGNED_IN_USER)) {
            roles.addAll(ROLES);
            roles.add("");
            return roles;
        }
        for (String word : cell.toLowerCase(Locale.ROOT).split("[,\\s]+")) {
            if (word.isBlank() || word.equals("none") || word.equals("—") || word.equals("-")) {
                continue;
            }
            if (!ROLES.contains(word)) {
                throw new AssertionError("docs/security.md names an unknown role '" + word + "' in: " + cell);
            }
            roles.add(word);
        }
        return roles;
    }

    private static String suggested(String description) {
        if (description.toLowerCase(Locale.ROOT).contains(ANY_SIGNED_IN_USER)) {
            return ANY_SIGNED_IN_USER;
        }
        Set<String> roles = new TreeSet<>((a, b) -> ROLES.indexOf(a) - ROLES.indexOf(b));
        for (String word : description.toLowerCase(Locale.ROOT).split("[^a-z]+")) {
            if (ROLES.contains(word)) {
                roles.add(word);
            }
        }
        return String.join(", ", roles);
    }

    private static Answer call(Operation op, URI uri, String token) {
        if (!op.takesBody()) {
            return Http.send(uri, op.method(), token, null, null);
        }
        String type = op.bodyTypes().get(0);
        if (type.startsWith("multipart/")) {
            return Http.send(uri, op.method(), token, "multipart/form-data; boundary=matrix", new byte[0]);
        }
        // a body that cannot be read: allowed callers get a 4xx after the role check, nothing is stored
        byte[] body = (type.contains("json") ? "{" : "<").getBytes(StandardCharsets.UTF_8);
        return Http.send(uri, op.method(), token, type, body);
    }

    /** docs/security.md, found by walking up from the working directory (a module of the repository). */
    static List<String> securityDoc() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            Path doc = dir.resolve("docs/security.md");
            if (Files.isRegularFile(doc)) {
                try {
                    return Files.readAllLines(doc, StandardCharsets.UTF_8);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            dir = dir.getParent();
        }
        throw new AssertionError("docs/security.md not found above " + Path.of("").toAbsolutePath());
    }
}
