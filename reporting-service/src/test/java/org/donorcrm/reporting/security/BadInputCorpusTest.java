package org.donorcrm.reporting.security;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.donorcrm.testing.TestTokens;
import org.donorcrm.testing.badinput.BadInput;
import org.donorcrm.testing.badinput.BadInputCorpus;
import org.donorcrm.testing.badinput.Hostile;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bad-input corpus (docs/security.md, "Bad input"): every operation of this service that takes input,
 * sent its malformed and hostile variants with a token of an allowed role, answers 4xx problem+json, never
 * 2xx or 5xx, and stores and publishes nothing. The actual-cost CSV upload gets its own cases, against a
 * budget of 2098 with the cost line BAD-INPUT, so that a row is refused for what is wrong in it and not for an
 * unknown cost line.
 */
@QuarkusTest
class BadInputCorpusTest {

    private static final String UPLOAD = "POST /api/v1/costs/csv";
    private static final String BUDGET = """
            {"plannedReserveAddition":"0.00",
             "incomeLines":[{"incomeCategory":"INDIVIDUALS","earmarkClass":"UNEARMARKED","amount":"1200.00"}],
             "costLines":[{"code":"BAD-INPUT","name":"Bad input","werkorganisatie":true,"amount":"12000.00"}]}""";

    @TestHTTPResource("/")
    URI baseUri;

    @Inject
    DataSource database;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String kafka;

    @Test
    void everyHostileInputIsRefusedWithAProblemAndNothingIsStored() {
        // before the corpus's first snapshot: the budget the CSV rows are posted against
        given().auth().oauth2(TestTokens.forRoles("finance")).contentType(ContentType.JSON).body(BUDGET)
                .when().put("/api/v1/budgets/2098").then().statusCode(org.hamcrest.Matchers.oneOf(200, 201));

        BadInputCorpus.Report report = BadInputCorpus.of("reporting-service", baseUri)
                .store(database, kafka)
                .with(costFiles())
                .run();

        System.out.println("reporting-service bad-input corpus: " + report);
        assertThat(report.casesPerOperation()).containsKeys("PUT /api/v1/budgets/{year}", "PUT /api/v1/targets/{year}",
                "PUT /api/v1/reserve-ledger/{year}", "PUT /api/v1/costs/{year}/{month}/{costLine}", "POST /api/v1/closes",
                "GET /api/v1/figures/unearmarked-share", "GET /api/v1/audit");
        // 4 generated (empty, binary, JSON, the wrong content type) + the 20 cost files above
        assertThat(report.casesPerOperation().get(UPLOAD)).isEqualTo(4 + 20);
    }

    private static List<BadInput> costFiles() {
        String header = "year,month,costLine,amount\n";
        List<BadInput> cases = new ArrayList<>();
        cases.add(csv("a formula in the cost line", header + "2098,1," + Hostile.CSV_FORMULA + ",10.00\n"));
        cases.add(csv("a DDE formula in the amount", header + "2098,1,BAD-INPUT," + Hostile.CSV_FORMULA_DDE + "\n"));
        cases.add(csv("a formula in the year", header + "=1+2097,1,BAD-INPUT,10.00\n"));
        cases.add(csv("an SQL injection in the cost line", header + "2098,1," + Hostile.SQL_INJECTION + ",10.00\n"));
        cases.add(csv("a script in the cost line", header + "2098,1," + Hostile.SCRIPT + ",10.00\n"));
        cases.add(csv("a row with fewer columns", header + "2098,1,BAD-INPUT\n"));
        cases.add(csv("a row with more columns", header + "2098,1,BAD-INPUT,10.00,20.00\n"));
        cases.add(csv("a header without the columns", "jaar,maand,kostenpost,bedrag\n2098,1,BAD-INPUT,10.00\n"));
        cases.add(csv("a header only", header));
        cases.add(csv("an amount with three decimals", header + "2098,1,BAD-INPUT,12.345\n"));
        cases.add(csv("an amount of 30 digits", header + "2098,1,BAD-INPUT," + Hostile.THIRTY_DIGITS + "\n"));
        cases.add(csv("an amount of 30 digits and two decimals",
                header + "2098,1,BAD-INPUT," + Hostile.THIRTY_DIGITS + ".00\n"));
        cases.add(csv("a negative amount", header + "2098,1,BAD-INPUT,-10.00\n"));
        cases.add(csv("an amount that reads two ways (1.234)", header + "2098,1,BAD-INPUT,1.234\n"));
        cases.add(csv("month 13", header + "2098,13,BAD-INPUT,10.00\n"));
        cases.add(csv("a year of 20 digits", header + "99999999999999999999,1,BAD-INPUT,10.00\n"));
        cases.add(csv("an unterminated quote", header + "2098,1,\"BAD-INPUT,10.00\n"));
        cases.add(csv("a good row and a bad one (all or nothing)", header + "2098,1,BAD-INPUT,10.00\n2098,2,BAD-INPUT,x\n"));
        cases.add(new BadInput(UPLOAD, "Latin-1 bytes (not UTF-8) in a cell", "POST", "/api/v1/costs/csv", "text/csv",
                (header + "2098,1,BAD-INPUT-\u00c9,10.00\n").getBytes(StandardCharsets.ISO_8859_1),
                BadInput.Expect.REJECTED, java.util.Set.of(400), null));
        cases.add(csv("a 5 MB cost line", header + "2098,1," + Hostile.repeat('A', Hostile.SEVERAL_MB) + ",10.00\n"));
        return cases;
    }

    private static BadInput csv(String name, String csv) {
        return BadInput.rejected(UPLOAD, name, "POST", "/api/v1/costs/csv", "text/csv",
                csv.getBytes(StandardCharsets.UTF_8)).withStatuses(400);
    }
}
