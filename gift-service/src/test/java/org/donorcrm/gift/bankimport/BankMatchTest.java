package org.donorcrm.gift.bankimport;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.HttpClientConfig;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.donorcrm.gift.replica.DonorReplica;
import org.donorcrm.gift.support.DonorLookupStub;
import org.donorcrm.gift.support.Replicas;
import org.donorcrm.testing.TestTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.donorcrm.gift.bankimport.BankImportResourceTest.randomIban;
import static org.donorcrm.gift.bankimport.Statements.Line;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

/**
 * The matching of credits by the IBANs on donors' records and by donor numbers in the text, with donor-service's
 * lookup played by {@link DonorLookupStub} (which checks gift-service's own service token): each path in its place
 * of the order, noisy texts that book nobody wrongly, joint accounts, a changed IBAN, an erased donor, donor-service
 * down during an import, and the match rate of a realistic statement.
 */
@QuarkusTest
class BankMatchTest {

    private static final String BOOKED = "2026-12-07";

    @Inject
    Replicas replicas;

    @Inject
    EntityManager entityManager;

    @Inject
    ToMatchRetry retry;

    @BeforeEach
    void funds() {
        replicas.standardFunds();
        DonorLookupStub.down(false);
    }

    @AfterEach
    void up() {
        DonorLookupStub.down(false);
    }

    @Test
    @TestSecurity(user = "femke", roles = "finance")
    void anAccountOnADonorsRecordComesBeforeAKnownAccountAndAChangedIbanMatchesOnlyByItsNewValue() {
        String anna = replicas.individual();
        String bert = replicas.individual();
        String carla = replicas.individual();
        String annasIban = randomIban();
        String bertsConfirmed = randomIban();
        String carlasOld = randomIban();
        String carlasNew = randomIban();
        DonorLookupStub.holds(annasIban, anna);
        // finance once confirmed Anna's account as Bert's: the record in donor-service comes first
        knownAccount(annasIban, bert);
        knownAccount(bertsConfirmed, bert);
        // Carla changed her IBAN in donor-service: only the new one is on her record now
        DonorLookupStub.holds(carlasOld, carla);
        DonorLookupStub.heldByNobody(carlasOld);
        DonorLookupStub.holds(carlasNew, carla);
        int tokensBefore = DonorLookupStub.tokensIssued();
        int callsBefore = DonorLookupStub.calls().size();

        String ref = "REC-" + UUID.randomUUID();
        String statement = upload(Statements.camt(ref, "0.00", List.of(
                Line.credit("10.00", BOOKED, ref + "-1", annasIban, "gift"),
                Line.credit("11.00", BOOKED, ref + "-2", carlasNew, "maandgift"),
                Line.credit("12.00", BOOKED, ref + "-3", carlasOld, "maandgift"),
                Line.credit("13.00", BOOKED, ref + "-4", bertsConfirmed, "gift"))));

        List<Map<String, Object>> lines = entries(statement);
        assertLine(lines.get(0), "MATCHED", anna, "matched by account on the donor's record");
        assertLine(lines.get(1), "MATCHED", carla, "matched by account on the donor's record");
        assertLine(lines.get(2), "REVIEW", null,
                "no donor found by end-to-end id, mandate reference, account or remittance text");
        assertLine(lines.get(3), "MATCHED", bert, "matched by account confirmed by finance earlier");
        // one batched call for the whole statement, with gift-service's own token of the role donor-lookup
        assertThat(DonorLookupStub.calls().size() - callsBefore).isEqualTo(1);
        assertThat(DonorLookupStub.calls().get(DonorLookupStub.calls().size() - 1)).containsExactly(4, 0);
        assertThat(DonorLookupStub.rolesSeen()).containsOnly("donor-lookup");
        assertThat(DonorLookupStub.tokensIssued() - tokensBefore).isLessThanOrEqualTo(1);

        // the reasons in Dutch and in English
        String dutch = page("/bank/statements/" + statement, "nl");
        assertThat(dutch).contains("gekoppeld via rekening op de kaart van de donateur")
                .contains("gekoppeld via rekening die financiën eerder bevestigde");
        assertThat(page("/bank/statements/" + statement, "en"))
                .contains("matched by account on the donor&#39;s record")
                .contains("matched by account confirmed by finance earlier");
    }

