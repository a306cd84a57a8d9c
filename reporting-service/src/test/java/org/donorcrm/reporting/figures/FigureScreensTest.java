package org.donorcrm.reporting.figures;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.donorcrm.reporting.donornames.DonorNames;
import org.donorcrm.reporting.donornames.DonorShown;
import org.donorcrm.reporting.ledger.TestEvents;
import org.donorcrm.testing.TestTokens;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.donorcrm.reporting.ledger.TestEvents.alloc;
import static org.donorcrm.reporting.ledger.TestEvents.id;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

/**
 * The figures' screens behind the dashboard (the allocations behind a figure, LYBUNT and SYBUNT) and the exports. Data set: individual donor A gave 120.00 unearmarked on
 * 2066-06-01 and nothing in 2067; individual donor B gave 80.00 to PRJ-DTZ on 2067-02-01. donor-service is
 * replaced by a fake that knows A as "Anna Jansen", so the test sees who is given names at view time.
 */
@QuarkusTest
class FigureScreensTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private static String donorA;
    private static String donorB;
    private static final List<String> LOOKUPS = new ArrayList<>();
    /** The donor ids asked for by number and kind (a director's screens). */
    private static final List<String> REFERENCES = new ArrayList<>();
    /** Each call to donor-service for names, with the ids it asked for. */
    private static final List<List<String>> CALLS = new ArrayList<>();
    /** 51 donors who gave 1.00, 2.00, … 51.00 in 2075 and nothing in 2076. */
    private static final List<String> LAPSED = new ArrayList<>();

    /** donor-service as the screens see it: a name for donor A, for the roles that may see personal data. */
    static class FakeDonorNames extends DonorNames {
        FakeDonorNames() {
            super("http://127.0.0.1:9");
        }

        @Override
        public Map<String, DonorShown> of(Collection<String> donorIds, SecurityIdentity identity) {
            Map<String, DonorShown> shown = new java.util.HashMap<>();
            if (!maySee(identity)) {
                // donor-service's answer to a director: number and kind, no name
                REFERENCES.addAll(donorIds);
                if (donorIds.contains(donorA)) {
                    shown.put(donorA, new DonorShown(null, 100234L, "INDIVIDUAL"));
                }
                return shown;
            }
            LOOKUPS.addAll(donorIds);
            CALLS.add(List.copyOf(donorIds));
            if (donorIds.contains(donorA)) {
                shown.put(donorA, new DonorShown("Anna Jansen", 100234L, null));
            }
            for (int i = 0; i < LAPSED.size(); i++) {
                if (donorIds.contains(LAPSED.get(i))) {
                    shown.put(LAPSED.get(i), new DonorShown("Donor " + (i + 1) + " Jansen", 100300L + i, null));
                }
            }
            return shown;
        }
    }

    @BeforeEach
    void dataSet() {
        QuarkusMock.installMockForType(new FakeDonorNames(), DonorNames.class);
        LOOKUPS.clear();
        REFERENCES.clear();
        CALLS.clear();
        if (donorA != null) {
            return;
        }
        donorA = id();
        donorB = id();
        try (TestEvents events = new TestEvents(bootstrapServers)) {
            events.donorRegistered(donorA, "INDIVIDUAL", "INDIVIDUALS", null);
            events.donorRegistered(donorB, "INDIVIDUAL", "INDIVIDUALS", null);
            events.giftRecorded(id(), donorA, "2066-06-01", "120.00", null, null,
                    alloc(1, "UNEARMARKED", "ALG", "120.00"));
            events.giftRecorded(id(), donorB, "2067-02-01", "80.00", null, null,
                    alloc(1, "PROJECT", "PRJ-DTZ", "80.00"));
            for (int i = 1; i <= 51; i++) {
                String donor = id();
                LAPSED.add(donor);
                events.donorRegistered(donor, "INDIVIDUAL", "INDIVIDUALS", null);
                events.giftRecorded(id(), donor, "2075-05-01", i + ".00", null, null,
                        alloc(1, "UNEARMARKED", "ALG", i + ".00"));
            }
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth()
                .oauth2(TestTokens.forRoles("director")).when().get("/api/v1/figures/private-donors?year=2075")
                .then().body("privateIncome", equalTo("1326.00"))); // 1 + 2 + … + 51 = 51 × 52 / 2
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().auth()
                .oauth2(TestTokens.forRoles("director")).when().get("/api/v1/figures/private-donors?year=2067")
                .then().body("privateIncome", equalTo("80.00")));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().auth()
                .oauth2(TestTokens.forRoles("director")).when().get("/api/v1/figures/private-donors?year=2066")
                .then().body("privateIncome", equalTo("120.00")));
    }

    @Test
    @TestSecurity(user = "fenna", roles = "fundraiser")
    void aFundraiserOpensAFigureToItsAllocationsWithTheDonorsNamesFetchedAtViewTime() {
        given().when().get("/figures/allocations?year=2066&earmarkClass=UNEARMARKED").then().statusCode(200)
                .body(containsString("1 regel, som € 120,00"))
                .body(containsString(">Anna Jansen</a>"))
                .body(containsString("/donors/" + donorA))
                .body(containsString("/exports/allocations.csv?year=2066&amp;earmarkClass=UNEARMARKED"));
        assertThat(CALLS).containsExactly(List.of(donorA));
    }

    @Test
    @TestSecurity(user = "dirk", roles = "director")
    void aDirectorSeesDonorNumbersAndKindsAndNoNameIsAskedFor() {
        given().when().get("/figures/allocations?year=2066").then().statusCode(200)
                .body(containsString("<td>nr. 100234 · particulier</td>"))
                .body(not(containsString("Anna Jansen")))
                .body(not(containsString(donorA)))
                .body(containsString("voor uw rol niet getoond"))
                .body(containsString(">ongeoormerkt</td>"));
        given().cookie("crm-lang", "en").when().get("/figures/allocations?year=2066").then().statusCode(200)
                .body(containsString("Allocations behind the figure"))
                .body(containsString("1 row, sum € 120,00"))
                .body(containsString(">unearmarked</td>"))
                .body(containsString("<td>no. 100234 · individual</td>"))
                .body(containsString("not shown for your role"));
        assertThat(LOOKUPS).isEmpty();
        assertThat(REFERENCES).containsExactly(donorA, donorA);
    }

    @Test
    @TestSecurity(user = "fenna", roles = "fundraiser")
    void theLybuntListShowsTheDonorsNamesLinkedToTheirPages() {
        // as of 2067-03-01: A gave in 2066 (120.00) and not yet in 2067; B gave in 2067
        given().when().get("/lists/lybunt?asOf=2067-03-01").then().statusCode(200)
                .body(containsString("LYBUNT per 01-03-2067: 1 donateur"))
                .body(containsString("<a href=\"http://127.0.0.1:8081/donors/" + donorA + "\">Anna Jansen</a>"))
                .body(containsString("120,00"))
                .body(containsString("Donateurs 1–1 van 1"))
                .body(not(containsString(">Volgende</a>")))
                .body(not(containsString("voor uw rol niet getoond")))
                .body(not(containsString(donorB)));
        assertThat(CALLS).containsExactly(List.of(donorA));
    }

    @Test
    @TestSecurity(user = "dirk", roles = "director")
    void aDirectorSeesTheLybuntListByDonorNumberAndKind() {
        given().when().get("/lists/lybunt?asOf=2067-03-01").then().statusCode(200)
                .body(containsString("<td>nr. 100234 · particulier</td>"))
                .body(not(containsString("Anna Jansen")))
                .body(not(containsString(donorA)))
                .body(containsString("voor uw rol niet getoond"));
        given().cookie("crm-lang", "en").when().get("/lists/lybunt?asOf=2067-03-01").then().statusCode(200)
                .body(containsString("LYBUNT: gave last year, not yet this year"))
                .body(containsString("LYBUNT as of 01-03-2067: 1 donor"))
                .body(containsString("Donors 1–1 of 1"))
                .body(containsString("not shown for your role"));
        assertThat(LOOKUPS).isEmpty();
    }

    @Test
    @TestSecurity(user = "femke", roles = "finance")
    void theLybuntListComesInPagesOfFiftyWithTheNamesOfAPageFetchedInOneCall() {
        // as of 2076-02-01 the 51 donors of 2075 are LYBUNT, the largest amount first: 51.00, 50.00, …, 1.00
        String first = given().when().get("/lists/lybunt?asOf=2076-02-01").then().statusCode(200)
                .body(containsString("LYBUNT per 01-02-2076: 51 donateurs"))
                .body(containsString("Donateurs 1–50 van 51"))
                .body(containsString(">Donor 51 Jansen</a>"))
                .body(containsString(">Donor 2 Jansen</a>"))
                .body(not(containsString(">Donor 1 Jansen</a>")))
                .body(containsString("href=\"/lists/lybunt?asOf=2076-02-01&amp;page=1\">Volgende</a>"))
                .body(not(containsString(">Vorige</a>")))
                .extract().asString();
        assertThat(first.split("<tr>").length - 2).isEqualTo(50); // rows of the body, less the header's
        assertThat(CALLS).hasSize(1);
        assertThat(CALLS.get(0)).hasSize(50).containsAll(LAPSED.subList(1, 51));

        CALLS.clear();
        given().when().get("/lists/lybunt?asOf=2076-02-01&page=1").then().statusCode(200)
                .body(containsString("Donateurs 51–51 van 51"))
                .body(containsString("<a href=\"http://127.0.0.1:8081/donors/" + LAPSED.get(0)
                        + "\">Donor 1 Jansen</a>"))
                .body(containsString("1,00"))
                .body(not(containsString(">Donor 2 Jansen</a>")))
                .body(containsString("href=\"/lists/lybunt?asOf=2076-02-01&amp;page=0\">Vorige</a>"))
                .body(not(containsString(">Volgende</a>")));
        assertThat(CALLS).containsExactly(List.of(LAPSED.get(0)));

        // the export still holds every row, ids only
        String csv = given().when().get("/exports/lybunt.csv?asOf=2076-02-01").then().statusCode(200)
                .extract().asString();
        assertThat(csv.lines().count()).isEqualTo(52);
        assertThat(csv).doesNotContain("Jansen");
        given().when().get("/lists/lybunt?asOf=2076-02-01&page=-1").then().statusCode(400);
    }

    @Test
    @TestSecurity(user = "fenna", roles = "fundraiser")
    void aTableExportedAsCsvReadsBackWithTheSameRows() throws Exception {
        String csv = given().when().get("/exports/allocations.csv?year=2066").then().statusCode(200)
                .contentType(containsString("text/csv"))
                .header("Content-Disposition", containsString("allocations.csv"))
                .extract().asString();
        List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv)).getRecords();
        assertThat(rows).hasSize(1);
        // headers and codes in the language of the screen the export was asked from (Dutch here)
        assertThat(rows.get(0).get("Inkomstendatum")).isEqualTo("01-06-2066");
        assertThat(rows.get(0).get("Relatie")).isEqualTo(donorA); // ids only in files: no personal data
        assertThat(rows.get(0).get("Oormerk")).isEqualTo("ongeoormerkt");
        assertThat(rows.get(0).get("Bedrag")).isEqualTo("120.00");

        String lybunt = given().when().get("/exports/lybunt.csv?asOf=2067-03-01").then().statusCode(200)
                .extract().asString();
        List<CSVRecord> lapsed = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(lybunt)).getRecords();
        assertThat(lapsed).hasSize(1);
        assertThat(lapsed.get(0).get("Donateur")).isEqualTo(donorA);
        assertThat(lapsed.get(0).get("Netto bedrag dat jaar")).isEqualTo("120.00");
        String english = given().cookie("crm-lang", "en").when().get("/exports/allocations.csv?year=2066").then()
                .statusCode(200).extract().asString();
        List<CSVRecord> englishRows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(english)).getRecords();
        assertThat(englishRows.get(0).get("Earmark class")).isEqualTo("unearmarked");
        assertThat(englishRows.get(0).get("Amount")).isEqualTo("120.00");
    }

    @Test
    @TestSecurity(user = "femke", roles = "finance")
    void aTableExportedAsXlsxOpensInASpreadsheetWithNumbersForAmounts() throws Exception {
        byte[] xlsx = given().when().get("/exports/monthly-income.xlsx?year=2067").then().statusCode(200)
                .contentType(containsString("spreadsheetml"))
                .extract().asByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(3).getStringCellValue()).isEqualTo("Project (geoormerkt)");
            // row 2 = February 2067: 80.00 project, total 80.00
            assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).isEqualTo("2067-02");
            assertThat(sheet.getRow(2).getCell(3).getNumericCellValue()).isEqualTo(80.00);
            assertThat(sheet.getRow(2).getCell(4).getNumericCellValue()).isEqualTo(80.00);
            assertThat(sheet.getLastRowNum()).isEqualTo(12);
        }
        byte[] budget = given().when().get("/exports/budget-income.xlsx?year=2067").then().statusCode(200)
                .extract().asByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(budget))) {
            assertThat(workbook.getSheetAt(0).getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("Inkomstencategorie");
        }
    }
}
