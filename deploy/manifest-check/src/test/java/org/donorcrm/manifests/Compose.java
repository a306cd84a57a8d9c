package org.donorcrm.manifests;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks a Compose file as {@code docker compose config} would before running anything: variables interpolated
 * (from .env.example here), then the result validated against the Compose Specification's JSON Schema. The
 * schema is the one the npm package named in the pom ships (downloaded by Maven into target/, never written by
 * hand).
 */
final class Compose {

    /** ${VAR}, ${VAR:-default}, ${VAR-default}, ${VAR:?message}, ${VAR?message}, ${VAR:+alt}, $VAR; $$ escapes. */
    private static final Pattern VARIABLE = Pattern.compile(
            "\\$(?:\\$|\\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-?+])((?:[^{}]|\\{[^{}]*\\})*))?\\}|([A-Za-z_][A-Za-z0-9_]*))");

    private static Schema schema;

    private Compose() {
    }

    static synchronized Schema schema() {
        if (schema == null) {
            String location = System.getProperty("crm.compose.schema");
            if (location == null || !Files.isRegularFile(Path.of(location))) {
                throw new IllegalStateException("The Compose Specification schema was not downloaded (" + location
                        + "): run the module through Maven (`./mvnw -pl deploy/manifest-check verify`), which fetches "
                        + System.getProperty("crm.compose.schema.source", "it") + " in generate-test-resources");
            }
            try {
                // The file names its dialect as https://json-schema.org/draft-07/schema, an id the validator would
                // try to fetch: the dialect is set here instead, so the check needs no network.
                ObjectNode spec = (ObjectNode) Yaml.JSON.readTree(Files.readString(Path.of(location)));
                if (!spec.path("$schema").asText().contains("draft-07")) {
                    throw new IllegalStateException("expected a draft-07 schema in " + location);
                }
                spec.remove("$schema");
                // Its $id is a bare file name, which the validator refuses as a base IRI; the schema's own
                // references are all local (#/definitions/...), so it is not needed.
                spec.remove("$id");
                schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7)
                        .getSchema(spec.toString(), InputFormat.JSON);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return schema;
    }

    /** The variables of an env file (KEY=value lines; # comments). */
    static Map<String, String> envFile(Path file) {
        Map<String, String> env = new LinkedHashMap<>();
        try {
            for (String line : Files.readAllLines(file)) {
                String l = line.strip();
                if (l.isEmpty() || l.startsWith("#")) {
                    continue;
                }
                int eq = l.indexOf('=');
                if (eq < 1) {
                    throw new IllegalArgumentException(Repo.relative(file) + ": not KEY=value: " + line);
                }
                env.put(l.substring(0, eq).strip(), l.substring(eq + 1).strip());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return env;
    }

    /** The outcome of interpolating: the tree, every variable named, and the errors compose would report. */
    record Interpolated(JsonNode tree, Set<String> variables, List<String> problems) {
    }

    /**
     * Interpolates every string of the tree. A required variable ({@code :?}) that the env file declares empty is
     * a secret the operator fills in: it gets a stand-in value so the rest can be checked.
     */
    static Interpolated interpolate(JsonNode tree, Map<String, String> env) {
        Set<String> names = new TreeSet<>();
        List<String> problems = new ArrayList<>();
        JsonNode copy = tree.deepCopy();
        walk(copy, "", env, names, problems);
        return new Interpolated(copy, names, problems);
    }

    private static void walk(JsonNode node, String path, Map<String, String> env, Set<String> names,
                             List<String> problems) {
        if (node instanceof ObjectNode o) {
            for (Iterator<Map.Entry<String, JsonNode>> it = o.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                if (e.getValue().isTextual()) {
                    e.setValue(TextNode.valueOf(substitute(e.getValue().asText(), path + "/" + e.getKey(), env, names, problems)));
                } else {
                    walk(e.getValue(), path + "/" + e.getKey(), env, names, problems);
                }
            }
        } else if (node instanceof ArrayNode a) {
            for (int i = 0; i < a.size(); i++) {
                if (a.get(i).isTextual()) {
                    a.set(i, TextNode.valueOf(substitute(a.get(i).asText(), path + "/" + i, env, names, problems)));
                } else {
                    walk(a.get(i), path + "/" + i, env, names, problems);
                }
            }
        }
    }

    static String substitute(String text, String path, Map<String, String> env, Set<String> names,
                             List<String> problems) {
        Matcher m = VARIABLE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String replacement;
            if (m.group().equals("$$")) {
                replacement = "$";
            } else {
                String name = m.group(1) != null ? m.group(1) : m.group(4);
                names.add(name);
                String op = m.group(2);
                String arg = m.group(3) == null ? "" : substitute(m.group(3), path, env, names, problems);
                String value = env.get(name);
                boolean set = value != null;
                boolean nonEmpty = set && !value.isEmpty();
                if (op == null) {
                    if (!set) {
                        problems.add(path + ": ${" + name + "} is neither in .env.example nor given a default");
                    }
                    replacement = set ? value : "";
                } else {
                    replacement = switch (op) {
                        case ":-" -> nonEmpty ? value : arg;
                        case "-" -> set ? value : arg;
                        case ":+" -> nonEmpty ? arg : "";
                        case "+" -> set ? arg : "";
                        case ":?", "?" -> {
                            if (!set) {
                                problems.add(path + ": required ${" + name + "} is not declared in .env.example");
                                yield "";
                            }
                            yield nonEmpty ? value : "stand-in-for-" + name;
                        }
                        default -> throw new IllegalStateException(op);
                    };
                }
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The schema's verdict on an interpolated tree. */
    static List<String> validate(JsonNode interpolated, String source) {
        List<Error> errors = schema().validate(interpolated.toString(), InputFormat.JSON);
        return errors.stream().map(e -> source + ": " + e).toList();
    }
}