    @Test
    @TestSecurity(user = "femke", roles = "finance")
    void noisyRemittanceTextsBookNobodyWronglyAndADonorNumberAmongNoiseBooksItsDonor() {
        Map<Long, String> traps = new LinkedHashMap<>();
        for (long number : NoisyTexts.TRAPS) {
            String trap = replicas.individual();
            traps.put(number, trap);
            DonorLookupStub.number(number, trap);
        }
        String donor = replicas.individual();
        long number = DonorLookupStub.nextNumber();
        DonorLookupStub.number(number, donor);

        String ref = "NOISE-" + UUID.randomUUID();
        List<Line> credits = new ArrayList<>();
        int n = 0;
        for (String text : NoisyTexts.NOBODY) {
            credits.add(Line.credit(amount(++n), BOOKED, ref + "-" + n, randomIban(), text));
        }
        for (String text : NoisyTexts.NAMED) {
            credits.add(Line.credit(amount(++n), BOOKED, ref + "-" + n, randomIban(), text.formatted(number)));
        }
        String statement = upload(Statements.camt(ref, "0.00", credits));

        List<Map<String, Object>> lines = entries(statement);
        assertThat(lines).hasSize(NoisyTexts.NOBODY.size() + NoisyTexts.NAMED.size());
        for (int i = 0; i < NoisyTexts.NOBODY.size(); i++) {
            assertLine(lines.get(i), "REVIEW", null,
                    "no donor found by end-to-end id, mandate reference, account or remittance text");
        }
        for (int i = NoisyTexts.NOBODY.size(); i < lines.size(); i++) {
            assertLine(lines.get(i), "MATCHED", donor, "matched by donor number in the remittance text");
        }
        // zero wrong bookings: no gift for any donor whose number the noise holds
        assertThat(giftsOf(List.copyOf(traps.values()))).isZero();
        assertThat(giftsOf(List.of(donor))).isEqualTo(NoisyTexts.NAMED.size());
        assertThat(page("/bank/statements/" + statement, "nl"))
                .contains("gekoppeld via relatienummer in de omschrijving");
    }

