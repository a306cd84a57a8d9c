package org.donorcrm.gift.sepa;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.donorcrm.gift.support.Replicas;
import org.donorcrm.testing.EventSchemas;
import org.donorcrm.testing.TestTokens;
import org.donorcrm.testing.TopicReader;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.donorcrm.gift.sepa.SepaFixtures.collection;
import static org.donorcrm.gift.sepa.SepaFixtures.dueIn;
import static org.donorcrm.gift.sepa.SepaFixtures.mandate;
import static org.donorcrm.gift.sepa.SepaFixtures.reference;
import static org.donorcrm.gift.sepa.SepaFixtures.run;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

/** Collection runs against real MariaDB and Kafka: pain.008 against the official XSD, repeats, returns. */
@QuarkusTest
class CollectionRunResourceTest {

    @Inject
    Replicas replicas;

    @Inject
    EntityManager entityManager;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private String donorId;

    @BeforeEach
    void donorAndFunds() {
        replicas.standardFunds();
        donorId = replicas.individual();
    }

    @Test
    void aGeneratedPain008ValidatesAgainstTheOfficialXsdAndCarriesEveryDebitAsRcur() throws Exception {
        LocalDate due = dueIn(3);
        String other = replicas.individual();
        String ref1 = reference("XSD");
        String ref2 = reference("XSD");
        mandate(donorId, ref1, "12.50", "MONTHLY", due);
        mandate(other, ref2, "25.00", "QUARTERLY", due);

        given().auth().oauth2(TestTokens.forRoles("finance")).queryParam("dueDate", due.toString())
                .when().get("/api/v1/collection-runs/preview")
                .then().statusCode(200)
                .body("count", equalTo(2))
                .body("total", equalTo("37.50"));

        String runId = run(due);
        String xml = given().auth().oauth2(TestTokens.forRoles("finance"))
                .when().get("/api/v1/collection-runs/" + runId + "/pain008")
                .then().statusCode(200).contentType("application/xml")
                .extract().asString();

        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        factory.newSchema(getClass().getResource("/iso20022/xsd/pain.008.001.02.xsd")).newValidator()
                .validate(new StreamSource(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))));
        // 12.50 + 25.00 = 37.50 in two transactions, both RCUR, in the message and in its payment block
        assertThat(xml).contains("<NbOfTxs>2</NbOfTxs>", "<CtrlSum>37.50</CtrlSum>", "<SeqTp>RCUR</SeqTp>",
                "<ReqdColltnDt>" + due + "</ReqdColltnDt>", "<MndtId>" + ref1 + "</MndtId>",
                "<MndtId>" + ref2 + "</MndtId>", "<Id>NL98ZZZ999999999999</Id>", "<InstdAmt Ccy=\"EUR\">12.50</InstdAmt>",
                "<IBAN>NL02ABNA0123456789</IBAN>", "<Nm>A. de Vries</Nm>");
        assertThat(xml).doesNotContain("FRST");
        // the same file on every download
        assertThat(given().auth().oauth2(TestTokens.forRoles("finance"))
                .when().get("/api/v1/collection-runs/" + runId + "/pain008").then().extract().asString())
                .isEqualTo(xml);
    }

    @Test
    void runningTheSameCollectionTwiceCreatesNoSecondDebitOrGift() {
        LocalDate due = dueIn(4);
        String mandateId = mandate(donorId, reference("TWICE"), "10.00", "MONTHLY", due);
        String first = run(due);

        String second = given().auth().oauth2(TestTokens.forRoles("finance")).contentType(ContentType.JSON)
                .body("{\"dueDate\":\"" + due + "\"}")
                .when().post("/api/v1/collection-runs")
                .then().statusCode(200)
                .header("Idempotent-Replayed", "true")
                .body("count", equalTo(1))
                .extract().path("id");
        assertThat(second).isEqualTo(first);

        given().auth().oauth2(TestTokens.forRoles("finance")).when().get("/api/v1/mandates/" + mandateId + "/collections")
                .then().body("$", hasSize(1));
        given().auth().oauth2(TestTokens.forRoles("finance")).queryParam("donorId", donorId)
                .when().get("/api/v1/gifts")
                .then().body("total", equalTo(1))
                .body("items[0].channel", equalTo("SEPA_DIRECT_DEBIT"))
                .body("items[0].amount", equalTo("10.00"))
                .body("items[0].incomeDate", equalTo(due.toString()));
        assertThat(QuarkusTransaction.requiringNew().call(() -> entityManager.createQuery(
                        "select count(c) from SepaCollection c where c.mandateId = :m", Long.class)
                .setParameter("m", mandateId).getSingleResult())).isEqualTo(1L);
    }

    @Test
    void twoRunsOfTheSameDateStartedAtOnceCollectOnceAndTheSecondCallerIsToldWhichRun() throws Exception {
        LocalDate due = dueIn(41);
        String mandateId = mandate(donorId, reference("ATONCE"), "7.50", "MONTHLY", due);
        java.util.concurrent.ExecutorService replicas = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            java.util.concurrent.Callable<io.restassured.response.Response> start = () ->
                    given().auth().oauth2(TestTokens.forRoles("finance")).contentType(ContentType.JSON)
                            .body("{\"dueDate\":\"" + due + "\"}").when().post("/api/v1/collection-runs");
            List<io.restassured.response.Response> answers = new java.util.ArrayList<>();
            for (var f : replicas.invokeAll(List.of(start, start), 60, java.util.concurrent.TimeUnit.SECONDS)) {
                answers.add(f.get());
            }
            answers.sort(java.util.Comparator.comparingInt(io.restassured.response.Response::statusCode).reversed());
            assertThat(answers.get(0).statusCode()).as(answers.get(0).asString()).isEqualTo(201);
            assertThat(answers.get(1).statusCode()).as(answers.get(1).asString()).isEqualTo(200);
            assertThat(answers.get(1).header("Idempotent-Replayed")).isEqualTo("true");
            assertThat(answers.get(1).jsonPath().getString("id")).isEqualTo(answers.get(0).jsonPath().getString("id"));
        } finally {
            replicas.shutdownNow();
        }
        assertThat(QuarkusTransaction.requiringNew().call(() -> entityManager.createQuery(
                        "select count(c) from SepaCollection c where c.mandateId = :m", Long.class)
                .setParameter("m", mandateId).getSingleResult())).isEqualTo(1L);
    }

    @Test
    void aCollectionIsDueAfterTodayAndNothingDueIsAProblem() {
        given().auth().oauth2(TestTokens.forRoles("finance")).contentType(ContentType.JSON)
                .body("{\"dueDate\":\"" + SepaFixtures.today() + "\"}")
                .when().post("/api/v1/collection-runs")
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors[0].pointer", equalTo("#/dueDate"));
        given().auth().oauth2(TestTokens.forRoles("finance")).contentType(ContentType.JSON)
                .body("{\"dueDate\":\"" + dueIn(29) + "\"}")
                .when().post("/api/v1/collection-runs")
                .then().statusCode(422)
                .body("detail", equalTo("no mandate is due on " + dueIn(29)));
        given().auth().oauth2(TestTokens.forRoles("fundraiser")).contentType(ContentType.JSON)
                .body("{\"dueDate\":\"" + dueIn(29) + "\"}")
                .when().post("/api/v1/collection-runs")
                .then().statusCode(403);
    }

    @Test
    void aSepaReturnReversesTheGiftAndTheSecondReturnStopsTheMandate() throws Exception {
        LocalDate due = dueIn(5);
        String mandateId = mandate(donorId, reference("RET"), "15.00", "MONTHLY", due);
        run(due);
        String collectionId = collection(mandateId, 0, "id");
        String giftId = collection(mandateId, 0, "giftId");

        given().auth().oauth2(TestTokens.forUser("femke", "finance")).contentType(ContentType.JSON)
                .body("{\"returnDate\":\"" + due.plusDays(2) + "\",\"reasonCode\":\"MS03\"}")
                .when().post("/api/v1/collection-runs/collections/" + collectionId + "/return")
                .then().statusCode(200)
                .body("status", equalTo("RETURNED"))
                .body("returnReason", equalTo("MS03"));

        given().auth().oauth2(TestTokens.forRoles("finance")).when().get("/api/v1/gifts/" + giftId)
                .then().body("status", equalTo("REVERSED"));
        given().auth().oauth2(TestTokens.forRoles("finance")).when().get("/api/v1/gifts/" + giftId + "/reversal")
                .then().body("reason", equalTo("SEPA_RETURN"))
                .body("reversalDate", equalTo(due.plusDays(2).toString()))
                .body("reversedBy", equalTo("femke"));
        // one return of two allowed: still active
        given().auth().oauth2(TestTokens.forRoles("finance")).when().get("/api/v1/mandates/" + mandateId)
                .then().body("status", equalTo("ACTIVE")).body("returnCount", equalTo(1));
        given().auth().oauth2(TestTokens.forRoles("finance")).contentType(ContentType.JSON)
                .body("{\"returnDate\":\"" + due.plusDays(3) + "\",\"reasonCode\":\"MS03\"}")
                .when().post("/api/v1/collection-runs/collections/" + collectionId + "/return")
                .then().statusCode(409);

        List<TopicReader.Read> returned = await().atMost(Duration.ofSeconds(15)).until(() -> TopicReader.find(
                bootstrapServers, "crm.gifts", r -> collectionId.equals(r.header("ce_subject"))), l -> l.size() == 2);
        for (TopicReader.Read event : returned) {
            assertThat(event.key()).isEqualTo(donorId);
            assertThat(EventSchemas.errors(event.header("ce_type"), event.value())).isEmpty();
        }
        assertThat(returned).extracting(r -> r.header("ce_type"))
                .containsExactlyInAnyOrder(CollectionScheduled.TYPE, CollectionReturned.TYPE);

        // the next month's debit is returned too: the second return stops the mandate
        LocalDate next = due.plusMonths(1);
        run(next);
        given().auth().oauth2(TestTokens.forRoles("finance")).contentType(ContentType.JSON)
                .body("{\"returnDate\":\"" + next.plusDays(2) + "\",\"reasonCode\":\"AM04\"}")
                .when().post("/api/v1/collection-runs/collections/" + collection(mandateId, 0, "id") + "/return")
                .then().statusCode(200);
        given().auth().oauth2(TestTokens.forRoles("finance")).when().get("/api/v1/mandates/" + mandateId)
                .then().body("status", equalTo("STOPPED")).body("returnCount", equalTo(2))
                .body("statusReason", equalTo("2 returns (AM04 last)"));
    }

    @Test
    void aFinalReturnReasonStopsTheMandateAtOnceAndItIsNotCollectedAgain() {
        LocalDate due = dueIn(6);
        String mandateId = mandate(donorId, reference("AC04"), "20.00", "MONTHLY", due);
        run(due);
        given().auth().oauth2(TestTokens.forRoles("finance")).contentType(ContentType.JSON)
                .body("{\"returnDate\":\"" + due.plusDays(1) + "\",\"reasonCode\":\"AC04\"}")
                .when().post("/api/v1/collection-runs/collections/" + collection(mandateId, 0, "id") + "/return")
                .then().statusCode(200);
        given().auth().oauth2(TestTokens.forRoles("finance")).when().get("/api/v1/mandates/" + mandateId)
                .then().body("status", equalTo("STOPPED")).body("statusReason", equalTo("return AC04"));
        given().auth().oauth2(TestTokens.forRoles("finance")).queryParam("dueDate", due.plusMonths(1).toString())
                .when().get("/api/v1/collection-runs/preview")
                .then().body("debits.mandateId", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem(mandateId)));
    }
}
