package org.donorcrm.testing;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.util.KeyUtils;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * Access tokens for tests, shaped like the product realm's Keycloak tokens (issuer, audience
 * {@value #AUDIENCE}, realm roles in {@code realm_access.roles}) and signed RS256 with a test key whose public
 * half the services are configured with by {@link TestEngines}: the services check real signatures.
 * Also makes the broken tokens an attacker would try (expired, foreign key, wrong audience, {@code alg: none}).
 */
public final class TestTokens {

    public static final String ISSUER = "https://keycloak.test/realms/donor-crm";
    public static final String AUDIENCE = "crm-api";

    private static final PrivateKey SIGNING_KEY = privateKey("test-signing-key.pem");
    private static final PrivateKey FOREIGN_KEY = privateKey("foreign-signing-key.pem");

    private TestTokens() {
    }

    /** A valid token for a user with the given realm roles; the user name is the first role. */
    public static String forRoles(String... roles) {
        return builder(roles.length == 0 ? "nobody" : roles[0], roles).sign(SIGNING_KEY);
    }

    /** A valid token for the named user with the given realm roles. */
    public static String forUser(String username, String... roles) {
        return builder(username, roles).sign(SIGNING_KEY);
    }

    public static String expired(String... roles) {
        Instant past = Instant.now().minusSeconds(3600);
        return builder("expired", roles).issuedAt(past.minusSeconds(300)).expiresAt(past).sign(SIGNING_KEY);
    }

    public static String signedByForeignKey(String... roles) {
        return builder("foreign", roles).sign(FOREIGN_KEY);
    }

    public static String forAudience(String audience, String... roles) {
        return builder("other-audience", roles).audience(audience).sign(SIGNING_KEY);
    }

    /** An unsigned token ({@code alg: none}) carrying otherwise valid claims. */
    public static String unsigned(String... roles) {
        String header = base64Url("{\"alg\":\"none\",\"typ\":\"JWT\"}");
        long now = Instant.now().getEpochSecond();
        String payload = base64Url("{\"iss\":\"" + ISSUER + "\",\"aud\":\"" + AUDIENCE + "\",\"sub\":\"none\","
                + "\"preferred_username\":\"none\",\"iat\":" + now + ",\"exp\":" + (now + 300)
                + ",\"realm_access\":{\"roles\":[" + String.join(",", quoted(roles)) + "]}}");
        return header + "." + payload + ".";
    }

    public static String publicKeyBase64() {
        String pem = resource("test-signing-key.pub.pem");
        return pem.replace("-----BEGIN PUBLIC KEY-----", "")
                .replace("-----END PUBLIC KEY-----", "")
                .replaceAll("\\s", "");
    }

    private static io.smallrye.jwt.build.JwtClaimsBuilder builder(String username, String... roles) {
        return Jwt.issuer(ISSUER)
                .audience(AUDIENCE)
                .subject("user-" + username)
                .preferredUserName(username)
                .claim("realm_access", Map.of("roles", List.of(roles)))
                .expiresIn(600);
    }

    private static List<String> quoted(String... roles) {
        return java.util.Arrays.stream(roles).map(r -> "\"" + r + "\"").toList();
    }

    private static String base64Url(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    private static PrivateKey privateKey(String name) {
        try {
            return KeyUtils.decodePrivateKey(resource(name));
        } catch (Exception e) {
            throw new IllegalStateException("test key " + name + " is unreadable", e);
        }
    }

    private static String resource(String name) {
        try (InputStream in = TestTokens.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
