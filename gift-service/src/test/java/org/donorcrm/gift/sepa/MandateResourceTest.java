package org.donorcrm.gift.sepa;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.donorcrm.gift.support.Replicas;
import org.donorcrm.testing.EventPublisher;
import org.donorcrm.testing.EventSchemas;
import org.donorcrm.testing.TestTokens;
import org.donorcrm.testing.TopicReader;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.donorcrm.gift.sepa.SepaFixtures.dueIn;
import static org.donorcrm.gift.sepa.SepaFixtures.mandate;
import static org.donorcrm.gift.sepa.SepaFixtures.mandateJson;
import static org.donorcrm.gift.sepa.SepaFixtures.reference;
import static org.donorcrm.gift.sepa.SepaFixtures.today;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

@QuarkusTest
class MandateResourceTest {

    @Inject
    Replicas replicas;

    @Inject
    EntityManager entityManager;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private final ObjectMapper json = new ObjectMapper();
    private String donorId;

    @BeforeEach
    void donorAndFunds() {
        replicas.standardFunds();
        donorId = replicas.individual();
    }

    @Test
    void aFundraiserRecordsASignedMandateAndItsEventCarriesNoPersonalData() throws Exception {
        String ref = reference("DCI");
        String id = given().auth().oauth2(TestTokens.forUser("fenna", "fundraiser")).contentType(ContentType.JSON)
                .body("""
                        {"donorId":"%s","reference":"%s","signatureDate":"2026-01-10","debtorName":"A. de Vries",
                         "debtorIban":"nl91 abna 0417 1643 00","amount":"12.50","frequency":"MONTHLY",
                         "firstCollectionDate":"2026-02-01","fundCode":"PRG-MIG"}
                        """.formatted(donorId, ref))
                .when().post("/api/v1/mandates")
                .then().statusCode(201)
                .body("reference", equalTo(ref))
                .body("creditorId", equalTo("NL98ZZZ999999999999"))
                .body("debtorIban", equalTo("NL91ABNA0417164300"))
                .body("amount", equalTo("12.50"))
                .body("status", equalTo("ACTIVE"))
                .body("fundCode", equalTo("PRG-MIG"))
                .body("createdBy", equalTo("fenna"))
                .extract().path("id");

        given().auth().oauth2(TestTokens.forRoles("admin")).queryParam("donorId", donorId)
                .queryParam("status", "ACTIVE")
                .when().get("/api/v1/mandates")
                .then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].id", equalTo(id))
                // monthly from 1 February 2026, asked after today: the first of a coming month
                .body("items[0].nextCollectionDate", equalTo(today().plusMonths(1).withDayOfMonth(1).toString()));
        given().auth().oauth2(TestTokens.forRoles("admin")).queryParam("donorId", donorId)
                .queryParam("status", "LAPSED")
                .when().get("/api/v1/mandates")
                .then().body("total", equalTo(0));

