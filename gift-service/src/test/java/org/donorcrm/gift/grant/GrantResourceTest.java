package org.donorcrm.gift.grant;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.donorcrm.gift.sepa.SepaFixtures;
import org.donorcrm.gift.support.Replicas;
import org.donorcrm.testing.EventSchemas;
import org.donorcrm.testing.TestTokens;
import org.donorcrm.testing.TopicReader;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

@QuarkusTest
class GrantResourceTest {

    @Inject
    Replicas replicas;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private String funderId;

    @BeforeEach
    void funderAndFunds() {
        replicas.standardFunds();
        funderId = replicas.donor("FOUNDATION", "OTHER_NONPROFITS");
    }

    private String grantJson(String total, String... instalments) {
        LocalDate today = SepaFixtures.today();
        return """
                {"donorId":"%s","title":"Down to Zero phase 3","fundCode":"PRJ-DTZ","totalAmount":"%s",
                 "startDate":"2026-01-01","endDate":"2027-12-31","overheadPercentage":"7.50",
                 "instalments":[%s],
                 "deadlines":[{"dueDate":"%s","description":"Interim narrative report"},
                              {"dueDate":"%s","description":"Final financial report"},
                              {"dueDate":"%s","description":"Audit report (past)"}]}
                """.formatted(funderId, total, String.join(",", instalments), today.plusDays(30),
                today.plusDays(200), today.minusDays(1));
    }

    private static String instalment(String due, String amount) {
        return "{\"dueDate\":\"" + due + "\",\"amount\":\"" + amount + "\"}";
    }

    @Test
    void receivedInstalmentsReduceTheOutstandingBalanceExactlyAndAReversalAddsItBack() throws Exception {
        String grant = given().auth().oauth2(TestTokens.forUser("femke", "finance")).contentType(ContentType.JSON)
                .body(grantJson("100000.00", instalment("2026-02-01", "40000.00"), instalment("2026-09-01", "33333.33"),
                        instalment("2027-03-01", "26666.67")))
                .when().post("/api/v1/grants")
                .then().statusCode(201)
                .body("earmarkClass", equalTo("PROJECT"))
                // 7.50 % of 100,000.00
                .body("overheadAmount", equalTo("7500.00"))
                .body("outstanding", equalTo("100000.00"))
                .extract().path("id");
        String first = given().auth().oauth2(TestTokens.forRoles("finance")).when().get("/api/v1/grants/" + grant)
                .then().extract().path("instalments[0].id");
        String second = given().auth().oauth2(TestTokens.forRoles("finance")).when().get("/api/v1/grants/" + grant)
                .then().extract().path("instalments[1].id");

        receive(grant, first, "{}")
                .body("received", equalTo("40000.00"))
                // 100,000.00 − 40,000.00
                .body("outstanding", equalTo("60000.00"))
                .body("instalments[0].status", equalTo("RECEIVED"));
        String giftId = receive(grant, second, "{\"incomeDate\":\"2026-08-28\"}")
                // 60,000.00 − 33,333.33
                .body("outstanding", equalTo("26666.67"))
                .extract().path("instalments[1].giftId");

        given().auth().oauth2(TestTokens.forRoles("finance")).when().get("/api/v1/gifts/" + giftId)
                .then().body("amount", equalTo("33333.33"))
                .body("incomeDate", equalTo("2026-08-28"))
                .body("donorId", equalTo(funderId))
                .body("allocations[0].fundCode", equalTo("PRJ-DTZ"))
                .body("allocations[0].earmarkClass", equalTo("PROJECT"));
        receive(grant, second, "{}").statusCode(409);

        given().auth().oauth2(TestTokens.forRoles("finance")).contentType(ContentType.JSON)
                .body("{\"reversalDate\":\"2026-09-15\",\"reason\":\"REFUND\"}")
                .when().post("/api/v1/gifts/" + giftId + "/reversal").then().statusCode(201);
        given().auth().oauth2(TestTokens.forRoles("director")).when().get("/api/v1/grants/" + grant)
                // the refunded 33,333.33 is outstanding again: 26,666.67 + 33,333.33
                .then().body("outstanding", equalTo("60000.00"))
                .body("instalments[1].status", equalTo("REVERSED"));

        List<TopicReader.Read> events = await().atMost(Duration.ofSeconds(15)).until(() -> TopicReader.find(
                bootstrapServers, "crm.gifts", r -> grant.equals(r.header("ce_subject"))), l -> l.size() == 3);
        for (TopicReader.Read event : events) {
            assertThat(event.key()).isEqualTo(funderId);
            assertThat(EventSchemas.errors(event.header("ce_type"), event.value())).isEmpty();
        }
        assertThat(events).extracting(e -> e.header("ce_type")).containsExactly(GrantCommitted.TYPE,
                GrantInstalmentReceived.TYPE, GrantInstalmentReceived.TYPE);
    }

