package org.donorcrm.e2e;

import static io.restassured.RestAssured.given;
import static org.donorcrm.e2e.E2eStack.DONOR_URL;
import static org.donorcrm.e2e.E2eStack.GIFT_URL;
import static org.donorcrm.e2e.E2eStack.PASSWORD;
import static org.donorcrm.e2e.E2eStack.property;
import static org.donorcrm.e2e.E2eStack.token;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.http.ContentType;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.donorcrm.demo.DemoData;
import org.donorcrm.demo.DemoGenerator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Finance works the review queue (issue 20): uploads a small CAMT.053 statement on the bank screen — two credits from
 * an account no donor has on record, in the name and town of a demo donor —, follows the import job's progress until
 * it is done, opens the queue, where the donor is suggested for the credit ("zelfde naam"), and with one click on
 * "Koppelen" (the box for the other waiting credit of the account checked) books both credits to that donor. The bank
 * screens are finance's: the test signs in as finance.
 */
class BankReviewBrowserE2ETest {

    private static final String OUR_ACCOUNT = property("crm.e2e.bank-account", "NL91ABNA0417164300");
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Amsterdam"));

    private WebDriver browser;

    @AfterEach
    void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    @DisplayName("finance uploads a statement, follows the import and books a suggested donor with one click")
    void aSuggestedDonorIsBookedWithOneClickOnTheQueue() throws IOException {
        String token = token("finance");
        // a demo donor whose name only one donor has, with a town: the credit comes in that name from that town. One
        // who gave this year already, so that the credit changes no demo figure other tests count (LYBUNT, new donors)
        DemoData demo = DemoGenerator.generate();
        java.util.Set<String> gaveThisYear = new java.util.HashSet<>();
        demo.gifts().stream().filter(g -> g.incomeDate().getYear() == TODAY.getYear())
                .forEach(g -> gaveThisYear.add(g.donorKey()));
        DemoData.Donor chosen = null;
        String donorId = null;
        for (DemoData.Donor donor : demo.donors()) {
            if (!"INDIVIDUAL".equals(donor.kind()) || donor.city() == null
                    || !gaveThisYear.isEmpty() && !gaveThisYear.contains(donor.key())) {
                continue;
            }
            String name = donor.firstName() + " " + donor.lastName();
            var found = given().auth().oauth2(token).accept(ContentType.JSON).queryParam("q", name)
                    .queryParam("size", 2).when().get(DONOR_URL + "/api/v1/donors")
                    .then().statusCode(200).extract().jsonPath();
            if (found.getLong("total") == 1 && name.equals(found.getString("items[0].displayName"))) {
                chosen = donor;
                donorId = found.getString("items[0].id");
                break;
            }
        }
        assertThat(chosen).as("a demo donor with a name of their own").isNotNull();
        String counterparty = chosen.firstName() + " " + chosen.lastName();
        Path statement = statement(counterparty, chosen.city(), account());

        browser = Chromium.start(1300);
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        browser.get(GIFT_URL + "/bank");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("username")));
        browser.findElement(By.id("username")).sendKeys("finance");
        browser.findElement(By.id("password")).sendKeys(PASSWORD + Keys.ENTER);
        wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("form[action='/bank/statements'] input[type=file]")));
        browser.findElement(By.cssSelector("form[action='/bank/statements'] input[type=file]"))
                .sendKeys(statement.toAbsolutePath().toString());
        browser.findElement(By.cssSelector("form[action='/bank/statements'] button[type=submit]")).click();

        // the job's page shows its progress until the import is done, then the link to the statement
        wait.until(ExpectedConditions.urlMatches(GIFT_URL + "/jobs/[0-9a-f-]{36}$"));
        assertThat(browser.findElements(By.cssSelector("#job-progress [role=progressbar]"))).hasSize(1);
        new WebDriverWait(browser, Duration.ofSeconds(120)).until(
                ExpectedConditions.elementToBeClickable(By.cssSelector("a[data-job-result]")));
        assertThat(browser.findElement(By.cssSelector("[data-job-status]")).getAttribute("data-job-status"))
                .isEqualTo("SUCCEEDED");
        assertThat(browser.findElement(By.cssSelector("#job-progress .alert-success")).getText())
                .contains("2 bijschrijvingen").contains("2 te beoordelen");
        String statementPath = browser.findElement(By.cssSelector("a[data-job-result]")).getAttribute("href")
                .replaceFirst("^https?://[^/]+", "");
        String statementId = statementPath.substring(statementPath.lastIndexOf('/') + 1);
        List<Map<String, Object>> lines = entries(statementId);
        assertThat(lines).extracting(l -> l.get("status")).containsExactly("REVIEW", "REVIEW");
        String entryId = (String) lines.get(0).get("id");

        // the queue, page by page until the credit's row: the donor suggested by name, one click books both credits
        String button = "form[action='/bank/entries/" + entryId + "/assignment'] button[name=donorId][value='"
                + donorId + "']";
        WebElement koppelen = null;
        for (int page = 0; page < 40 && koppelen == null; page++) {
            browser.get(GIFT_URL + "/bank/queue?page=" + page);
            wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("table")));
            List<WebElement> found = browser.findElements(By.cssSelector(button));
            koppelen = found.isEmpty() ? null : found.get(0);
        }
        assertThat(koppelen).as("the demo donor suggested for the credit on the queue").isNotNull();
        WebElement form = browser.findElement(By.cssSelector("form[action='/bank/entries/" + entryId
                + "/assignment']"));
        assertThat(form.getText()).contains(counterparty).contains("zelfde naam")
                .contains("ook de andere wachtende bijschrijving van deze rekening")
                .doesNotContain(donorId);
        assertThat(form.findElement(By.name("sameAccount")).isSelected()).isTrue();
        assertThat(koppelen.getText()).isEqualTo("Koppelen");
        koppelen.click();

        wait.until(ExpectedConditions.urlContains("/bank/queue?booked=2"));
        assertThat(browser.findElement(By.id("booked")).getText()).isEqualTo("2 bijschrijvingen geboekt (€ 37,50)");
        List<Map<String, Object>> booked = entries(statementId);
        assertThat(booked).extracting(l -> l.get("status")).containsExactly("ASSIGNED", "ASSIGNED");
        assertThat(booked).extracting(l -> l.get("donorId")).containsExactly(donorId, donorId);
        assertThat(browser.getPageSource()).doesNotContain("/bank/entries/" + entryId + "/assignment");
        Chromium.screenshot(browser, "bank-review-queue-booked");
    }

    /** A statement of our account with two credits (25.00 and 12.50) from this name, town and account. */
    private static Path statement(String name, String town, String account) throws IOException {
        String id = "REVIEW-E2E-" + System.currentTimeMillis();
        String day = TODAY.toString();
        StringBuilder entries = new StringBuilder();
        String[] amounts = {"25.00", "12.50"};
        for (int i = 0; i < amounts.length; i++) {
            entries.append("""
                          <Ntry>
                            <Amt Ccy="EUR">%s</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts>BOOK</Sts>
                            <BookgDt><Dt>%s</Dt></BookgDt><ValDt><Dt>%s</Dt></ValDt>
                            <AcctSvcrRef>%s-%d</AcctSvcrRef>
                            <BkTxCd><Domn><Cd>PMNT</Cd><Fmly><Cd>RCDT</Cd><SubFmlyCd>ESCT</SubFmlyCd></Fmly></Domn></BkTxCd>
                            <NtryDtls><TxDtls>
                              <RltdPties><Dbtr><Nm>%s</Nm><PstlAdr><TwnNm>%s</TwnNm></PstlAdr></Dbtr>
                                <DbtrAcct><Id><IBAN>%s</IBAN></Id></DbtrAcct></RltdPties>
                              <RmtInf><Ustrd>Gift</Ustrd></RmtInf>
                            </TxDtls></NtryDtls>
                          </Ntry>
                    """.formatted(amounts[i], day, day, id, i + 1, xml(name), xml(town), account));
        }
        String camt = """
                <?xml version="1.0" encoding="UTF-8"?>
                <Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02">
                  <BkToCstmrStmt>
                    <GrpHdr><MsgId>MSG-%1$s</MsgId><CreDtTm>%2$sT06:00:00</CreDtTm></GrpHdr>
                    <Stmt>
                      <Id>%1$s</Id>
                      <ElctrncSeqNb>1</ElctrncSeqNb>
                      <CreDtTm>%2$sT06:00:00</CreDtTm>
                      <Acct><Id><IBAN>%3$s</IBAN></Id><Ccy>EUR</Ccy></Acct>
                      <Bal><Tp><CdOrPrtry><Cd>OPBD</Cd></CdOrPrtry></Tp><Amt Ccy="EUR">0.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><Dt><Dt>%2$s</Dt></Dt></Bal>
                      <Bal><Tp><CdOrPrtry><Cd>CLBD</Cd></CdOrPrtry></Tp><Amt Ccy="EUR">37.50</Amt><CdtDbtInd>CRDT</CdtDbtInd><Dt><Dt>%2$s</Dt></Dt></Bal>
                %4$s    </Stmt>
                  </BkToCstmrStmt>
                </Document>
                """.formatted(id, day, OUR_ACCOUNT, entries);
        Path file = Path.of("target", "bank-review", id + ".xml");
        Files.createDirectories(file.getParent());
        Files.writeString(file, camt);
        return file;
    }

    /** A Dutch IBAN with valid check digits that no demo donor has on record. */
    private static String account() {
        String bban = "ABNA" + String.format("%010d", ThreadLocalRandom.current().nextLong(1_000_000_000L,
                9_999_999_999L));
        StringBuilder digits = new StringBuilder();
        for (char c : (bban + "NL00").toCharArray()) {
            digits.append(Character.getNumericValue(c));
        }
        int check = 98 - new BigInteger(digits.toString()).mod(BigInteger.valueOf(97)).intValue();
        return "NL" + String.format("%02d", check) + bban;
    }

    private static String xml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static List<Map<String, Object>> entries(String statementId) {
        return given().auth().oauth2(token("finance")).accept(ContentType.JSON)
                .when().get(GIFT_URL + "/api/v1/bank-statements/" + statementId + "/entries")
                .then().statusCode(200).extract().jsonPath().getList("items");
    }
}