        TopicReader.Read event = published(id, MandateSigned.TYPE);
        assertThat(event.key()).isEqualTo(donorId);
        assertThat(EventSchemas.errors(MandateSigned.TYPE, event.value())).isEmpty();
        assertThat(event.value()).doesNotContain("NL91", "Vries", ref);
        JsonNode data = json.readTree(event.value());
        assertThat(data.get("amount").asText()).isEqualTo("12.50");
        assertThat(data.get("frequency").asText()).isEqualTo("MONTHLY");
    }

    @Test
    void anInvalidIbanOrAReferenceOver35CharactersIsAProblemAndStoresNothing() {
        String tooLong = "R".repeat(36);
        given().auth().oauth2(TestTokens.forRoles("fundraiser")).contentType(ContentType.JSON)
                .body(mandateJson(donorId, tooLong, "10.00", "MONTHLY", dueIn(20))
                        .replace(SepaFixtures.OTHER_IBAN, "NL91ABNA0417164301"))
                .when().post("/api/v1/mandates")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.pointer", hasItem("#/debtorIban"))
                .body("errors.pointer", hasItem("#/reference"))
                .body("errors.detail", hasItem("must be a valid IBAN"))
                .body("errors.detail", hasItem("must be at most 35 characters"));
        assertThat(mandatesOf(donorId)).isZero();
    }

    @Test
    void aReferenceInUseIsAConflictAndTheSecondMandateIsNotStored() {
        String ref = reference("DUP");
        mandate(donorId, ref, "10.00", "MONTHLY", dueIn(21));
        String other = replicas.individual();
        given().auth().oauth2(TestTokens.forRoles("finance")).contentType(ContentType.JSON)
                .body(mandateJson(other, ref, "10.00", "MONTHLY", dueIn(21)))
                .when().post("/api/v1/mandates")
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("detail", equalTo("mandate reference " + ref + " is already in use"));
        assertThat(mandatesOf(other)).isZero();
    }

    @Test
    void aDirectorMayNotRecordMandates() {
        given().auth().oauth2(TestTokens.forRoles("director")).contentType(ContentType.JSON)
                .body(mandateJson(donorId, reference("DIR"), "10.00", "MONTHLY", dueIn(22)))
                .when().post("/api/v1/mandates")
                .then().statusCode(403);
        assertThat(mandatesOf(donorId)).isZero();
    }

    @Test
    void aMandateUnusedFor36MonthsLapsesAndOneUsed35MonthsAgoDoesNot() throws Exception {
        LocalDate today = today();
        String old = withHistory(reference("OLD"), LocalDate.of(2021, 3, 1), LocalDate.of(2022, 6, 1));
        String recent = withHistory(reference("RECENT"), LocalDate.of(2021, 3, 1), today.minusMonths(35));
        String neverUsed = withHistory(reference("NEVER"), today.minusMonths(36).minusDays(1), null);

        given().auth().oauth2(TestTokens.forUser("femke", "finance"))
                .when().post("/api/v1/mandates/lapse-check")
                .then().statusCode(200);

        given().auth().oauth2(TestTokens.forRoles("finance")).when().get("/api/v1/mandates/" + old)
                .then().body("status", equalTo("LAPSED"))
                .body("statusReason", equalTo("no collection since 2022-06-01 (36 months)"))
                .body("nextCollectionDate", equalTo(null));
        given().auth().oauth2(TestTokens.forRoles("finance")).when().get("/api/v1/mandates/" + neverUsed)
                .then().body("status", equalTo("LAPSED"));
        given().auth().oauth2(TestTokens.forRoles("finance")).when().get("/api/v1/mandates/" + recent)
                .then().body("status", equalTo("ACTIVE"));

        TopicReader.Read event = published(old, MandateStatusChanged.TYPE);
        assertThat(EventSchemas.errors(MandateStatusChanged.TYPE, event.value())).isEmpty();
        assertThat(json.readTree(event.value()).get("status").asText()).isEqualTo("LAPSED");
    }

    @jakarta.inject.Inject
    MandateLapseJob lapseJob;

    @jakarta.inject.Inject
    org.donorcrm.platform.jobs.Jobs jobs;

    @Test
    void theNightlyLapseRunsOnceAsAJobHoweverManyReplicasTimersFire() throws Exception {
        String unused = withHistory(reference("NIGHT"), LocalDate.of(2020, 1, 6), LocalDate.of(2021, 2, 1));
        LocalDate night = today();

        // two replicas' timers fire for the same night: one starts the job, the other is told it was started
        assertThat(lapseJob.startTonight(night)).isTrue();
        assertThat(lapseJob.startTonight(night)).isFalse();

        await().atMost(Duration.ofSeconds(30)).until(() -> QuarkusTransaction.requiringNew().call(() ->
                entityManager.find(Mandate.class, unused).status == MandateStatus.LAPSED));
        org.donorcrm.platform.jobs.Job job = QuarkusTransaction.requiringNew().call(() -> entityManager.createQuery(
                        "from Job j where j.kind = :kind and j.subject = :night", org.donorcrm.platform.jobs.Job.class)
                .setParameter("kind", MandateLapseJob.KIND).setParameter("night", night.toString())
                .getSingleResult());
        await().atMost(Duration.ofSeconds(30)).until(() ->
                jobs.find(job.id).map(j -> j.status == org.donorcrm.platform.jobs.Job.Status.SUCCEEDED).orElse(false));
        assertThat(jobs.find(job.id).orElseThrow().result).endsWith("(36 maanden niet gebruikt).");
        assertThat(jobs.find(job.id).orElseThrow().startedBy).isEqualTo("system");
        // and later that night (a restarted replica's timer) nothing starts again
        assertThat(lapseJob.startTonight(night)).isFalse();
        Number changes = QuarkusTransaction.requiringNew().call(() -> (Number) entityManager.createNativeQuery(
                        "select count(*) from outbox_event where aggregate_id = ?1 and event_type = ?2")
                .setParameter(1, unused).setParameter(2, MandateStatusChanged.TYPE).getSingleResult());
        assertThat(changes.intValue()).isEqualTo(1);
    }

    @Test
    void erasingTheDonorBlanksTheDebtorsNameAndIbanAndEndsTheMandate() {
        String id = mandate(donorId, reference("ERASE"), "5.00", "MONTHLY", dueIn(23));
        String data = """
                {"donorId":"%s","erasedAt":"2026-06-01T10:00:00Z"}""".formatted(donorId);
        assertThat(EventSchemas.errors("crm.donor.erased.v1", data)).isEmpty();
        try (EventPublisher publisher = new EventPublisher(bootstrapServers, "/donor-crm/test")) {
            publisher.publish("crm.donors", donorId, "crm.donor.erased.v1", donorId, data);
        }
        await().atMost(Duration.ofSeconds(15)).until(() -> QuarkusTransaction.requiringNew().call(() ->
                entityManager.find(Mandate.class, id).debtorIban == null));
        given().auth().oauth2(TestTokens.forRoles("finance")).when().get("/api/v1/mandates/" + id)
                .then().statusCode(200)
                .body("debtorName", equalTo(null))
                .body("debtorIban", equalTo(null))
                .body("status", equalTo("CANCELLED"))
                .body("statusReason", equalTo("donor erased"))
                .body("amount", equalTo("5.00"));
    }

    private String withHistory(String ref, LocalDate signed, LocalDate lastCollection) {
        return given().auth().oauth2(TestTokens.forRoles("finance")).contentType(ContentType.JSON)
                .body("""
                        {"donorId":"%s","reference":"%s","signatureDate":"%s","debtorName":"B. Jansen",
                         "debtorIban":"NL20INGB0001234567","amount":"7.00","frequency":"MONTHLY",
                         "firstCollectionDate":"%s","lastCollectionDate":%s}
                        """.formatted(donorId, ref, signed, signed.plusDays(14),
                        lastCollection == null ? "null" : "\"" + lastCollection + "\""))
                .when().post("/api/v1/mandates")
                .then().statusCode(201).extract().path("id");
    }

    private long mandatesOf(String donor) {
        return QuarkusTransaction.requiringNew().call(() -> entityManager
                .createQuery("select count(m) from Mandate m where m.donorId = :d", Long.class)
                .setParameter("d", donor).getSingleResult());
    }

    private TopicReader.Read published(String subject, String type) {
        List<TopicReader.Read> found = await().atMost(Duration.ofSeconds(15)).until(() -> TopicReader.find(
                bootstrapServers, "crm.gifts", r -> subject.equals(r.header("ce_subject"))
                        && type.equals(r.header("ce_type"))), l -> !l.isEmpty());
        assertThat(found).hasSize(1);
        return found.get(0);
    }
}