    @Test
    void instalmentsThatMissTheTotalByOneCentAreAProblemAndStoreNothing() {
        given().auth().oauth2(TestTokens.forRoles("finance")).contentType(ContentType.JSON)
                .body(grantJson("1000.00", instalment("2026-02-01", "500.00"), instalment("2026-09-01", "499.99")))
                .when().post("/api/v1/grants")
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors[0].pointer", equalTo("#/instalments"))
                .body("detail", equalTo("instalments add up to 999.99, the grant is 1000.00"));
        given().auth().oauth2(TestTokens.forRoles("finance")).queryParam("donorId", funderId)
                .when().get("/api/v1/grants").then().body("total", equalTo(0));
    }

    @Test
    void upcomingDeadlinesListWhatIsDueWithinTheWindowSoonestFirst() {
        String key = UUID.randomUUID().toString();
        String grant = given().auth().oauth2(TestTokens.forRoles("finance")).contentType(ContentType.JSON)
                .header("Idempotency-Key", key)
                .body(grantJson("500.00", instalment("2026-02-01", "500.00")))
                .when().post("/api/v1/grants").then().statusCode(201).extract().path("id");
        // the same key again: the same grant, nothing new
        given().auth().oauth2(TestTokens.forRoles("finance")).contentType(ContentType.JSON)
                .header("Idempotency-Key", key)
                .body(grantJson("500.00", instalment("2026-02-01", "500.00")))
                .when().post("/api/v1/grants").then().statusCode(201).header("Idempotent-Replayed", "true")
                .body("id", equalTo(grant));

        given().auth().oauth2(TestTokens.forRoles("fundraiser")).queryParam("within", 90)
                .when().get("/api/v1/grants/deadlines")
                .then().statusCode(200)
                .body("findAll { it.grantId == '" + grant + "' }.description", equalTo(List.of("Interim narrative report")))
                .body("findAll { it.grantId == '" + grant + "' }.daysLeft", equalTo(List.of(30)))
                .body("description", not(hasItem("Audit report (past)")));
        given().auth().oauth2(TestTokens.forRoles("fundraiser")).queryParam("within", 365)
                .when().get("/api/v1/grants/deadlines")
                .then().body("findAll { it.grantId == '" + grant + "' }.description",
                        equalTo(List.of("Interim narrative report", "Final financial report")));
    }

    @Test
    void anInstalmentThatFellDueUnreceivedIsAnnouncedOnce() throws Exception {
        LocalDate today = SepaFixtures.today();
        String grant = given().auth().oauth2(TestTokens.forRoles("finance")).contentType(ContentType.JSON)
                .body(grantJson("900.00", instalment(today.minusDays(1).toString(), "400.00"),
                        instalment(today.plusDays(60).toString(), "500.00")))
                .when().post("/api/v1/grants").then().statusCode(201).extract().path("id");
        String overdue = given().auth().oauth2(TestTokens.forRoles("finance")).when().get("/api/v1/grants/" + grant)
                .then().extract().path("instalments[0].id");

        for (int i = 0; i < 2; i++) {
            given().auth().oauth2(TestTokens.forRoles("finance"))
                    .when().post("/api/v1/grants/instalments/due-check").then().statusCode(200);
        }
        List<TopicReader.Read> due = await().atMost(Duration.ofSeconds(15)).until(() -> TopicReader.find(
                bootstrapServers, "crm.gifts", r -> grant.equals(r.header("ce_subject"))
                        && GrantInstalmentDue.TYPE.equals(r.header("ce_type"))), l -> !l.isEmpty());
        assertThat(due).hasSize(1);
        assertThat(EventSchemas.errors(GrantInstalmentDue.TYPE, due.get(0).value())).isEmpty();
        assertThat(due.get(0).value()).contains(overdue, "\"amount\":\"400.00\"");
    }

    @Test
    void onlyFinanceCommitsGrantsAndIndividualsAreNotFunders() {
        given().auth().oauth2(TestTokens.forRoles("fundraiser")).contentType(ContentType.JSON)
                .body(grantJson("500.00", instalment("2026-02-01", "500.00")))
                .when().post("/api/v1/grants").then().statusCode(403);
        funderId = replicas.individual();
        given().auth().oauth2(TestTokens.forRoles("finance")).contentType(ContentType.JSON)
                .body(grantJson("500.00", instalment("2026-02-01", "500.00")))
                .when().post("/api/v1/grants").then().statusCode(422)
                .body("errors[0].pointer", equalTo("#/donorId"));
    }

    private io.restassured.response.ValidatableResponse receive(String grant, String instalment, String body) {
        return given().auth().oauth2(TestTokens.forRoles("finance")).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/grants/" + grant + "/instalments/" + instalment + "/receipt")
                .then();
    }
}
