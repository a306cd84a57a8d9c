package org.donorcrm.campaign.security;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** The API document names every operation of /api/v1 with the roles it needs, and no screen. */
@QuarkusTest
class OpenApiTest {

    @Test
    void everyOperationSaysWhichRolesMayCallIt() {
        JsonPath doc = given().queryParam("format", "json")
                .when().get("/q/openapi")
                .then().statusCode(200).extract().jsonPath();
        Map<String, Map<String, Map<String, Object>>> paths = doc.getMap("paths");
        assertThat(paths.keySet()).allMatch(path -> path.startsWith("/api/v1/"));
        assertThat(paths.keySet()).contains("/api/v1/funds", "/api/v1/funds/{id}/close", "/api/v1/campaigns",
                "/api/v1/campaigns/{id}/appeals", "/api/v1/campaigns/{id}/costs", "/api/v1/campaigns/{id}/results");
        int operations = 0;
        for (var path : paths.entrySet()) {
            for (var operation : path.getValue().entrySet()) {
                Object description = operation.getValue().get("description");
                assertThat(description).as(operation.getKey() + " " + path.getKey()).asString().startsWith("Roles: ");
                operations++;
            }
        }
        assertThat(operations).isEqualTo(18);
    }
}