    @Test
    @TestSecurity(user = "femke", roles = "finance")
    void aJointAccountGoesToReviewWithEveryHolderSuggestedUnlessTheTextNamesOneHoldersNumber() {
        String piet = replicas.individual("Piet Gezamenlijk");
        String quinta = replicas.individual("Quinta Gezamenlijk");
        String other = replicas.individual();
        long pietsNumber = DonorLookupStub.nextNumber();
        long quintasNumber = DonorLookupStub.nextNumber();
        long othersNumber = DonorLookupStub.nextNumber();
        DonorLookupStub.number(pietsNumber, piet);
        DonorLookupStub.number(quintasNumber, quinta);
        DonorLookupStub.number(othersNumber, other);
        String joint = randomIban();
        DonorLookupStub.holds(joint, piet, quinta);

        String ref = "JOINT-" + UUID.randomUUID();
        String statement = upload(Statements.camt(ref, "0.00", List.of(
                Line.credit("20.00", BOOKED, ref + "-1", joint, "gift rel.nr " + quintasNumber),
                Line.credit("21.00", BOOKED, ref + "-2", joint, "gift"),
                // a number of someone who does not hold the account decides nothing
                Line.credit("22.00", BOOKED, ref + "-3", joint, "relatie " + othersNumber))));

        List<Map<String, Object>> lines = entries(statement);
        assertLine(lines.get(0), "MATCHED", quinta, "matched by donor number of one holder of a joint account");
        assertLine(lines.get(1), "REVIEW", null, "account held by more than one donor: choose the holder");
        assertThat(lines.get(1).get("suggestedDonorIds")).isEqualTo(List.of(piet, quinta));
        assertLine(lines.get(2), "REVIEW", null, "account held by more than one donor: choose the holder");
        assertThat(lines.get(2).get("suggestedDonorIds")).isEqualTo(List.of(piet, quinta));
        assertThat(giftsOf(List.of(other))).isZero();

        String entry = (String) lines.get(1).get("id");
        given().when().get("/bank/entries/" + entry).then().statusCode(200)
                .body(containsString("rekening van meer dan één donateur (gezamenlijke rekening): kies de rekeninghouder"))
                .body(containsString("<h2 class=\"h5\">Voorgestelde donateurs</h2>"))
                .body(containsString("<a href=\"http://127.0.0.1:8081/donors/" + piet + "\">Piet Gezamenlijk</a>"))
                .body(containsString("<a href=\"http://127.0.0.1:8081/donors/" + quinta + "\">Quinta Gezamenlijk</a>"))
                .body(containsString("<span class=\"text-muted\">· gezamenlijke rekening</span>"))
                .body(containsString("<button class=\"btn btn-sm btn-outline-primary ms-1\" type=\"submit\" "
                        + "name=\"donorId\" value=\"" + piet + "\">Koppelen</button>"))
                // the third credit of the joint account waits too (the first was booked by the holder's number)
                .body(containsString("ook de andere wachtende bijschrijving van deze rekening"));
        given().cookie("crm-lang", "en").when().get("/bank/entries/" + entry).then().statusCode(200)
                .body(containsString("account of more than one donor (joint account): choose the holder"))
                .body(containsString("<h2 class=\"h5\">Suggested donors</h2>"))
                .body(containsString("· joint account</span>"))
                .body(containsString(">Assign</button>"));

        ImportJobs.form().formParam("donorId", piet).when().post("/bank/entries/" + entry + "/assignment")
                .then().statusCode(303).header("Location", containsString("/bank/entries/" + entry));
        given().when().get("/bank/entries/" + entry).then().statusCode(200)
                .body(containsString("<span class=\"badge text-bg-secondary align-middle\">toegewezen</span>"))
                .body(not(containsString("Voorgestelde donateurs")));
        assertThat(giftsOf(List.of(piet))).isEqualTo(1);
        assertThat(giftsOf(List.of(quinta))).isEqualTo(1);

        // finance books the third credit to Quinta and has the account remembered: from then on the joint account's
        // credits without a holder's number go to her (the known-account learning), no longer to review
        given().contentType("application/json")
                .body("{\"donorId\":\"" + quinta + "\",\"rememberAccount\":true}")
                .when().post("/api/v1/bank-entries/" + lines.get(2).get("id") + "/assignment")
                .then().statusCode(200).body("status", equalTo("ASSIGNED")).body("suggestedDonorIds.size()", equalTo(0));
        String later = "JOINT-" + UUID.randomUUID();
        List<Map<String, Object>> next = entries(upload(Statements.camt(later, "0.00", List.of(
                Line.credit("23.00", BOOKED, later + "-1", joint, "gift"),
                Line.credit("24.00", BOOKED, later + "-2", joint, "gift relatienummer " + pietsNumber)))));
        assertLine(next.get(0), "MATCHED", quinta, "matched by account confirmed by finance earlier");
        assertLine(next.get(1), "MATCHED", piet, "matched by donor number of one holder of a joint account");
    }

    @Test
    void anErasedDonorIsNoLongerMatchedByAccountNorByNumber() {
        String erin = replicas.individual();
        String erinsIban = randomIban();
        long erinsNumber = DonorLookupStub.nextNumber();
        DonorLookupStub.holds(erinsIban, erin);
        DonorLookupStub.number(erinsNumber, erin);
        String before = "ERASE-" + UUID.randomUUID();
        List<Map<String, Object>> first = entries(upload(Statements.camt(before, "0.00", List.of(
                Line.credit("30.00", BOOKED, before + "-1", erinsIban, "gift")))));
        assertLine(first.get(0), "MATCHED", erin, "matched by account on the donor's record");

        // donor-service erases her: her IBAN is blanked and her number finds nobody; the replica learns it
        replicas.erase(erin);
        DonorLookupStub.erased(erin);
        // a donor whose erasure donor-service's lookup has not caught up with: the replica's word is enough
        String frits = replicas.individual();
        String fritsIban = randomIban();
        DonorLookupStub.holds(fritsIban, frits);
        replicas.erase(frits);

        String after = "ERASE-" + UUID.randomUUID();
        List<Map<String, Object>> second = entries(upload(Statements.camt(after, "0.00", List.of(
                Line.credit("31.00", BOOKED, after + "-1", erinsIban, "gift"),
                Line.credit("32.00", BOOKED, after + "-2", randomIban(), "relatienummer " + erinsNumber),
                Line.credit("33.00", BOOKED, after + "-3", fritsIban, "gift")))));
        for (Map<String, Object> line : second) {
            assertLine(line, "REVIEW", null,
                    "no donor found by end-to-end id, mandate reference, account or remittance text");
        }
        assertThat(giftsOf(List.of(erin))).isEqualTo(1);
        assertThat(giftsOf(List.of(frits))).isZero();
    }

