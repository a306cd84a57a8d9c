package org.donorcrm.gift.security;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
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

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bad-input corpus (docs/security.md, "Bad input"): every operation of this service that takes input,
 * sent its malformed and hostile variants with a token of an allowed role, answers 4xx problem+json, never
 * 2xx or 5xx, and stores and publishes nothing. On top of the generated cases, the bank statement uploads get
 * their own: CAMT.053 files that look valid but for one thing, and online-donation CSV files.
 */
@QuarkusTest
class BadInputCorpusTest {

    private static final String CAMT = "POST /api/v1/bank-statements";
    private static final String CSV = "POST /api/v1/bank-statements/csv";
    private static final String CSV_URI = "/api/v1/bank-statements/csv?source=bad-input&date=date&amount=amount"
            + "&reference=reference&description=description";
    /** Ours (crm.bank.accounts), so a statement of it is refused only for what is wrong in it. */
    private static final String OURS = "NL91ABNA0417164300";

    @TestHTTPResource("/")
    URI baseUri;

    @Inject
    DataSource database;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String kafka;

    @Test
    void everyHostileInputIsRefusedWithAProblemAndNothingIsStored() {
        BadInputCorpus.Report report = BadInputCorpus.of("gift-service", baseUri)
                .store(database, kafka)
                .ownAccount(OURS)
                .bodyLimit(100L * 1024 * 1024) // quarkus.http.limits.max-body-size=100M (bank statements)
                .with(statementFiles())
                .run();

        System.out.println("gift-service bad-input corpus: " + report);
        assertThat(report.casesPerOperation()).containsKeys("POST /api/v1/gifts", "POST /api/v1/gifts/{id}/reversal",
                "POST /api/v1/gifts/{id}/reallocation", "POST /api/v1/gift-batches", "POST /api/v1/mandates",
                "POST /api/v1/agreements", "POST /api/v1/grants", "POST /api/v1/collection-runs",
                "POST /api/v1/bank-entries/{id}/assignment", "GET /api/v1/gifts", "GET /api/v1/collection-runs/preview");
        // 11 generated XML cases (external entities, DTDs, the entity bomb, malformed, …) + the 7 statements above
        assertThat(report.casesPerOperation().get(CAMT)).isEqualTo(11 + 7);
        // 30 generated for its 10 query parameters (the mapping), 4 generated bodies, the 18 files above
        assertThat(report.casesPerOperation().get(CSV)).isEqualTo(30 + 4 + 18);
    }

    private static List<BadInput> statementFiles() {
        List<BadInput> cases = new ArrayList<>();
        String good = Hostile.camt("", OURS, "STMT-BAD-1", "10.00", "");
        cases.add(camt("a valid-looking statement with 30-digit amounts",
                Hostile.camt("", OURS, "STMT-BAD-2", Hostile.THIRTY_DIGITS + ".00", "")).withStatuses(400));
        cases.add(camt("a valid-looking statement with three-decimal amounts",
                Hostile.camt("", OURS, "STMT-BAD-3", Hostile.THREE_DECIMALS, "")).withStatuses(400));
        cases.add(camt("a valid-looking statement with an amount that is a word",
                Hostile.camt("", OURS, "STMT-BAD-4", "ten", "")).withStatuses(400));
        cases.add(camt("the wrong namespace (camt.052, an account report)",
                good.replace("camt.053.001.02", "camt.052.001.02")).withStatuses(422));
        cases.add(camt("no namespace", good.replace(" xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001.02\"", ""))
                .withStatuses(422));
        cases.add(camt("a 10 MB statement of an account that is not ours",
                Hostile.camt("", "NL02ABNA0123456789", "STMT-BAD-5", "10.00", Hostile.repeat('x', 10 * 1024 * 1024)))
                .withStatuses(422));
        cases.add(camt("10 MB that are not XML", Hostile.repeat('x', 10 * 1024 * 1024)).withStatuses(400));

        String header = "date,amount,reference,description\n";
        cases.add(csv("a formula in the amount cell", header + "2026-01-15,=1+1,TX-1,gift\n"));
        cases.add(csv("a formula in the date cell", header + "=HYPERLINK(\"http://evil.example\"),10.00,TX-1,gift\n"));
        cases.add(csv("a DDE formula in the amount cell", header + "2026-01-15," + Hostile.CSV_FORMULA_DDE + ",TX-1,x\n"));
        cases.add(csv("a row with fewer columns than the header", header + "2026-01-15,10.00\n"));
        cases.add(csv("a row with more columns than the header", header + "2026-01-15,10.00,TX-1,gift,extra,more\n"));
        cases.add(csv("a header without the mapped columns", "when,how much\n2026-01-15,10.00\n"));
        cases.add(csv("a header only, no rows", header));
        cases.add(csv("an amount with three decimals", header + "2026-01-15,12.345,TX-1,gift\n"));
        cases.add(csv("an amount of 30 digits", header + "2026-01-15," + Hostile.THIRTY_DIGITS + ",TX-1,gift\n"));
        cases.add(csv("an amount of zero", header + "2026-01-15,0.00,TX-1,gift\n"));
        cases.add(csv("an impossible date", header + "2025-02-30,10.00,TX-1,gift\n"));
        cases.add(csv("a date in the wrong format", header + "31-12-2025,10.00,TX-1,gift\n"));
        cases.add(csv("an empty reference", header + "2026-01-15,10.00,,gift\n"));
        cases.add(csv("an unterminated quote", header + "2026-01-15,10.00,\"TX-1,gift\n"));
        cases.add(new BadInput(CSV, "Latin-1 bytes (not UTF-8)", "POST", CSV_URI, "text/csv",
                latin1(header + "2026-01-15,10.00,TX-1,caf\u00e9 voor het goede doel\n"),
                BadInput.Expect.REJECTED, java.util.Set.of(400), null));
        cases.add(csv("a 5 MB amount cell", header + "2026-01-15," + Hostile.repeat('9', Hostile.SEVERAL_MB) + ",TX-1,x\n"));
        cases.add(new BadInput(CSV, "an invalid delimiter", "POST", CSV_URI + "&delimiter=x", "text/csv",
                (header + "2026-01-15,10.00,TX-1,gift\n").getBytes(StandardCharsets.UTF_8), BadInput.Expect.REJECTED,
                java.util.Set.of(400), null));
        cases.add(new BadInput(CSV, "an invalid date format", "POST", CSV_URI + "&dateFormat=qqqq-ZZ-%27%27%27",
                "text/csv", (header + "2026-01-15,10.00,TX-1,gift\n").getBytes(StandardCharsets.UTF_8),
                BadInput.Expect.REJECTED, java.util.Set.of(400), null));
        return cases;
    }

    private static BadInput camt(String name, String xml) {
        return BadInput.rejected(CAMT, name, "POST", "/api/v1/bank-statements", "application/xml",
                xml.getBytes(StandardCharsets.UTF_8));
    }

    private static BadInput csv(String name, String csv) {
        return BadInput.rejected(CSV, name, "POST", CSV_URI, "text/csv", csv.getBytes(StandardCharsets.UTF_8))
                .withStatuses(400);
    }

    private static byte[] latin1(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }
}
