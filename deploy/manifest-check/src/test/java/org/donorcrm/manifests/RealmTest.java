package org.donorcrm.manifests;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shipped realm resists password guessing: Keycloak's brute-force detection is on, locking an account for a
 * minute after 5 failed logins (doubling up to 15 minutes) — temporarily, so that an attacker cannot lock staff out
 * for good — and counting failures that come faster than a person types.
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
    }
}
