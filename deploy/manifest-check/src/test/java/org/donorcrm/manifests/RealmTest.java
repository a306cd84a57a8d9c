package org.donorcrm.manifests;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shipped realm resists password guessing: Keycloak's brute-force detection is on, locking an account for a
 * minute after 5 failed logins (doubling up to 15 minutes) — temporarily, so that an attacker cannot lock staff out
 * for good — and counting failures that come faster than a person types. Access tokens live 5 minutes (the
 * screens' sessions refresh them). The production realm of the Kubernetes overlay is the same realm made for the
 * internet: HTTPS only, a password policy, no demo users, no password grant, no shipped client secret — and nothing
 * else different (same roles, clients and settings), so the two cannot drift apart: deploy/keycloak/production-realm
 * writes it from the shipped realm.
 * RealmSecurityE2ETest proves the lockout and the policy on the real Keycloak.
 */
class RealmTest {

    @Test
    void theRealmLocksAnAccountForAWhileAfterFiveFailedLogins() throws IOException {
        JsonNode realm = new ObjectMapper().readTree(Repo.ROOT.resolve("deploy/keycloak/donor-crm-realm.json").toFile());

        assertThat(realm.path("bruteForceProtected").asBoolean()).isTrue();
        assertThat(realm.path("permanentLockout").asBoolean(true)).isFalse();
        assertThat(realm.path("failureFactor").asInt()).isEqualTo(5);
        assertThat(realm.path("waitIncrementSeconds").asInt()).isEqualTo(60);
        assertThat(realm.path("maxFailureWaitSeconds").asInt()).isEqualTo(900);
        assertThat(realm.path("sslRequired").asText()).isEqualTo("external");
        assertThat(realm.path("registrationAllowed").asBoolean(true)).isFalse();
        assertThat(realm.path("accessTokenLifespan").asInt()).isEqualTo(300);
    }

    @Test
    void theProductionRealmIsTheSameRealmHardenedForTheInternet() throws IOException {
        ObjectMapper json = new ObjectMapper();
        ObjectNode dev = (ObjectNode) json.readTree(Repo.ROOT.resolve("deploy/keycloak/donor-crm-realm.json").toFile());
        ObjectNode prod = (ObjectNode) json.readTree(
                Repo.ROOT.resolve("deploy/k8s/overlays/production/donor-crm-realm.json").toFile());

        assertThat(prod.path("sslRequired").asText()).isEqualTo("all");
        assertThat(prod.path("passwordPolicy").asText()).isEqualTo("length(12) and upperCase(1) and lowerCase(1) "
                + "and digits(1) and notUsername(undefined) and notEmail(undefined) and passwordHistory(5)");
        List<String> users = new ArrayList<>();
        prod.path("users").forEach(u -> users.add(u.path("username").asText()));
        assertThat(users).isNotEmpty().allMatch(u -> u.startsWith("service-account-"));
        for (JsonNode client : prod.path("clients")) {
            assertThat(client.has("secret")).as("no shipped secret for %s", client.path("clientId").asText()).isFalse();
            if (client.path("clientId").asText().equals("crm-cli")) {
                assertThat(client.path("directAccessGrantsEnabled").asBoolean(true)).isFalse();
            }
            if (client.path("clientId").asText().equals("crm-web")) {
                assertThat(client.path("redirectUris").toString()).doesNotContain("http://");
            }
        }

        // everything else as in the realm the product is developed and tested with
        for (ObjectNode realm : List.of(dev, prod)) {
            realm.remove(List.of("sslRequired", "passwordPolicy"));
            ArrayNode serviceAccounts = json.createArrayNode();
            realm.path("users").forEach(u -> {
                if (u.path("username").asText().startsWith("service-account-")) {
                    serviceAccounts.add(u);
                }
            });
            realm.set("users", serviceAccounts);
            realm.path("clients").forEach(c -> {
                ObjectNode client = (ObjectNode) c;
                client.remove(List.of("secret", "redirectUris", "directAccessGrantsEnabled"));
            });
        }
        assertThat(prod).isEqualTo(dev);
    }
}
