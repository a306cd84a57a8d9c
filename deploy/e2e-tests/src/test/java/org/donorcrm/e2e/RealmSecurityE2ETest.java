package org.donorcrm.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

/**
 * The realm against the real Keycloak of the stack: an account is locked after five wrong passwords (then even the
 * right one is refused), and the production realm (deploy/k8s/overlays/production/donor-crm-realm.json) imports into
 * Keycloak as it is and refuses a weak password. Keycloak's admin API with the local stack's admin
 * ({@code <state dir>/keycloak/admin.env}); the test's own user and realm are removed afterwards.
 */
class RealmSecurityE2ETest {

    private static final String REALM_URL = E2eStack.KEYCLOAK_URL;
    private static final String BASE = REALM_URL.substring(0, REALM_URL.indexOf("/realms/"));
    private static final String ADMIN = BASE + "/admin/realms";
    private static final String GOOD_PASSWORD = "Lang-Genoeg-2026";
    /** The realm's quickLoginCheckMilliSeconds: failures closer together than this lock at once. */
    private static final long QUICK_LOGIN_CHECK_MS = 1000;

    @Test
    void fiveWrongPasswordsLockTheAccountEvenForTheRightOne() {
        String admin = adminToken();
        String username = "lockout-" + UUID.randomUUID().toString().substring(0, 8);
        String userId = createUser(admin, "donor-crm", username);
        try {
            assertThat(login(username, GOOD_PASSWORD).statusCode()).as("the new account signs in").isEqualTo(200);
            for (int i = 1; i <= 5; i++) {
                // as a person would retry: slower than Keycloak's quick-login check, so only the 5 failures count
                pause(QUICK_LOGIN_CHECK_MS + 300);
                Response wrong = login(username, "wrong-" + i);
                assertThat(wrong.statusCode()).isIn(400, 401);
                assertThat(wrong.jsonPath().getString("error")).isEqualTo("invalid_grant");
            }
            // locked: the right password is refused now too, and Keycloak's attack detection says why
            Response locked = login(username, GOOD_PASSWORD);
            assertThat(locked.statusCode()).isIn(400, 401);
            assertThat(locked.jsonPath().getString("error")).isEqualTo("invalid_grant");
            given().auth().oauth2(admin)
                    .get(ADMIN + "/donor-crm/attack-detection/brute-force/users/" + userId)
                    .then().statusCode(200)
                    .body("disabled", equalTo(true))
                    .body("numFailures", equalTo(5));
        } finally {
            given().auth().oauth2(admin).delete(ADMIN + "/donor-crm/users/" + userId).then().statusCode(204);
        }
    }

    @Test
    void theProductionRealmImportsAndRefusesAWeakPassword() throws IOException {
        String admin = adminToken();
        ObjectMapper json = new ObjectMapper();
        ObjectNode realm = (ObjectNode) json.readTree(
                repo().resolve("deploy/k8s/overlays/production/donor-crm-realm.json").toFile());
        String name = "prodcheck-" + UUID.randomUUID().toString().substring(0, 8);
        realm.put("realm", name);
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(json.writeValueAsString(realm))
                .post(ADMIN).then().statusCode(201);
        try {
            given().auth().oauth2(admin).get(ADMIN + "/" + name).then().statusCode(200)
                    .body("sslRequired", equalTo("all"))
                    .body("bruteForceProtected", equalTo(true))
                    .body("accessTokenLifespan", equalTo(300));
            // no demo users came with it
            List<String> users = given().auth().oauth2(admin).get(ADMIN + "/" + name + "/users?max=100")
                    .then().statusCode(200).extract().jsonPath().getList("username", String.class);
            assertThat(users).allMatch(u -> u.startsWith("service-account-"));
            String userId = createUser(admin, name, "policy-check");
            // the demo password, and one with every kind of character but too short, are refused; the good one passes
            assertThat(resetPassword(admin, name, userId, "demo")).contains("invalidPasswordMinUpperCaseCharsMessage");
            assertThat(resetPassword(admin, name, userId, "Kort-2026")).contains("invalidPasswordMinLengthMessage");
            given().auth().oauth2(admin).contentType(ContentType.JSON)
                    .body(Map.of("type", "password", "value", GOOD_PASSWORD + "x", "temporary", false))
                    .put(ADMIN + "/" + name + "/users/" + userId + "/reset-password").then().statusCode(204);
        } finally {
            given().auth().oauth2(admin).delete(ADMIN + "/" + name).then().statusCode(204);
        }
    }

    /** The reset's refusal (400 expected), as Keycloak words it. */
    private static String resetPassword(String admin, String realm, String userId, String password) {
        Response answer = given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("type", "password", "value", password, "temporary", false))
                .put(ADMIN + "/" + realm + "/users/" + userId + "/reset-password");
        assertThat(answer.statusCode()).as("password %s refused", password).isEqualTo(400);
        return answer.asString();
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Response login(String username, String password) {
        return given().contentType(ContentType.URLENC)
                .formParam("grant_type", "password").formParam("client_id", "crm-cli")
                .formParam("username", username).formParam("password", password)
                .post(REALM_URL + "/protocol/openid-connect/token");
    }

    private static String createUser(String admin, String realm, String username) {
        String location = given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("username", username, "enabled", true, "emailVerified", true,
                        "firstName", "Test", "lastName", "Slot", "email", username + "@example.org",
                        "credentials", List.of(Map.of("type", "password", "value", GOOD_PASSWORD, "temporary", false))))
                .post(ADMIN + "/" + realm + "/users")
                .then().statusCode(201).extract().header("Location");
        return location.substring(location.lastIndexOf('/') + 1);
    }

    private static String adminToken() {
        Properties env = new Properties();
        Path file = stateDir().resolve("keycloak/admin.env");
        try (var in = Files.newBufferedReader(file)) {
            env.load(in);
        } catch (IOException e) {
            throw new IllegalStateException("the local stack's Keycloak admin is in " + file, e);
        }
        return given().contentType(ContentType.URLENC)
                .formParam("grant_type", "password").formParam("client_id", "admin-cli")
                .formParam("username", env.getProperty("KC_BOOTSTRAP_ADMIN_USERNAME"))
                .formParam("password", env.getProperty("KC_BOOTSTRAP_ADMIN_PASSWORD"))
                .post(BASE + "/realms/master/protocol/openid-connect/token")
                .then().statusCode(200).extract().path("access_token");
    }

    private static Path stateDir() {
        String dir = System.getenv("CRM_STATE_DIR");
        return dir == null || dir.isBlank() ? repo().resolve(".local") : Path.of(dir);
    }

    private static Path repo() {
        Path here = Path.of("").toAbsolutePath();
        while (here != null && !Files.exists(here.resolve("mvnw"))) {
            here = here.getParent();
        }
        if (here == null) {
            throw new IllegalStateException("not inside the project");
        }
        return here;
    }
}
