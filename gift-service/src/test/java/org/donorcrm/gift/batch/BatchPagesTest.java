package org.donorcrm.gift.batch;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.donorcrm.gift.gift.GiftRepository;
import org.donorcrm.gift.support.Replicas;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

/** Batch entry as a fundraiser uses it: paste rows, check them against the control values, post all or none. */
@QuarkusTest
class BatchPagesTest {

    @Inject
    Replicas replicas;

    @Inject
    GiftRepository gifts;

    private String anna;
    private String bert;
    private String cees;

    @BeforeEach
    void donors() {
        replicas.standardFunds();
        anna = replicas.individual();
        bert = replicas.individual();
        cees = replicas.individual();
    }

    /** Three gifts as copied from a spreadsheet (tab separated, with its header row): 25.00 + 40.00 + 35.00. */
    private String rows() {
        return "donor\tamount\tdate\tfund\n"
                + anna + "\t25,00\n"
                + bert + "\t40.00\t2026-05-02\tPRG-MIG\n"
                + cees + "\t35\n";
    }

    private RequestSpecification batchForm(String rows, String controlCount, String controlTotal) {
        return batchForm(rows, controlCount, controlTotal, UUID.randomUUID().toString());
    }

    private RequestSpecification batchForm(String rows, String controlCount, String controlTotal, String key) {
        return given().redirects().follow(false)
                .header("Origin", RestAssured.baseURI + ":" + RestAssured.port)
                .formParam("batchKey", key)
                .formParam("controlCount", controlCount).formParam("controlTotal", controlTotal)
                .formParam("incomeDate", "2026-05-04").formParam("channel", "BANK_TRANSFER")
                .formParam("fundCode", "ALG").formParam("rows", rows);
    }

    @Test
    @TestSecurity(user = "fenna", roles = "fundraiser")
    void aFundraiserChecksAndPostsAThreeGiftBatchAndSeesItsGiftsTotalling100Euros() {
        // checking shows what the rows add up to beside the control values, and stores nothing
        batchForm(rows(), "3", "100.00").when().post("/batches/check")
                .then().statusCode(200)
                .body(containsString("<th>Totaal</th><td class=\"money\">€ 100,00</td>"))
                .body(not(containsString("wijkt af")))
                .body(containsString("PRG-MIG"));
        assertThat(giftsOf(anna, bert, cees)).isZero();

        String location = batchForm(rows(), "3", "100.00").when().post("/batches")
                .then().statusCode(303)
                .header("Location", matchesPattern(".*/batches/[0-9a-f-]{36}"))
                .extract().header("Location");

        // 25.00 + 40.00 + 35.00 = 100.00 in three gifts; the second row took its own date and fund
        given().when().get(location)
                .then().statusCode(200)
                .body(containsString("3 giften, samen € 100,00"))
                .body(containsString("door fenna"))
                .body(containsString("€ 25,00"))
                .body(containsString("€ 40,00"))
                .body(containsString("€ 35,00"))
                .body(containsString("02-05-2026"))
                .body(containsString("PRG-MIG"));
        given().cookie("crm-lang", "en").when().get(location)
                .then().statusCode(200)
                .body(containsString("3 gifts totalling € 100,00"))
                .body(containsString("by fenna"))
                .body(containsString("(control: 3 gifts, € 100,00)"));
        assertThat(giftsOf(anna, bert, cees)).isEqualTo(3);
    }

    @Test
    @TestSecurity(user = "femke", roles = "finance")
    void aControlTotalOffByACentShowsTheDifferenceAndStoresNothing() {
        batchForm(rows(), "3", "100.01").when().post("/batches/check")
                .then().statusCode(200)
                .body(containsString("wijkt af"));
        batchForm(rows(), "3", "100.01").when().post("/batches")
                .then().statusCode(422)
                .body(containsString("the gifts add up to 100.00, the control total is 100.01"))
                // the form comes back as typed
                .body(containsString("value=\"100.01\""))
                .body(containsString(cees + "\t35"));
        assertThat(giftsOf(anna, bert, cees)).isZero();
    }

    @Test
    @TestSecurity(user = "femke", roles = "finance")
    void aRowThatIsNotAGiftIsNamedByItsNumberAndNothingIsStored() {
        String unknown = UUID.randomUUID().toString();
        String rows = anna + ";25.00\n" + bert + ";twenty\n" + cees + ";35.00\n";
        batchForm(rows, "3", "100.00").when().post("/batches")
                .then().statusCode(422)
                .body(containsString("bedrag: geen bedrag; schrijf bijvoorbeeld 1.234,56 of 25,00"))
                .body(containsString("class=\"table-danger\""));

        // a donor gift-service does not know is found by the service, inside the all-or-nothing transaction
        String withUnknown = anna + ";25.00\n" + unknown + ";40.00\n" + cees + ";35.00\n";
        batchForm(withUnknown, "3", "100.00").when().post("/batches")
                .then().statusCode(422)
                .body(containsString("donateur-id: unknown donor " + unknown));
        assertThat(giftsOf(anna, bert, cees)).isZero();
    }

    @Test
    @TestSecurity(user = "fenna", roles = "fundraiser")
    void postingTheSameFormTwicePostsOneBatch() {
        String key = UUID.randomUUID().toString();
        String first = batchForm(rows(), "3", "100.00", key)
                .when().post("/batches").then().statusCode(303).extract().header("Location");
        String second = batchForm(rows(), "3", "100.00", key)
                .when().post("/batches").then().statusCode(303).extract().header("Location");
        assertThat(second).isEqualTo(first);
        assertThat(giftsOf(anna, bert, cees)).isEqualTo(3);
    }

    @Test
    @TestSecurity(user = "dirk", roles = "director")
    void aDirectorHasNoBatchScreens() {
        given().when().get("/batches/new").then().statusCode(403);
        given().when().get("/batches").then().statusCode(403);
        given().when().get("/").then().statusCode(200)
                .body(not(containsString("href=\"/batches\"")))
                .body(not(containsString("href=\"/bank\"")))
                .body(containsString("href=\"/grants\""));
    }

    private long giftsOf(String... donors) {
        return QuarkusTransaction.requiringNew().call(() -> gifts.count("donorId in ?1", List.of(donors)));
    }
}