    @Test
    @TestSecurity(user = "femke", roles = "finance")
    void creditsWaitAsToMatchWhileDonorServiceIsDownAndAreMatchedOnceItAnswers() {
        String wim = replicas.individual();
        String vera = replicas.individual();
        String wimsIban = randomIban();
        long verasNumber = DonorLookupStub.nextNumber();
        DonorLookupStub.holds(wimsIban, wim);
        DonorLookupStub.number(verasNumber, vera);
        DonorLookupStub.down(true);

        // uploaded on the screen: the import job's summary says what waits
        String ref = "DOWN-" + UUID.randomUUID();
        String job = ImportJobs.uploadCamt(Statements.camt(ref, "0.00", List.of(
                Line.credit("40.00", BOOKED, ref + "-1", wimsIban, "gift"),
                Line.credit("41.00", BOOKED, ref + "-2", null, "relatie " + verasNumber),
                Line.credit("42.00", BOOKED, ref + "-3", null, "voor de kinderen"))).getBytes(StandardCharsets.UTF_8));
        assertThat(ImportJobs.awaitSucceeded(job)).isEqualTo("Ingelezen: 1 afschrift met 3 bijschrijvingen "
                + "(€ 123,00), waarvan 0 als gift geboekt en 1 te beoordelen. 2 bijschrijvingen wachten op de "
                + "donateuradministratie en worden vanzelf gekoppeld zodra die antwoordt.");
        String statement = ImportJobs.statementOf(job);
        given().when().get("/api/v1/bank-statements/" + statement).then().statusCode(200)
                .body("byStatus.TO_MATCH.count", equalTo(2))
                .body("byStatus.TO_MATCH.total", equalTo("81.00"))
                .body("byStatus.REVIEW.count", equalTo(1))
                .body("byStatus.MATCHED.count", equalTo(0));
        List<Map<String, Object>> waiting = entries(statement);
        assertLine(waiting.get(0), "TO_MATCH", null,
                "waiting for donor-service: matched automatically once it answers");
        assertLine(waiting.get(1), "TO_MATCH", null,
                "waiting for donor-service: matched automatically once it answers");
        assertLine(waiting.get(2), "REVIEW", null,
                "no donor found by end-to-end id, mandate reference, account or remittance text");
        String dutch = page("/bank/statements/" + statement, "nl");
        assertThat(dutch).contains(">te matchen</a>")
                .contains("wacht op de donateuradministratie (donor-service): wordt vanzelf gekoppeld zodra die antwoordt")
                .contains("2 bijschrijvingen wachten op de donateuradministratie en worden vanzelf gekoppeld zodra die "
                        + "antwoordt.");
        assertThat(page("/bank/statements/" + statement, "en")).contains(">to match</a>")
                .contains("2 credits wait for the donor records and are matched automatically once donor-service "
                        + "answers.");

        // the retry runs every second (tests): while donor-service is down nothing changes
        await().pollDelay(Duration.ofMillis(2500)).atMost(Duration.ofSeconds(5)).until(() -> true);
        assertThat(statuses(statement)).containsExactly("TO_MATCH", "TO_MATCH", "REVIEW");

        DonorLookupStub.down(false);
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200))
                .until(() -> statuses(statement).equals(List.of("MATCHED", "MATCHED", "REVIEW")));
        List<Map<String, Object>> matched = entries(statement);
        assertLine(matched.get(0), "MATCHED", wim, "matched by account on the donor's record");
        assertLine(matched.get(1), "MATCHED", vera, "matched by donor number in the remittance text");
        // booked once, also after further rounds of the retry
        await().pollDelay(Duration.ofMillis(2500)).atMost(Duration.ofSeconds(5)).until(() -> true);
        assertThat(giftsOf(List.of(wim))).isEqualTo(1);
        assertThat(giftsOf(List.of(vera))).isEqualTo(1);
        assertThat(page("/bank/statements/" + statement, "nl")).doesNotContain("wachten op de donateuradministratie");
    }

    @Test
    void aWaitingCreditHeldByOneReplicaIsSkippedByTheOthersAndBookedOnce() throws Exception {
        String wanda = replicas.individual();
        String wandasIban = randomIban();
        DonorLookupStub.holds(wandasIban, wanda);
        DonorLookupStub.down(true);
        String ref = "LOCK-" + UUID.randomUUID();
        String statement = upload(Statements.camt(ref, "0.00", List.of(
                Line.credit("50.00", BOOKED, ref + "-1", wandasIban, "gift"))));
        assertThat(statuses(statement)).containsExactly("TO_MATCH");

        // another replica's round holds the waiting credit (its row lock) while donor-service answers again
        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService otherReplica = Executors.newSingleThreadExecutor();
        try {
            Future<?> round = otherReplica.submit(() -> QuarkusTransaction.requiringNew().run(() -> {
                entityManager.createNativeQuery("select id from bank_entry where statement_id = :s for update")
                        .setParameter("s", statement).getResultList();
                held.countDown();
                try {
                    release.await(20, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
            assertThat(held.await(10, TimeUnit.SECONDS)).isTrue();
            DonorLookupStub.down(false);
            // this replica skips the locked credit at once instead of waiting for it or booking it too
            long started = System.nanoTime();
            assertThat(retry.matchWaiting()).isZero();
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
            assertThat(statuses(statement)).containsExactly("TO_MATCH");
            release.countDown();
            round.get(20, TimeUnit.SECONDS);
        } finally {
            release.countDown();
            otherReplica.shutdownNow();
        }
        // released: the next round (the schedule's, every second in the tests) books it, once
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200))
                .until(() -> statuses(statement).equals(List.of("MATCHED")));
        assertThat(retry.matchWaiting()).isZero();
        assertThat(giftsOf(List.of(wanda))).isEqualTo(1);
    }

    /**
     * The statement, scaled: of 1,000 credits, half come from accounts on donors' records, a quarter carry a
     * donor number in a noisy text (from an account nobody holds), a quarter neither (noise only). Matched: 750 of
     * 1,000 = 75.0 %, each to its own donor; donor-service is asked in calls of at most 500 accounts and numbers.
     */
    @Test
    void matchRateOfAStatementOfWhichHalfComesFromAccountsOnRecordAndAQuarterNamesADonorNumber() {
        int total = 1000;
        List<String> donors = replicaDonors(total * 3 / 4);
        String ref = "RATE-" + UUID.randomUUID();
        List<Line> credits = new ArrayList<>();
        Map<Integer, String> expected = new LinkedHashMap<>();
        for (int i = 0; i < total; i++) {
            String iban = randomIban();
            String text;
            if (i % 4 < 2) {
                String donor = donors.get(expected.size());
                DonorLookupStub.holds(iban, donor);
                expected.put(i, donor);
                text = "gift";
            } else if (i % 4 == 2) {
                String donor = donors.get(expected.size());
                long number = DonorLookupStub.nextNumber();
                DonorLookupStub.number(number, donor);
                expected.put(i, donor);
                text = NoisyTexts.NAMED.get(i % NoisyTexts.NAMED.size()).formatted(number);
            } else {
                text = NoisyTexts.NOBODY.get(i % NoisyTexts.NOBODY.size());
            }
            credits.add(Line.credit(amount(i + 1), BOOKED, ref + "-" + i, iban, text));
        }
        int callsBefore = DonorLookupStub.calls().size();

        // one request imports the thousand credits: given more than the tests' usual 30 s on a busy machine
        String statement = given().config(RestAssured.config().httpClient(HttpClientConfig.httpClientConfig()
                        .setParam("http.socket.timeout", 180_000)))
                .auth().oauth2(TestTokens.forRoles("finance")).contentType("application/xml")
                .body(Statements.camt(ref, "0.00", credits))
                .when().post("/api/v1/bank-statements")
                .then().statusCode(201)
                .body("statements[0].credits.count", equalTo(total))
                .body("statements[0].byStatus.MATCHED.count", equalTo(750))
                .body("statements[0].byStatus.REVIEW.count", equalTo(250))
                .extract().path("statements[0].id");

        List<Map<String, Object>> lines = entries(statement);
        int matched = 0;
        for (int i = 0; i < total; i++) {
            Map<String, Object> line = lines.get(i);
            assertThat(line.get("donorId")).as("line %d", i + 1).isEqualTo(expected.get(i));
            if ("MATCHED".equals(line.get("status"))) {
                matched++;
            }
        }
        BigDecimal rate = BigDecimal.valueOf(matched * 100L).divide(BigDecimal.valueOf(total), 1, RoundingMode.HALF_EVEN);
        System.out.println("bank match rate: " + matched + " of " + total + " credits = " + rate + " %");
        assertThat(rate).isEqualByComparingTo("75.0");
        // 1,000 accounts and 250 numbers: two calls, none over 500 of either
        List<int[]> calls = DonorLookupStub.calls().subList(callsBefore, DonorLookupStub.calls().size());
        assertThat(calls).hasSize(2);
        assertThat(calls).allSatisfy(c -> assertThat(c[0]).isLessThanOrEqualTo(500))
                .allSatisfy(c -> assertThat(c[1]).isLessThanOrEqualTo(500));
        assertThat(calls.stream().mapToInt(c -> c[0]).sum()).isEqualTo(total);
        assertThat(calls.stream().mapToInt(c -> c[1]).sum()).isEqualTo(250);
    }

    private static void assertLine(Map<String, Object> line, String status, String donorId, String reason) {
        assertThat(line.get("status")).as("status of line %s (%s)", line.get("line"), line.get("remittance"))
                .isEqualTo(status);
        assertThat(line.get("donorId")).as("donor of line %s (%s)", line.get("line"), line.get("remittance"))
                .isEqualTo(donorId);
        assertThat(line.get("matchReason")).as("reason of line %s", line.get("line")).isEqualTo(reason);
    }

    private static String upload(String xml) {
        // the statement's own bytes, UTF-8 as its declaration says ("€" stays "€")
        return given().auth().oauth2(TestTokens.forRoles("finance")).contentType("application/xml")
                .body(xml.getBytes(StandardCharsets.UTF_8))
                .when().post("/api/v1/bank-statements")
                .then().statusCode(201).extract().path("statements[0].id");
    }

    /** Every line of the statement, in order (pages of 500, the API's most). */
    private static List<Map<String, Object>> entries(String statement) {
        List<Map<String, Object>> all = new ArrayList<>();
        for (int page = 0; ; page++) {
            List<Map<String, Object>> items = given().auth().oauth2(TestTokens.forRoles("finance"))
                    .queryParam("size", 500).queryParam("page", page)
                    .when().get("/api/v1/bank-statements/" + statement + "/entries")
                    .then().statusCode(200).extract().jsonPath().getList("items");
            all.addAll(items);
            if (items.size() < 500) {
                return all;
            }
        }
    }

    private static List<String> statuses(String statement) {
        return entries(statement).stream().map(e -> (String) e.get("status")).toList();
    }

    /** A screen as the signed-in person (the test's {@code @TestSecurity}) sees it in this language. */
    private static String page(String path, String language) {
        return given().cookie("crm-lang", language).when().get(path).then().statusCode(200).extract().asString();
    }

    private long giftsOf(List<String> donorIds) {
        return QuarkusTransaction.requiringNew().call(() -> entityManager.createQuery(
                        "select count(g) from Gift g where g.donorId in :d", Long.class)
                .setParameter("d", donorIds).getSingleResult());
    }

    /** Donors the replica knows, written straight into it (a thousand registrations would take minutes). */
    private List<String> replicaDonors(int count) {
        List<String> ids = new ArrayList<>();
        QuarkusTransaction.requiringNew().run(() -> {
            for (int i = 0; i < count; i++) {
                DonorReplica donor = new DonorReplica();
                donor.donorId = UUID.randomUUID().toString();
                donor.kind = "INDIVIDUAL";
                donor.incomeCategory = "INDIVIDUALS";
                donor.status = DonorReplica.ACTIVE;
                donor.updatedAt = Instant.now();
                entityManager.persist(donor);
                ids.add(donor.donorId);
            }
        });
        return ids;
    }

    /** An account finance confirmed for a donor, as "remember this account" stores it (keyed hash only). */
    private void knownAccount(String iban, String donorId) {
        QuarkusTransaction.requiringNew().run(() -> {
            KnownAccount known = new KnownAccount();
            known.ibanHash = hash(iban);
            known.donorId = donorId;
            known.createdBy = "femke";
            known.createdAt = Instant.now();
            entityManager.persist(known);
        });
    }

    private static String hash(String iban) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec("test-pepper".getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(iban.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String amount(int n) {
        return BigDecimal.valueOf(n).add(new BigDecimal("0.25")).toPlainString();
    }
}
