package org.donorcrm.donor.security;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.donorcrm.testing.TestTokens;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.donorcrm.donor.ApiClient.individual;
import static org.donorcrm.donor.ApiClient.register;
import static org.donorcrm.donor.ApiClient.unique;

/**
 * Every endpoint against every role: personal data for fundraiser, finance and admin only (directors get 403),
 * merge and duplicate decisions for fundraisers and admins, erasure and the audit trail for admins, the giving
 * summary (no personal data) for directors too; no token at all is 401 everywhere.
 */
@QuarkusTest
class RoleRulesTest {

    private static final Set<String> PERSONAL = Set.of("fundraiser", "finance", "admin");
    private static final Set<String> DEDUPE = Set.of("fundraiser", "admin");
    private static final Set<String> ADMIN = Set.of("admin");
    private static final Set<String> EVERYONE = Set.of("fundraiser", "finance", "director", "admin");
    private static final List<String> ROLES = List.of("fundraiser", "finance", "director", "admin");

    record Endpoint(String method, String path, String body, Set<String> allowed) {
    }

    @Test
    void everyEndpointRefusesTheRolesItIsNotForAndAnonymousCallers() {
        String donor = register(individual("Rolf", unique("Roles"), null, null, null));
        String someId = UUID.randomUUID().toString();
        String donorBody = individual("Rolf", "Roles", null, null, null);
        List<Endpoint> endpoints = List.of(
                new Endpoint("GET", "/api/v1/donors", null, PERSONAL),
                new Endpoint("GET", "/api/v1/donors/export.csv", null, PERSONAL),
                new Endpoint("POST", "/api/v1/donors", donorBody, PERSONAL),
                new Endpoint("GET", "/api/v1/donors/" + donor, null, PERSONAL),
                new Endpoint("PUT", "/api/v1/donors/" + donor, donorBody, PERSONAL),
                new Endpoint("GET", "/api/v1/donors/" + donor + "/timeline", null, PERSONAL),
                new Endpoint("GET", "/api/v1/donors/" + donor + "/interactions", null, PERSONAL),
                new Endpoint("POST", "/api/v1/donors/" + donor + "/interactions",
                        "{\"type\":\"CALL\",\"occurredOn\":\"2026-01-05\"}", PERSONAL),
                new Endpoint("GET", "/api/v1/donors/" + donor + "/consents", null, PERSONAL),
                new Endpoint("POST", "/api/v1/donors/" + donor + "/consents",
                        "{\"channel\":\"EMAIL\",\"purpose\":\"NEWSLETTER\",\"granted\":true,\"source\":\"web\"}",
                        PERSONAL),
                new Endpoint("GET", "/api/v1/donors/" + donor + "/contact-persons", null, PERSONAL),
                new Endpoint("POST", "/api/v1/donors/" + donor + "/contact-persons", "{\"name\":\"X\"}", PERSONAL),
                new Endpoint("GET", "/api/v1/donors/" + donor + "/privacy-export", null, PERSONAL),
                new Endpoint("POST", "/api/v1/households", "{\"memberIds\":[\"" + donor + "\"]}", PERSONAL),
                new Endpoint("GET", "/api/v1/households/" + someId, null, PERSONAL),
                new Endpoint("POST", "/api/v1/households/" + someId + "/members",
                        "{\"donorId\":\"" + donor + "\"}", PERSONAL),
                new Endpoint("DELETE", "/api/v1/households/" + someId + "/members/" + donor, null, PERSONAL),
                new Endpoint("GET", "/api/v1/duplicates", null, PERSONAL),
                new Endpoint("POST", "/api/v1/duplicates/scan", null, DEDUPE),
                new Endpoint("POST", "/api/v1/duplicates/" + someId + "/dismissal", null, DEDUPE),
                new Endpoint("POST", "/api/v1/donor-merges",
                        "{\"survivorId\":\"" + donor + "\",\"mergedId\":\"" + someId + "\"}", DEDUPE),
                new Endpoint("POST", "/api/v1/donors/" + donor + "/erasure", null, ADMIN),
                new Endpoint("GET", "/api/v1/donors/" + donor + "/audit-trail", null, ADMIN),
                new Endpoint("GET", "/api/v1/donors/" + donor + "/giving-summary", null, EVERYONE));

        for (Endpoint endpoint : endpoints) {
            assertThat(call(endpoint, null)).as("%s %s without a token", endpoint.method(), endpoint.path())
                    .isEqualTo(401);
            for (String role : ROLES) {
                if (!endpoint.allowed().contains(role)) {
                    assertThat(call(endpoint, role)).as("%s %s as %s", endpoint.method(), endpoint.path(), role)
                            .isEqualTo(403);
                }
            }
        }
        // the forbidden calls changed nothing: the donor is still there, not erased
        assertThat(given().auth().oauth2(TestTokens.forRoles("fundraiser"))
                .when().get("/api/v1/donors/" + donor).then().extract().statusCode()).isEqualTo(200);
    }

    @Test
    void tokensThatAreNotOursAreRefused() {
        for (String token : new String[] {TestTokens.expired("admin"), TestTokens.signedByForeignKey("admin"),
                TestTokens.forAudience("another-api", "admin"), TestTokens.unsigned("admin")}) {
            given().auth().oauth2(token).when().get("/api/v1/donors").then().statusCode(401);
        }
    }

    private static int call(Endpoint endpoint, String role) {
        var request = given().contentType(ContentType.JSON).redirects().follow(false);
        if (role != null) {
            request = request.auth().oauth2(TestTokens.forUser(role + "-user", role));
        }
        if (endpoint.body() != null) {
            request = request.body(endpoint.body());
        }
        return request.when().request(endpoint.method(), endpoint.path()).then().extract().statusCode();
    }
}
