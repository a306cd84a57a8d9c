package org.donorcrm.testing.badinput;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Makes the hostile variants of every operation of a service's OpenAPI document that takes input, from the
 * schemas the document declares: a valid-looking base request (required fields filled with values of their type,
 * format and pattern), then one thing broken at a time. Every variant is invalid by construction, so it must be
 * {@link BadInput.Expect#REJECTED}; the only {@link BadInput.Expect#HARMLESS} ones are injection strings in
 * free-text query parameters of reads (a search for {@code ' OR 1=1 --} is a legitimate, if odd, search).
 * <p>
 * What is generated, per operation:
 * <ul>
 *   <li>path parameters: an injection string, a 300-character value; integers: a word, 20 digits, -1</li>
 *   <li>query parameters: integers as a word, a fraction, 20 digits, below their minimum, above their maximum,
 *       page sizes of -1 and 1,000,000; dates impossible ("2025-02-30", "31-12-2025", "2025-13-01"); enums an
 *       unknown value; patterned strings the injection strings</li>
 *   <li>JSON bodies: none, {@code null}, not JSON, truncated JSON, an array or a string where an object belongs,
 *       10,000 levels of nested arrays and of nested objects, a 5 MB string, the wrong content type (415)</li>
 *   <li>each property, nested ones too: missing and null (required ones); the wrong JSON type; strings of
 *       maxLength + 1 or 100,000 characters; the injection strings where a pattern forbids them; impossible
 *       dates; invalid IBANs (properties named iban); unknown enum values; amounts with three decimals, 30
 *       digits, and negative or zero where the minimum forbids it; integers as fractions and out of range</li>
 *   <li>XML bodies: external entities (file and http), an external DTD, the billion laughs, a bare DOCTYPE,
 *       malformed XML, an empty body, a JSON body</li>
 *   <li>CSV bodies: an empty body, binary bytes, JSON</li>
 * </ul>
 */
final class OpenApiCorpus {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");
    private static final List<String> CANDIDATES = List.of("2026", "2026-01", "2026-01-15", "PRG-MIG", "A",
            "NL91ABNA0417164300", "mollie", "a", "nl", "NL", "EUR", "test@example.org", "+31201234567", "1234AB",
            "x");

    private final JsonNode doc;
    /** The XML statement account the service owns (a CAMT file of any other account is refused with 422). */
    private final String ownAccount;

    /** "METHOD path" → a valid body given by the service's test, broken one thing at a time instead of a made-up one. */
    private final Map<String, String> validBodies;

    OpenApiCorpus(JsonNode doc, String ownAccount, Map<String, String> validBodies) {
        this.doc = doc;
        this.ownAccount = ownAccount;
        this.validBodies = validBodies;
    }

    /** Every operation: "METHOD path" → its hostile variants (empty for operations without input). */
    Map<String, List<BadInput>> variants() {
        Map<String, List<BadInput>> all = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> path : doc.path("paths").properties()) {
            for (Map.Entry<String, JsonNode> op : path.getValue().properties()) {
                if (!METHODS.contains(op.getKey())) {
                    continue;
                }
                List<JsonNode> params = new ArrayList<>();
                path.getValue().path("parameters").forEach(params::add);
                op.getValue().path("parameters").forEach(params::add);
                String method = op.getKey().toUpperCase(Locale.ROOT);
                all.put(method + " " + path.getKey(), new Operation(method, path.getKey(), params,
                        op.getValue().path("requestBody")).variants());
            }
        }
        return all;
    }

    private final class Operation {
        final String method;
        final String path;
        final List<JsonNode> params;
        final JsonNode requestBody;
        final String key;
        final List<BadInput> out = new ArrayList<>();

        Operation(String method, String path, List<JsonNode> params, JsonNode requestBody) {
            this.method = method;
            this.path = path;
            this.params = params;
            this.requestBody = requestBody;
            this.key = method + " " + path;
        }

        List<BadInput> variants() {
            List<String> types = new ArrayList<>(requestBody.path("content").propertyNames());
            String type = types.isEmpty() ? null : types.get(0);
            JsonNode schema = type == null ? null : resolve(requestBody.path("content").path(type).path("schema"));
            byte[] base = type == null ? null : baseBody(type, schema);
            for (JsonNode p : params) {
                if (p.path("in").asString("").equals("path")) {
                    pathVariants(p, type, base);
                } else if (p.path("in").asString("").equals("query")) {
                    queryVariants(p, type, base);
                }
            }
            if (type != null && type.contains("json")) {
                jsonBodyVariants(type, schema);
            } else if (type != null && type.contains("xml")) {
                xmlBodyVariants(type);
            } else if (type != null && (type.contains("csv") || type.startsWith("text/"))) {
                csvBodyVariants(type);
            }
            return out;
        }

        // ---- parameters ----

        private void pathVariants(JsonNode p, String type, byte[] base) {
            String name = p.path("name").asString();
            JsonNode schema = resolve(p.path("schema"));
            List<String> bad = new ArrayList<>();
            if (isType(schema, "integer") || isType(schema, "number")) {
                bad.add("abc");
                bad.add("99999999999999999999");
                bad.add("-1");
            } else {
                bad.add(Hostile.SQL_INJECTION);
                bad.add(Hostile.SCRIPT);
                bad.add(Hostile.repeat('x', 300));
            }
            for (String value : bad) {
                add("path " + name + " = " + shortly(value), path(name, value) + query(null, null), type, base);
            }
        }

        private void queryVariants(JsonNode p, String type, byte[] base) {
            String name = p.path("name").asString();
            String lower = name.toLowerCase(Locale.ROOT);
            JsonNode schema = resolve(p.path("schema"));
            Map<String, String> bad = new LinkedHashMap<>();
            boolean harmlessText = false;
            if (isType(schema, "integer") || isType(schema, "number")) {
                bad.put("a word", "abc");
                bad.put("20 digits", "99999999999999999999");
                if (isType(schema, "integer")) {
                    bad.put("a fraction", "1.5");
                }
                if (schema.has("minimum")) {
                    bad.put("below its minimum", schema.path("minimum").decimalValue().subtract(BigDecimal.ONE)
                            .toPlainString());
                }
                if (schema.has("maximum")) {
                    bad.put("above its maximum", schema.path("maximum").decimalValue().add(BigDecimal.ONE)
                            .toPlainString());
                }
                if (lower.equals("size") || lower.equals("limit") || lower.equals("pagesize")) {
                    bad.put("a negative page size", "-1");
                    bad.put("a huge page size", "1000000");
                }
                if (lower.equals("page")) {
                    bad.put("a negative page", "-1");
                }
            } else if (isType(schema, "boolean")) {
                return;
            } else if (schema.has("enum")) {
                bad.put("an unknown value", "NOT_A_VALUE");
                bad.put("an injection", Hostile.SQL_INJECTION);
            } else if ("date".equals(schema.path("format").asString(""))) {
                Hostile.IMPOSSIBLE_DATES.forEach(d -> bad.put("impossible date " + d, d));
            } else if (!isFreeText(schema)) {
                for (String injection : Hostile.INJECTIONS) {
                    if (!matches(schema, injection)) {
                        bad.put("an injection " + shortly(injection), injection);
                    }
                }
                if (lower.contains("year") || lower.contains("month") || lower.contains("period")) {
                    bad.put("impossible period 2025-13", "2025-13");
                }
            } else {
                harmlessText = true;
                Hostile.INJECTIONS.forEach(i -> bad.put("an injection " + shortly(i), i));
            }
            for (Map.Entry<String, String> b : bad.entrySet()) {
                BadInput variant = variant("query " + name + ": " + b.getKey(), path(null, null) + query(name, b.getValue()),
                        type, base);
                out.add(harmlessText && type == null ? variant.harmless() : variant);
            }
        }

        private String path(String badName, String badValue) {
            String concrete = path;
            for (JsonNode p : params) {
                if (p.path("in").asString("").equals("path")) {
                    String name = p.path("name").asString();
                    String value = name.equals(badName) ? badValue : sample(name, resolve(p.path("schema")));
                    concrete = concrete.replace("{" + name + "}",
                            URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20"));
                }
            }
            return concrete;
        }

        private String query(String badName, String badValue) {
            StringBuilder query = new StringBuilder();
            for (JsonNode p : params) {
                if (!p.path("in").asString("").equals("query")) {
                    continue;
                }
                String name = p.path("name").asString();
                String value = name.equals(badName) ? badValue
                        : p.path("required").asBoolean(false) ? sample(name, resolve(p.path("schema"))) : null;
                if (value != null) {
                    query.append(query.isEmpty() ? "?" : "&").append(name).append('=')
                            .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
                }
            }
            return query.toString();
        }

        // ---- bodies ----

        private void jsonBodyVariants(String type, JsonNode schema) {
            String uri = path(null, null) + query(null, null);
            JsonNode base = validBodies.containsKey(key) ? JSON.readTree(validBodies.get(key)) : value(schema, "", 0);
            String baseText = JSON.writeValueAsString(base);
            body("no body at all", uri, type, null);
            body("an empty body", uri, type, new byte[0]);
            body("the JSON null", uri, type, bytes("null"));
            body("not JSON", uri, type, bytes("this is not JSON"));
            body("truncated JSON", uri, type, bytes(baseText.substring(0, Math.max(1, baseText.length() / 2))));
            body("10,000 nested arrays", uri, type, Hostile.deepArrays());
            body("10,000 nested objects", uri, type, Hostile.deepObjects());
            if (base.isObject()) {
                body("an array where an object belongs", uri, type, bytes("[" + baseText + "]"));
                body("a string where an object belongs", uri, type, bytes("\"" + Hostile.SQL_INJECTION + "\""));
                body("a number where an object belongs", uri, type, bytes("42"));
                String bigField = firstStringProperty(schema);
                ObjectNode big = ((ObjectNode) base).deepCopy();
                if (bigField != null) {
                    big.put(bigField, Hostile.repeat('A', Hostile.SEVERAL_MB));
                    body("a 5 MB body (" + bigField + ")", uri, type, bytes(JSON.writeValueAsString(big)));
                }
            } else if (base.isArray()) {
                body("an object where an array belongs", uri, type, bytes("{\"a\":1}"));
            }
            body("a 5 MB body of nothing but an array of numbers", uri, type,
                    bytes("[" + "1,".repeat(Hostile.SEVERAL_MB / 2) + "1]"));
            out.add(variant("the wrong content type (text/plain)", uri, "text/plain", bytes(baseText))
                    .withStatuses(415));
            out.add(variant("the wrong content type (application/xml)", uri, "application/xml",
                    bytes("<gift><amount>10.00</amount></gift>")).withStatuses(415));
            properties(schema, base, new ArrayList<>(), uri, type, 0);
        }

        private void xmlBodyVariants(String type) {
            String uri = path(null, null) + query(null, null);
            String passwd = "root:x:0:0";
            out.add(variant("XXE: an external entity to file:///etc/passwd", uri, type,
                    bytes(Hostile.xxeFile(ownAccount))).without(passwd).withStatuses(400));
            out.add(variant("XXE: an external entity to an http URL", uri, type,
                    bytes(Hostile.xxeHttp(ownAccount))).withStatuses(400));
            out.add(variant("an external DTD", uri, type, bytes(Hostile.externalDtd(ownAccount))).withStatuses(400));
            out.add(variant("the billion laughs entity bomb", uri, type,
                    bytes(Hostile.billionLaughs(ownAccount))).withStatuses(400));
            out.add(variant("a DOCTYPE at all", uri, type, bytes(Hostile.harmlessDoctype(ownAccount))).withStatuses(400));
            String valid = Hostile.camt("", ownAccount, "STMT-MALFORMED", "10.00", "");
            out.add(variant("malformed XML (truncated)", uri, type,
                    bytes(valid.substring(0, valid.length() / 2))).withStatuses(400));
            out.add(variant("malformed XML (unclosed tags)", uri, type,
                    bytes("<?xml version=\"1.0\"?><Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001.02\">"
                            + "<BkToCstmrStmt><Stmt>")).withStatuses(400));
            out.add(variant("malformed XML (mismatched tags)", uri, type,
                    bytes(valid.replace("</Stmt>", "</Stmnt>"))).withStatuses(400));
            out.add(variant("an empty body", uri, type, new byte[0]).withStatuses(400));
            out.add(variant("10,000 nested elements", uri, type,
                    bytes("<a>".repeat(Hostile.DEEP) + "</a>".repeat(Hostile.DEEP))).withStatuses(400, 422));
            out.add(variant("the wrong content type (application/json)", uri, "application/json",
                    bytes("{\"statement\":1}")).withStatuses(415));
        }

        private void csvBodyVariants(String type) {
            String uri = path(null, null) + query(null, null);
            body("an empty body", uri, type, new byte[0]);
            body("binary bytes", uri, type, new byte[]{0, (byte) 0xFF, (byte) 0xFE, 0x01, '\n', (byte) 0xC3, 0x28});
            body("JSON instead of CSV", uri, type, bytes("{\"year\":2026}"));
            out.add(variant("the wrong content type (application/json)", uri, "application/json",
                    bytes("{\"year\":2026}")).withStatuses(415));
        }

        /** Breaks each property of {@code schema} (found at {@code pointer} in the base body) one at a time. */
        private void properties(JsonNode schema, JsonNode base, List<Object> pointer, String uri, String type,
                                int depth) {
            schema = resolve(schema);
            if (depth > 3) {
                return;
            }
            if (isType(schema, "array")) {
                List<Object> item = new ArrayList<>(pointer);
                item.add(0);
                leaf(resolve(schema.path("items")), base, item, false, uri, type, depth + 1);
                return;
            }
            Set<String> required = new java.util.HashSet<>();
            schema.path("required").forEach(r -> required.add(r.asString()));
            for (Map.Entry<String, JsonNode> property : schema.path("properties").properties()) {
                List<Object> at = new ArrayList<>(pointer);
                at.add(property.getKey());
                leaf(resolve(property.getValue()), base, at, required.contains(property.getKey()), uri, type, depth);
            }
        }

        private void leaf(JsonNode schema, JsonNode base, List<Object> at, boolean required, String uri, String type,
                          int depth) {
            String name = String.valueOf(at.get(at.size() - 1));
            String lower = name.toLowerCase(Locale.ROOT);
            Map<String, JsonNode> bad = new LinkedHashMap<>();
            if (required) {
                set(base, at, null, "missing", uri, type);
                bad.put("null", JSON.nullNode());
            }
            if (schema.has("enum")) {
                bad.put("an unknown enum value", JSON.valueToTree("NOT_A_VALUE"));
                bad.put("an injection", JSON.valueToTree(Hostile.SQL_INJECTION));
                bad.put("an object", JSON.createObjectNode());
            } else if (isType(schema, "string")) {
                String format = schema.path("format").asString("");
                bad.put("an object", JSON.createObjectNode());
                bad.put("an array", JSON.readTree("[1,2]"));
                if (format.equals("date")) {
                    Hostile.IMPOSSIBLE_DATES.forEach(d -> bad.put("impossible date " + d, JSON.valueToTree(d)));
                } else if (format.equals("date-time")) {
                    bad.put("impossible date-time", JSON.valueToTree("2025-02-30T10:00:00Z"));
                }
                if (!isFreeText(schema)) {
                    for (String injection : Hostile.INJECTIONS) {
                        if (!matches(schema, injection)) {
                            bad.put("an injection " + shortly(injection), JSON.valueToTree(injection));
                        }
                    }
                }
                if (lower.contains("iban")) {
                    Hostile.INVALID_IBANS.forEach(i -> bad.put("invalid IBAN " + i, JSON.valueToTree(i)));
                }
                if (lower.contains("email") || format.equals("email")) {
                    bad.put("not an e-mail address", JSON.valueToTree("not-an-address"));
                }
                int tooLong = schema.has("maxLength") ? schema.path("maxLength").asInt() + 1 : Hostile.LONG_STRING;
                bad.put("a string of " + tooLong + " characters", JSON.valueToTree(Hostile.repeat('x', tooLong)));
            } else if (isType(schema, "number")) {
                bad.put("three decimals", JSON.valueToTree(new BigDecimal(Hostile.THREE_DECIMALS)));
                bad.put("three decimals as a string", JSON.valueToTree(Hostile.THREE_DECIMALS));
                bad.put("30 digits", JSON.valueToTree(new BigDecimal(Hostile.THIRTY_DIGITS)));
                bad.put("30 digits as a string", JSON.valueToTree(Hostile.THIRTY_DIGITS + ".00"));
                bad.put("a word", JSON.valueToTree("twelve"));
                bad.put("an object", JSON.createObjectNode());
                bad.put("a boolean", JSON.booleanNode(true));
                BigDecimal min = minimum(schema);
                if (min != null && min.signum() >= 0) {
                    bad.put("negative", JSON.valueToTree(new BigDecimal("-10.00")));
                }
                if (min != null && (min.signum() > 0 || schema.has("exclusiveMinimum"))) {
                    bad.put("zero", JSON.valueToTree(new BigDecimal("0.00")));
                }
            } else if (isType(schema, "integer")) {
                bad.put("a word", JSON.valueToTree("abc"));
                bad.put("a fraction", JSON.valueToTree(new BigDecimal("1.5")));
                bad.put("20 digits", JSON.valueToTree(new java.math.BigInteger("99999999999999999999")));
                bad.put("an object", JSON.createObjectNode());
                BigDecimal min = minimum(schema);
                if (min != null) {
                    bad.put("below its minimum", JSON.valueToTree(min.toBigInteger().subtract(java.math.BigInteger.ONE)));
                }
                if (schema.has("maximum")) {
                    bad.put("above its maximum", JSON.valueToTree(schema.path("maximum").decimalValue().toBigInteger()
                            .add(java.math.BigInteger.ONE)));
                }
            } else if (isType(schema, "boolean")) {
                bad.put("a word", JSON.valueToTree("maybe"));
                bad.put("an object", JSON.createObjectNode());
            } else if (isType(schema, "array")) {
                bad.put("an object", JSON.createObjectNode());
                bad.put("a string", JSON.valueToTree(Hostile.SQL_INJECTION));
                properties(schema, base, at, uri, type, depth + 1);
            } else if (isType(schema, "object") || schema.has("properties")) {
                bad.put("a string", JSON.valueToTree(Hostile.SQL_INJECTION));
                bad.put("an array", JSON.createArrayNode());
                properties(schema, base, at, uri, type, depth + 1);
            }
            bad.forEach((what, value) -> set(base, at, value, what, uri, type));
        }

        /** Adds the base body with the value at {@code at} replaced ({@code value} null: removed). */
        private void set(JsonNode base, List<Object> at, JsonNode value, String what, String uri, String type) {
            JsonNode copy = base.deepCopy();
            JsonNode parent = copy;
            for (int i = 0; i < at.size() - 1; i++) {
                Object step = at.get(i);
                JsonNode next = step instanceof Integer index ? parent.path(index) : parent.path((String) step);
                if (next.isMissingNode() || next.isNull()) {
                    next = at.get(i + 1) instanceof Integer ? JSON.createArrayNode() : JSON.createObjectNode();
                    if (step instanceof Integer) {
                        ((ArrayNode) parent).add(next);
                    } else {
                        ((ObjectNode) parent).set((String) step, next);
                    }
                }
                parent = next;
            }
            Object last = at.get(at.size() - 1);
            if (last instanceof Integer index) {
                ArrayNode array = (ArrayNode) parent;
                if (value == null) {
                    array.removeAll();
                } else if (array.size() > index) {
                    array.set(index, value);
                } else {
                    array.add(value);
                }
            } else if (value == null) {
                ((ObjectNode) parent).remove((String) last);
            } else {
                ((ObjectNode) parent).set((String) last, value);
            }
            body(pointer(at) + ": " + what, uri, type, bytes(JSON.writeValueAsString(copy)));
        }

        private void body(String what, String uri, String type, byte[] body) {
            out.add(BadInput.rejected(key, what, method, uri, type, body));
        }

        private void add(String what, String uri, String type, byte[] base) {
            out.add(variant(what, uri, type, base));
        }

        private BadInput variant(String what, String uri, String type, byte[] body) {
            return BadInput.rejected(key, what, method, uri, type, body);
        }

        private byte[] baseBody(String type, JsonNode schema) {
            if (type.contains("json")) {
                return bytes(validBodies.containsKey(key) ? validBodies.get(key)
                        : JSON.writeValueAsString(value(schema, "", 0)));
            }
            if (type.contains("xml")) {
                return bytes(Hostile.camt("", ownAccount, "STMT-PARAM", "10.00", ""));
            }
            return bytes("a,b\n1,2\n");
        }
    }

    // ---- valid-looking values from schemas ----

    /** A valid-looking value of a schema: objects with their required properties only, arrays of one item. */
    private JsonNode value(JsonNode schema, String name, int depth) {
        schema = resolve(schema);
        if (schema.has("enum")) {
            return schema.path("enum").get(0);
        }
        if (isType(schema, "array")) {
            ArrayNode array = JSON.createArrayNode();
            if (depth < 4) {
                array.add(value(schema.path("items"), name, depth + 1));
            }
            return array;
        }
        if (isType(schema, "object") || schema.has("properties")) {
            ObjectNode object = JSON.createObjectNode();
            if (depth < 4) {
                for (JsonNode r : schema.path("required")) {
                    String property = r.asString();
                    object.set(property, value(schema.path("properties").path(property), property, depth + 1));
                }
            }
            return object;
        }
        if (isType(schema, "integer")) {
            return JSON.valueToTree(Integer.parseInt(sample(name, schema)));
        }
        if (isType(schema, "number")) {
            BigDecimal amount = new BigDecimal("10.00");
            BigDecimal min = minimum(schema);
            return JSON.valueToTree(min != null && min.compareTo(amount) > 0 ? min : amount);
        }
        if (isType(schema, "boolean")) {
            return JSON.booleanNode(false);
        }
        return JSON.valueToTree(sample(name, schema));
    }

    /** A valid-looking value of a parameter or string property. */
    private static String sample(String name, JsonNode schema) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (schema.has("enum")) {
            return schema.path("enum").get(0).asString();
        }
        if (isType(schema, "integer") || isType(schema, "number")) {
            long value = lower.contains("year") ? 2026 : 1;
            BigDecimal min = minimum(schema);
            if (min != null && min.longValue() > value) {
                value = min.longValue();
            }
            if (schema.has("maximum") && schema.path("maximum").asLong() < value) {
                value = schema.path("maximum").asLong();
            }
            return String.valueOf(value);
        }
        String format = schema.path("format").asString("");
        if (format.equals("date")) {
            return "2026-01-15";
        }
        if (format.equals("date-time")) {
            return "2026-01-15T10:00:00Z";
        }
        if (format.equals("uuid") || lower.endsWith("id") && isFreeText(schema)) {
            return UUID.randomUUID().toString();
        }
        if (!isFreeText(schema)) {
            String uuid = UUID.randomUUID().toString();
            if (matches(schema, uuid)) {
                return uuid;
            }
            for (String candidate : CANDIDATES) {
                if (matches(schema, candidate)) {
                    return candidate;
                }
            }
        }
        if (lower.contains("iban")) {
            return "NL91ABNA0417164300";
        }
        if (lower.contains("email")) {
            return "test@example.org";
        }
        if (lower.equals("year")) {
            return "2026";
        }
        if (lower.equals("month") || lower.equals("period")) {
            return "2026-01";
        }
        return lower.isEmpty() ? "x" : "Bad input corpus " + lower;
    }

    /**
     * Whether a patterned value is accepted. Bean Validation's {@code @Pattern} matches the whole value; the
     * {@code \S} that SmallRye writes for {@code @NotBlank} only asks for some non-blank character, which every
     * hostile string has: such a field is free text.
     */
    private static boolean matches(JsonNode schema, String value) {
        if (isFreeText(schema)) {
            return true;
        }
        try {
            return Pattern.compile(schema.path("pattern").asString()).matcher(value).matches();
        } catch (PatternSyntaxException e) {
            return false;
        }
    }

    private static boolean isFreeText(JsonNode schema) {
        return !schema.has("pattern") || schema.path("pattern").asString().equals("\\S");
    }

    private static BigDecimal minimum(JsonNode schema) {
        if (schema.has("minimum")) {
            return schema.path("minimum").decimalValue();
        }
        if (schema.path("exclusiveMinimum").isNumber()) {
            return schema.path("exclusiveMinimum").decimalValue();
        }
        return null;
    }

    private static String firstStringProperty(JsonNode schema) {
        for (Map.Entry<String, JsonNode> p : schema.path("properties").properties()) {
            JsonNode s = p.getValue();
            if (isType(s, "string") && !s.has("enum") && !s.has("format")) {
                return p.getKey();
            }
        }
        return null;
    }

    /** OpenAPI 3.1 types may be a list ({@code ["string", "null"]}); a $ref is resolved, an allOf merged. */
    private static boolean isType(JsonNode schema, String type) {
        JsonNode t = schema.path("type");
        if (t.isArray()) {
            for (JsonNode each : t) {
                if (type.equals(each.asString())) {
                    return true;
                }
            }
            return false;
        }
        return type.equals(t.asString(""));
    }

    private JsonNode resolve(JsonNode schema) {
        for (int i = 0; i < 10 && schema.has("$ref"); i++) {
            String ref = schema.path("$ref").asString();
            JsonNode target = doc.path("components").path("schemas").path(ref.substring(ref.lastIndexOf('/') + 1));
            if (schema.size() > 1) {
                ObjectNode merged = ((ObjectNode) target).deepCopy();
                schema.properties().forEach(e -> {
                    if (!e.getKey().equals("$ref")) {
                        merged.set(e.getKey(), e.getValue());
                    }
                });
                schema = merged;
            } else {
                schema = target;
            }
        }
        if (schema.has("allOf")) {
            ObjectNode merged = JSON.createObjectNode();
            for (JsonNode part : schema.path("allOf")) {
                resolve(part).properties().forEach(e -> merged.set(e.getKey(), e.getValue()));
            }
            schema.properties().forEach(e -> {
                if (!e.getKey().equals("allOf")) {
                    merged.set(e.getKey(), e.getValue());
                }
            });
            return merged;
        }
        return schema;
    }

    private static String pointer(List<Object> at) {
        StringBuilder p = new StringBuilder("#");
        at.forEach(step -> p.append('/').append(step));
        return p.toString();
    }

    static String shortly(String value) {
        return value.length() > 40 ? value.substring(0, 20) + "…(" + value.length() + " chars)" : value;
    }

    static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
