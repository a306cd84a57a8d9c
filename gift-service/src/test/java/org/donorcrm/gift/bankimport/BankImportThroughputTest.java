package org.donorcrm.gift.bankimport;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.donorcrm.gift.sepa.SepaFixtures;
import org.donorcrm.gift.support.Replicas;
import org.donorcrm.testing.TestTokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The import throughput of a 100,000-line statement: half the credits come from the accounts of 50 donors'
 * mandates (matched: a gift each, with its history and event), half from unknown accounts (review queue).
 * A measurement, not part of the normal run: {@code ./mvnw -pl gift-service verify -Dtest=BankImportThroughputTest
 * -Dcrm.measure=true}.
 */
@QuarkusTest
@EnabledIfSystemProperty(named = "crm.measure", matches = "true")
class BankImportThroughputTest {

    private static final int LINES = Integer.getInteger("crm.measure.lines", 100_000);

    @Inject
    Replicas replicas;

    @Inject
    BankImportService imports;

    @Inject
    EntityManager entityManager;

    @Test
    void aHundredThousandLineStatementImportsAndItsCreditsAddUp() {
        replicas.standardFunds();
        List<String> ibans = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            String iban = BankImportResourceTest.randomIban();
            ibans.add(iban);
            given().auth().oauth2(TestTokens.forRoles("finance")).contentType(ContentType.JSON)
                    .body(SepaFixtures.mandateJson(replicas.individual(), SepaFixtures.reference("PERF"), "10.00",
                            "MONTHLY", SepaFixtures.dueIn(26)).replace(SepaFixtures.OTHER_IBAN, iban))
                    .when().post("/api/v1/mandates").then().statusCode(201);
        }
        String id = "PERF-" + UUID.randomUUID();
        List<Statements.Line> lines = new ArrayList<>(LINES);
        for (int i = 0; i < LINES; i++) {
            String iban = i % 2 == 0 ? ibans.get(i % ibans.size()) : BankImportResourceTest.randomIban();
            lines.add(Statements.Line.credit("10.00", "2026-03-02", id + "-" + i, iban, "gift " + i));
        }
        byte[] xml = Statements.camt(id, "0.00", lines).getBytes(StandardCharsets.UTF_8);

        long start = System.nanoTime();
        BankImportService.Imported imported = imports.importCamt(new ByteArrayInputStream(xml), "perf");
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("THROUGHPUT %d lines (%d MB) imported in %.1f s: %.0f lines/s%n", LINES,
                xml.length / 1_000_000, seconds, LINES / seconds);

        String statementId = imported.statements().get(0).id;
        var totals = QuarkusTransaction.requiringNew().call(() -> imports.totalsByStatus(statementId));
        // half of the lines at 10.00 each are matched, half wait for review
        assertThat((Long) totals.get(EntryStatus.MATCHED)[0]).isEqualTo(LINES / 2);
        assertThat((Long) totals.get(EntryStatus.REVIEW)[0]).isEqualTo(LINES / 2);
    }
}
