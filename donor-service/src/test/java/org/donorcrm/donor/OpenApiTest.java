package org.donorcrm.donor;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
class OpenApiTest {

    @Test
    void everyApiOperationIsDocumentedWithItsRoles() {
        JsonPath openApi = given().queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200).extract().jsonPath();
        Map<String, Map<String, Map<String, Object>>> paths = openApi.getMap("paths");
        List<String> undocumented = new ArrayList<>();
        int operations = 0;
        for (var path : paths.entrySet()) {
            assertThat(path.getKey()).startsWith("/api/v1/");
            for (var operation : path.getValue().entrySet()) {
                operations++;
                Object description = operation.getValue().get("description");
                if (description == null || !description.toString().startsWith("Roles: ")) {
                    undocumented.add(operation.getKey().toUpperCase() + " " + path.getKey());
                }
            }
        }
        // donors 7, interactions 2, thank-you tasks 1, consents 2, contact persons 2, privacy and audit 3,
        // households 4, duplicates 4, the donor lookup of the bank matching 1,
        // donor references (number and kind) 1, annual statements 2, the annual statement runs 2 (start, zip),
        // the platform's jobs 2
        assertThat(operations).isEqualTo(33);
        assertThat(undocumented).isEmpty();
    }
}
