package org.donorcrm.reporting.exports;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every export's column headers come from the message bundles: the same file asked in Dutch (the default) and in
 * English (the language cookie) has a header of as many columns, each in its language, and none the same in both but
 * the words that are (IBAN, codes). A header written in the code, in one language, fails here.
 */
@QuarkusTest
class ExportHeadersTest {

    /** Column names that are the same word in Dutch and English. */
    private static final Set<String> SAME_IN_EVERY_LANGUAGE = Set.of("IBAN", "Code", "Status", "Gift");

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"allocations.csv?year=2026", "lybunt.csv?asOf=2026-03-01", "sybunt.csv?asOf=2026-03-01",
            "campaign-results.csv?year=2026", "budget-income.csv?year=2026", "budget-costs.csv?year=2026",
            "reserve.csv?year=2026", "monthly-income.csv?year=2026"})
    @TestSecurity(user = "femke", roles = "finance")
    void theHeaderOfEveryExportIsInTheLanguageAskedFor(String export) throws IOException {
        List<String> dutch = header(given().when().get("/exports/" + export).then().statusCode(200)
                .extract().asString());
        List<String> english = header(given().cookie("crm-lang", "en").when().get("/exports/" + export)
                .then().statusCode(200).extract().asString());

        assertThat(dutch).isNotEmpty().hasSameSizeAs(english);
        List<String> untranslated = new ArrayList<>();
        for (int i = 0; i < dutch.size(); i++) {
            if (dutch.get(i).equals(english.get(i)) && !SAME_IN_EVERY_LANGUAGE.contains(dutch.get(i))) {
                untranslated.add(dutch.get(i));
            }
        }
        assertThat(untranslated).as("headers of %s written the same in Dutch and English", export).isEmpty();
    }

    private static List<String> header(String csv) throws IOException {
        String body = csv.startsWith("\uFEFF") ? csv.substring(1) : csv;
        try (CSVParser parser = CSVParser.parse(new StringReader(body), CSVFormat.DEFAULT)) {
            return parser.getRecords().get(0).toList();
        }
    }
}
