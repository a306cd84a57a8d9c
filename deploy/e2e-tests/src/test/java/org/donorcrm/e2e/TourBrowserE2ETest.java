package org.donorcrm.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.awaitility.Awaitility.await;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.donorcrm.demo.DemoData;
import org.donorcrm.demo.DemoGenerator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The guided tour of docs/tour.md in a real headless browser, one signed-in person after the other (a fresh browser
 * each, so each signs in through Keycloak): a fundraiser's morning (the LYBUNT list, the thank-you tasks, one task
 * marked thanked), finance's month-end (a CAMT.053 statement uploaded on the bank screen, last month's actual costs
 * posted on the budget screen's form, last month closed) and a director's quarterly review. Screenshots go
 * to {@code target/screenshots/} (the good ones are copied to docs/tour/ by hand).
 *
 * <p>Repeatable against the same stack: the fundraiser's task is a gift the test records for a new donor each run;
 * tasks that earlier test runs left (gifts after the demo's date, other tests' donors) are thanked through the API
 * first, so the list is the demo's own plus this run's; the statement of a month is imported once (again: "nothing
 * was added"); the costs are put with the demo's own amounts; a month already closed is opened instead of closed.
 * Nothing here is dated in 2024, so DemoOrganisationE2ETest's figures stay as they are.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TourBrowserE2ETest {

    private static final String KEYCLOAK_URL =
            property("crm.e2e.keycloak-url", "http://127.0.0.1:8180/realms/donor-crm");
    private static final String DONOR_URL = property("crm.e2e.donor-url", "http://127.0.0.1:8081");
    private static final String GIFT_URL = property("crm.e2e.gift-url", "http://127.0.0.1:8082");
    private static final String REPORTING_URL = property("crm.e2e.reporting-url", "http://127.0.0.1:8084");
    private static final String CLIENT_ID = property("crm.e2e.client-id", "crm-cli");
    private static final String PASSWORD = property("crm.e2e.password", "demo");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final LocalDate TODAY = LocalDate.now(AMSTERDAM);
    /** donor-service's thank-you window: the last 60 days, today included. */
    private static final int WINDOW_DAYS = 60;
    private static final BigDecimal TOUR_GIFT = new BigDecimal("250.00");
    private static final DemoData DEMO = DemoGenerator.generate();
    /** How the screens write a date in a column, and money (nl-NL). */
    private static final java.time.format.DateTimeFormatter SHORT_DATE =
            java.time.format.DateTimeFormatter.ofPattern("dd-MM-yyyy");

    /** 1.234, as every screen writes a count. */
    static String count(long n) {
        return new java.text.DecimalFormat("#,##0", java.text.DecimalFormatSymbols.getInstance(
                java.util.Locale.forLanguageTag("nl"))).format(n);
    }

    /** € 1.234,56, as every screen writes money. */
    static String money(BigDecimal amount) {
        return "€ " + new java.text.DecimalFormat("#,##0.00", java.text.DecimalFormatSymbols.getInstance(
                java.util.Locale.forLanguageTag("nl"))).format(amount);
    }

    private WebDriver browser;
    private WebDriverWait wait;

    private static String property(String name, String fallback) {
        String value = System.getProperty(name);
        return value == null || value.isBlank() ? fallback : value.strip();
    }

    @BeforeAll
    static void stackIsUp() throws IOException {
        for (String url : new String[] {REPORTING_URL + "/q/health", GIFT_URL + "/q/health",
                DONOR_URL + "/q/health"}) {
            int status;
            try {
                status = given().when().get(url).statusCode();
            } catch (Exception e) {
                status = -1;
            }
            if (status != 200) {
                fail("%s answered %s: is the local stack up (deploy/local/up)?", url, status);
            }
        }
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterEach
    void stopBrowser() {
        if (browser != null) {
            browser.quit();
            browser = null;
        }
    }

    // ------------------------------------------------------------------ a fundraiser's morning

    @Test
    @Order(1)
    @DisplayName("a fundraiser opens the LYBUNT list and the thank-you tasks, and marks a gift thanked")
    void aFundraisersMorning() throws Exception {
        String token = token("fundraiser");
        signIn(REPORTING_URL + "/lists/lybunt", "fundraiser");
        assertThat(heading()).isEqualTo("LYBUNT: vorig jaar wel gegeven, dit jaar nog niet");
        long lybunt = given().auth().oauth2(token).accept(ContentType.JSON).queryParam("size", 1)
                .when().get(REPORTING_URL + "/api/v1/figures/lybunt")
                .then().statusCode(200).extract().jsonPath().getLong("total");
        if (TODAY.getYear() == DemoGenerator.AS_OF.getYear()) {
            // nothing the tests record changes who gave in 2025 and not in 2026 (the statement's donors gave in 2026)
            assertThat(lybunt).as("the demo's LYBUNT donors (2026: 142)").isEqualTo(demoLybunt());
        }
        assertThat(browser.findElement(By.cssSelector("h2")).getText())
                .isEqualTo("LYBUNT per " + TODAY.format(SHORT_DATE) + ": " + count(lybunt)
                        + (lybunt == 1 ? " donateur" : " donateurs"));
        assertThat(browser.findElements(By.cssSelector("table[data-table='lybunt'] tbody tr")))
                .as("a page of 50 LYBUNT donors").hasSize((int) Math.min(lybunt, 50));
        assertThat(browser.findElement(By.cssSelector("[data-paging]")).getText())
                .isEqualTo("Donateurs 1–" + Math.min(lybunt, 50) + " van " + count(lybunt));
        // each donor by name, fetched from donor-service with the fundraiser's own token, linked to the donor's page
        WebElement first = browser.findElement(By.cssSelector("table[data-table='lybunt'] tbody tr td a"));
        String href = first.getAttribute("href");
        assertThat(href).startsWith(DONOR_URL + "/donors/");
        String firstId = href.substring(href.lastIndexOf('/') + 1);
        String displayName = given().auth().oauth2(token).accept(ContentType.JSON)
                .when().get(DONOR_URL + "/api/v1/donors/" + firstId)
                .then().statusCode(200).extract().jsonPath().getString("displayName");
        assertThat(first.getText()).as("the first LYBUNT donor's name").isEqualTo(displayName).isNotEqualTo(firstId);
        assertThat(browser.getPageSource()).doesNotContain("voor uw rol niet getoond");
        screenshot("4-lybunt");

        // the list the demo leaves, and this run's own task on top of it
        List<ExpectedTask> demoTasks = demoTasks();
        thankLeftovers(token, demoTasks);
        String donorId = registerDonor(token, "Marit", "Hoogland");
        String giftId = recordGift(token, donorId, TOUR_GIFT, "ONLINE");
        await("the tour's gift is a thank-you task").atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> tasks(token).stream().anyMatch(t -> giftId.equals(t.get("giftId"))));
        List<ExpectedTask> expected = new ArrayList<>(demoTasks);
        expected.add(new ExpectedTask("Marit Hoogland", TODAY, TOUR_GIFT, "eerste gift"));
        expected.sort(ExpectedTask.ORDER);

        browser.get(DONOR_URL + "/thank-you");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("task-count")));
        assertThat(heading()).isEqualTo("Bedankjes");
        assertThat(browser.findElement(By.id("task-count")).getText()).isEqualTo(expected.size() + " te bedanken");
        assertList(expected);
        screenshot("5-thank-you-tasks");

        browser.findElement(By.cssSelector("tr[data-gift='" + giftId + "'] form[action*='/thanked'] button")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("thanked")));
        assertThat(browser.findElements(By.cssSelector("tr[data-gift='" + giftId + "']"))).as("the task is done")
                .isEmpty();
        assertThat(browser.findElement(By.id("task-count")).getText()).isEqualTo(demoTasks.size() + " te bedanken");
        assertList(demoTasks);
        screenshot("6-thank-you-thanked");
        JsonPath timeline = given().auth().oauth2(token).accept(ContentType.JSON)
                .when().get(DONOR_URL + "/api/v1/donors/" + donorId + "/interactions")
                .then().statusCode(200).extract().jsonPath();
        assertThat(timeline.getList("type")).containsExactly("THANK_YOU_SENT");
        assertThat(timeline.getString("[0].author")).isEqualTo("fundraiser");
    }

    // ------------------------------------------------------------------ finance's month-end

    @Test
    @Order(2)
    @DisplayName("finance uploads the month's bank statement, posts last month's costs and closes last month")
    void financesMonthEnd() throws Exception {
        String token = token("finance");
        YearMonth month = YearMonth.from(TODAY);
        Path statement = statementFile(token, month);

        signIn(GIFT_URL + "/bank", "finance");
        assertThat(heading()).isEqualTo("Bankafschriften");
        browser.findElement(By.cssSelector("form[action='/bank/statements'] input[type=file]"))
                .sendKeys(statement.toAbsolutePath().toString());
        browser.findElement(By.cssSelector("form[action='/bank/statements'] button[type=submit]")).click();
        // the import runs in the background: its page shows the progress, then a link to the statement
        wait.until(ExpectedConditions.urlContains("/jobs/"));
        assertThat(heading()).startsWith("Bankafschrift inlezen");
        new WebDriverWait(browser, Duration.ofSeconds(120)).until(
                ExpectedConditions.elementToBeClickable(By.cssSelector("a[data-job-result]"))).click();
        wait.until(ExpectedConditions.urlContains("/bank/statements/"));
        assertThat(heading()).isEqualTo("Afschrift TOUR-" + month);
        String page = browser.getPageSource();
        // 10.000,00 + 75,00 + 120,00 + 40,00 − 12,50 = 10.222,50: the balances reconcile
        assertThat(page).contains("€ 10.222,50").contains("badge text-bg-success\">ja");
        Map<String, String> statuses = new HashMap<>();
        for (WebElement row : browser.findElements(By.xpath("//h2[text()='Regels per status']/following-sibling::table[1]/tbody/tr"))) {
            List<WebElement> cells = row.findElements(By.tagName("td"));
            if (cells.get(2).getText().equals("0")) {
                continue; // the statuses this statement has no line of
            }
            statuses.put(cells.get(0).getText() + " " + cells.get(1).getText(),
                    cells.get(2).getText() + " · " + cells.get(3).getText());
        }
        assertThat(statuses).isEqualTo(Map.of("gekoppeld bij", "2 · € 195,00", "te beoordelen bij", "1 · € 40,00",
                "uitgaande betaling af", "1 · € 12,50"));
        assertThat(page).contains("gekoppeld via donateur-id in de omschrijving")
                .contains("geen donateur gevonden via end-to-end-id, machtigingskenmerk, rekening of omschrijving")
                .contains("uitgaande betaling: geen gift");
        screenshot("7-bank-statement");

        // last month's actual costs, as the demo has them, posted on the budget screen's form one cost line at a
        // time: posting them again changes no figure
        YearMonth closing = month.minusMonths(1);
        List<DemoData.MonthlyCost> costs = costsOf(closing);
        browser.get(REPORTING_URL + "/finance/budget?year=" + closing.getYear());
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("table[data-table]")));
        assertThat(heading()).isEqualTo("Begroting versus realisatie");
        for (DemoData.MonthlyCost cost : costs) {
            WebElement form = browser.findElement(By.cssSelector("form[action='/finance/costs']"));
            WebElement year = form.findElement(By.name("year"));
            year.clear();
            year.sendKeys(String.valueOf(cost.year()));
            new Select(form.findElement(By.name("month"))).selectByValue(String.valueOf(cost.month()));
            new Select(form.findElement(By.name("costLine"))).selectByValue(cost.costLineCode());
            WebElement amount = form.findElement(By.name("amount"));
            amount.clear();
            amount.sendKeys(cost.amount().toPlainString());
            form.findElement(By.cssSelector("button[type=submit]")).click();
            wait.until(ExpectedConditions.urlContains("postedLine=" + cost.costLineCode() + "&"));
            assertThat(browser.findElement(By.cssSelector("[data-posted]")).getText())
                    .isEqualTo("Werkelijke kosten van " + cost.costLineCode() + " voor " + cost.year() + "-"
                            + cost.month() + " geboekt: " + money(cost.amount()) + ".");
        }
        List<Map<String, Object>> posted = given().auth().oauth2(token).accept(ContentType.JSON)
                .queryParam("year", closing.getYear()).when().get(REPORTING_URL + "/api/v1/costs")
                .then().statusCode(200).extract().jsonPath().getList("findAll { it.month == " + closing.getMonthValue()
                        + " }");
        assertThat(posted).hasSize(costs.size());
        Map<String, String> amounts = new HashMap<>();
        posted.forEach(c -> amounts.put((String) c.get("costLine"), (String) c.get("amount")));
        Map<String, String> expectedAmounts = new HashMap<>();
        costs.forEach(c -> expectedAmounts.put(c.costLineCode(), c.amount().setScale(2).toPlainString()));
        assertThat(amounts).as("what the form posted, as the API reads it back").isEqualTo(expectedAmounts);
        assertThat(browser.findElements(By.cssSelector("form[action='/finance/costs/csv'] input[type=file]")))
                .as("the CSV upload beside the form").hasSize(1);
        // the whole screen in one picture: the message, both tables and the forms below them
        long height = (Long) ((JavascriptExecutor) browser).executeScript(
                "return document.documentElement.scrollHeight");
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(1400, (int) height + 150));
        screenshot("8-budget");
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(1400, 1300));

        browser.get(REPORTING_URL + "/closes?year=" + closing.getYear());
        wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
        assertThat(heading()).isEqualTo("Maandafsluitingen " + closing.getYear());
        String link = "/closes/" + closing.getYear() + "/" + closing.getMonthValue();
        List<WebElement> closed = browser.findElements(By.cssSelector("a[href='" + link + "']"));
        if (closed.isEmpty()) {
            new Select(browser.findElement(By.id("month"))).selectByVisibleText(String.valueOf(closing.getMonthValue()));
            browser.findElement(By.cssSelector("form[action='/closes'] button[type=submit]")).click();
            // the close runs as a background job: its page shows it done, with a link to the close
            wait.until(ExpectedConditions.urlContains("/jobs/"));
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-job-status='SUCCEEDED']")));
            assertThat(browser.findElement(By.cssSelector("#job-progress .alert-success")).getText())
                    .isEqualTo(closing.getYear() + "-" + closing.getMonthValue() + " is afgesloten door finance.");
            wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("a[data-job-result]"))).click();
        } else {
            closed.get(0).click(); // closed by an earlier run: a month is closed once
        }
        wait.until(ExpectedConditions.urlContains(link));
        assertThat(heading()).isEqualTo("Afsluiting van " + closing.getYear() + "-" + closing.getMonthValue());
        assertThat(browser.getPageSource()).contains("door finance op");
        // the month's total income frozen at close: the demo's gifts and instalments of the month less its reversals
        // (no test records anything dated in a past month; 2026-10: 162,579.50)
        assertThat(browser.findElement(By.xpath("//tr[td[2]='totalIncome']/td[3]")).getText())
                .isEqualTo(money(demoIncome(closing)).substring(2));
        screenshot("9-month-close");
    }

    // ------------------------------------------------------------------ a director's quarterly review

    @Test
    @Order(3)
    @DisplayName("a director opens the last quarter's report")
    void aDirectorsQuarterlyReview() throws Exception {
        YearMonth lastQuarterEnd = YearMonth.from(TODAY).minusMonths((TODAY.getMonthValue() - 1) % 3 + 1);
        int quarter = (lastQuarterEnd.getMonthValue() - 1) / 3 + 1;
        signIn(REPORTING_URL + "/reports/quarterly?year=" + lastQuarterEnd.getYear() + "&quarter=" + quarter,
                "director");
        assertThat(heading()).isEqualTo("Kwartaalrapportage " + lastQuarterEnd.getYear() + " K" + quarter);
        assertThat(browser.findElements(By.cssSelector("tr[data-tile]"))).as("a row per target of the plan")
                .isNotEmpty();
        try {
            wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                    "return document.getElementById('charts').dataset.drawn !== undefined")));
        } catch (org.openqa.selenium.TimeoutException e) {
            // the report's numbers are the point; the charts are drawn by the same script as the dashboard's
        }
        screenshot("10-quarterly-review");
    }

    // ------------------------------------------------------------------ the thank-you list the demo leaves

    /** One row of the thank-you list as the screen shows it. */
    record ExpectedTask(String donorName, LocalDate date, BigDecimal amount, String reasons) {

        static final Comparator<ExpectedTask> ORDER = Comparator
                .comparing((ExpectedTask t) -> t.reasons().isEmpty())
                .thenComparing(ExpectedTask::date)
                .thenComparing(ExpectedTask::amount, Comparator.reverseOrder());

        List<String> row() {
            return List.of(donorName, date.format(SHORT_DATE), money(amount), reasons.isEmpty() ? "normaal" : reasons);
        }

        /** Donor, date and amount as the API gives them. */
        List<String> key() {
            return List.of(donorName, date.toString(), amount.toPlainString());
        }
    }

    /**
     * The demo's gifts still to thank for today, by donor-service's rules (docs: donor-service/README.md): in the
     * last 60 days, not reversed, not a repeat direct debit, no thank-you of the donor on or after the gift's day.
     */
    static List<ExpectedTask> demoTasks() {
        LocalDate since = TODAY.minusDays(WINDOW_DAYS - 1L);
        Set<String> reversed = new HashSet<>();
        DEMO.reversals().forEach(r -> reversed.add(r.giftKey()));
        Map<String, DemoData.Gift> firstGifts = new HashMap<>();
        DEMO.gifts().stream().filter(g -> !reversed.contains(g.key()))
                .sorted(Comparator.comparing(DemoData.Gift::incomeDate))
                .forEach(g -> firstGifts.putIfAbsent(g.donorKey(), g));
        Map<String, LocalDate> lastThanks = new HashMap<>();
        DEMO.thankYous().forEach(t -> lastThanks.merge(t.donorKey(), t.date(), (a, b) -> a.isAfter(b) ? a : b));
        Map<String, DemoData.Donor> donors = new HashMap<>();
        DEMO.donors().forEach(d -> donors.put(d.key(), d));
        List<ExpectedTask> tasks = new ArrayList<>();
        for (DemoData.Gift g : DEMO.gifts()) {
            boolean first = firstGifts.get(g.donorKey()) == g;
            LocalDate thanked = lastThanks.get(g.donorKey());
            if (g.incomeDate().isBefore(since) || g.incomeDate().isAfter(TODAY) || reversed.contains(g.key())
                    || ("SEPA_DIRECT_DEBIT".equals(g.channel()) && !first)
                    || (thanked != null && !thanked.isBefore(g.incomeDate()))) {
                continue;
            }
            List<String> reasons = new ArrayList<>();
            if (first) {
                reasons.add("eerste gift");
            }
            if (g.amount().compareTo(new BigDecimal("500.00")) >= 0) {
                reasons.add("€ 500 of meer");
            }
            DemoData.Donor d = donors.get(g.donorKey());
            String name = d.organisationName() != null ? d.organisationName() : d.firstName() + " " + d.lastName();
            tasks.add(new ExpectedTask(name, g.incomeDate(), g.amount(), String.join(", ", reasons)));
        }
        for (DemoData.Grant grant : DEMO.grants()) {
            for (DemoData.Instalment i : grant.instalments()) {
                LocalDate thanked = lastThanks.get(grant.funderKey());
                if (i.received() && !i.dueDate().isBefore(since) && (thanked == null || thanked.isBefore(i.dueDate()))) {
                    tasks.add(new ExpectedTask(donors.get(grant.funderKey()).organisationName(), i.dueDate(),
                            i.amount(), "€ 500 of meer"));
                }
            }
        }
        tasks.sort(ExpectedTask.ORDER);
        return tasks;
    }

    /**
     * Thanks, through the API, every open task that is not one the demo leaves: gifts earlier runs and other tests
     * recorded (their donors are not the demo's unthanked ones, so no demo task is touched).
     */
    private static void thankLeftovers(String token, List<ExpectedTask> demoTasks) {
        Set<List<String>> demo = new HashSet<>();
        demoTasks.forEach(t -> demo.add(t.key()));
        Set<String> thanked = new HashSet<>();
        for (Map<String, Object> task : tasks(token)) {
            List<String> row = List.of(String.valueOf(task.get("donorName")), String.valueOf(task.get("giftDate")),
                    String.valueOf(task.get("amount")));
            String donorId = (String) task.get("donorId");
            if (demo.contains(row) || !thanked.add(donorId)) {
                continue;
            }
            given().auth().oauth2(token).contentType(ContentType.JSON).accept(ContentType.JSON)
                    .body("{\"type\":\"THANK_YOU_SENT\",\"occurredOn\":\"" + TODAY
                            + "\",\"summary\":\"thanked before the tour\"}")
                    .when().post(DONOR_URL + "/api/v1/donors/" + donorId + "/interactions")
                    .then().log().ifValidationFails().statusCode(201);
        }
    }

    /** Every open thank-you task, through the API. */
    private static List<Map<String, Object>> tasks(String token) {
        List<Map<String, Object>> all = new ArrayList<>();
        for (int page = 0; ; page++) {
            List<Map<String, Object>> items = given().auth().oauth2(token).accept(ContentType.JSON)
                    .queryParam("page", page).queryParam("size", 200)
                    .when().get(DONOR_URL + "/api/v1/thank-you-tasks")
                    .then().statusCode(200).extract().jsonPath().getList("items");
            all.addAll(items);
            if (items.size() < 200) {
                return all;
            }
        }
    }

    /**
     * The screen lists exactly these tasks (donor, date, amount, priority), in the service's order: first and large
     * gifts first, then the oldest, then the larger (gifts alike in all three follow their ids: any order).
     */
    private void assertList(List<ExpectedTask> expected) {
        List<ExpectedTask> shown = rows().stream().map(r -> new ExpectedTask(r.get(0),
                LocalDate.parse(r.get(1), SHORT_DATE),
                new BigDecimal(r.get(2).substring(2).replace(".", "").replace(',', '.')),
                r.get(3).equals("normaal") ? "" : r.get(3))).toList();
        assertThat(shown).as("every task, each with its donor, date, amount and priority")
                .containsExactlyInAnyOrderElementsOf(expected);
        assertThat(shown).as("in order").isSortedAccordingTo(ExpectedTask.ORDER);
    }

    private List<List<String>> rows() {
        List<List<String>> rows = new ArrayList<>();
        for (WebElement row : browser.findElements(By.cssSelector("#thank-you-tasks tbody tr"))) {
            // cells: the selection's checkbox, donor, date, amount, fund, priority, the buttons
            List<WebElement> cells = row.findElements(By.tagName("td"));
            rows.add(List.of(cells.get(1).getText(), cells.get(2).getText(), cells.get(3).getText(),
                    cells.get(5).getText()));
        }
        return rows;
    }

    // ------------------------------------------------------------------ finance's inputs

    /**
     * The tour's statement for this month: the template of the test resources with the month and two demo donors'
     * ids filled in. The donors are individuals who gave this year already and are not on the thank-you list the
     * demo leaves, so LYBUNT and that list stay as they are.
     */
    private static Path statementFile(String token, YearMonth month) throws IOException {
        Set<String> unthanked = new HashSet<>();
        demoTasks().forEach(t -> unthanked.add(t.donorName()));
        Set<String> gaveThisYear = new HashSet<>();
        DEMO.gifts().stream().filter(g -> g.incomeDate().getYear() == TODAY.getYear())
                .forEach(g -> gaveThisYear.add(g.donorKey()));
        List<DemoData.Donor> chosen = DEMO.donors().stream()
                .filter(d -> "INDIVIDUAL".equals(d.kind()) && d.email() != null
                        && !unthanked.contains(d.firstName() + " " + d.lastName()))
                .sorted(Comparator.comparing((DemoData.Donor d) -> !gaveThisYear.contains(d.key())))
                .limit(2).toList();
        String template;
        try (InputStream in = TourBrowserE2ETest.class.getResourceAsStream("/tour/camt053-month.xml")) {
            template = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String xml = template.replace("${MONTH}", month.toString())
                .replace("${DAY}", month.atDay(1).toString())
                .replace("${DONOR_A}", donorIdByEmail(token, chosen.get(0).email()))
                .replace("${NAME_A}", chosen.get(0).firstName() + " " + chosen.get(0).lastName())
                .replace("${DONOR_B}", donorIdByEmail(token, chosen.get(1).email()))
                .replace("${NAME_B}", chosen.get(1).firstName() + " " + chosen.get(1).lastName());
        Path file = Path.of("target", "tour", "camt053-" + month + ".xml");
        Files.createDirectories(file.getParent());
        Files.writeString(file, xml);
        return file;
    }

    private static String donorIdByEmail(String token, String email) {
        List<String> ids = given().auth().oauth2(token).accept(ContentType.JSON).queryParam("q", email)
                .when().get(DONOR_URL + "/api/v1/donors")
                .then().statusCode(200).extract().jsonPath().getList("items.id");
        assertThat(ids).as("the demo donor with " + email).hasSize(1);
        return ids.get(0);
    }

    /** The demo's donors with net giving last year and none this year (reversals count on their own date). */
    private static long demoLybunt() {
        int year = TODAY.getYear();
        Map<String, BigDecimal> lastYear = new HashMap<>();
        Map<String, BigDecimal> thisYear = new HashMap<>();
        Map<String, DemoData.Gift> gifts = new HashMap<>();
        for (DemoData.Gift g : DEMO.gifts()) {
            gifts.put(g.key(), g);
            add(g.incomeDate(), g.donorKey(), g.amount(), year, lastYear, thisYear);
        }
        for (DemoData.Grant grant : DEMO.grants()) {
            grant.instalments().stream().filter(DemoData.Instalment::received)
                    .forEach(i -> add(i.dueDate(), grant.funderKey(), i.amount(), year, lastYear, thisYear));
        }
        for (DemoData.Reversal r : DEMO.reversals()) {
            DemoData.Gift g = gifts.get(r.giftKey());
            add(r.reversalDate(), g.donorKey(), g.amount().negate(), year, lastYear, thisYear);
        }
        return lastYear.entrySet().stream().filter(e -> e.getValue().signum() > 0
                && thisYear.getOrDefault(e.getKey(), BigDecimal.ZERO).signum() <= 0).count();
    }

    private static void add(LocalDate date, String donorKey, BigDecimal amount, int year,
                            Map<String, BigDecimal> lastYear, Map<String, BigDecimal> thisYear) {
        if (date.isAfter(TODAY)) {
            return;
        }
        if (date.getYear() == year - 1) {
            lastYear.merge(donorKey, amount, BigDecimal::add);
        } else if (date.getYear() == year) {
            thisYear.merge(donorKey, amount, BigDecimal::add);
        }
    }

    /** Total income of a month in the demo: gifts and received instalments dated in it, less its reversals. */
    private static BigDecimal demoIncome(YearMonth month) {
        BigDecimal total = BigDecimal.ZERO;
        Map<String, BigDecimal> amounts = new HashMap<>();
        for (DemoData.Gift g : DEMO.gifts()) {
            amounts.put(g.key(), g.amount());
            if (YearMonth.from(g.incomeDate()).equals(month)) {
                total = total.add(g.amount());
            }
        }
        for (DemoData.Grant grant : DEMO.grants()) {
            for (DemoData.Instalment i : grant.instalments()) {
                if (i.received() && YearMonth.from(i.dueDate()).equals(month)) {
                    total = total.add(i.amount());
                }
            }
        }
        for (DemoData.Reversal r : DEMO.reversals()) {
            if (YearMonth.from(r.reversalDate()).equals(month)) {
                total = total.subtract(amounts.get(r.giftKey()));
            }
        }
        return total;
    }

    /** The demo's actual costs of that month; without any (after the demo's date) a twelfth of the budget. */
    private static List<DemoData.MonthlyCost> costsOf(YearMonth month) {
        List<DemoData.MonthlyCost> costs = DEMO.costs().stream()
                .filter(c -> c.year() == month.getYear() && c.month() == month.getMonthValue()).toList();
        if (!costs.isEmpty()) {
            return costs;
        }
        DemoData.Budget budget = DEMO.budgets().stream().filter(b -> b.year() == month.getYear()).findFirst()
                .orElseThrow();
        return budget.costLines().stream().map(l -> new DemoData.MonthlyCost(month.getYear(), month.getMonthValue(),
                l.code(), l.amount().divide(BigDecimal.valueOf(12), 2, RoundingMode.HALF_EVEN))).toList();
    }

    // ------------------------------------------------------------------ the API and the browser

    private static String registerDonor(String token, String first, String last) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).accept(ContentType.JSON)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .body("""
                        {"kind":"INDIVIDUAL","firstName":"%s","lastName":"%s","country":"NL","owner":"fundraiser"}
                        """.formatted(first, last))
                .when().post(DONOR_URL + "/api/v1/donors")
                .then().log().ifValidationFails().statusCode(201).extract().jsonPath().getString("id");
    }

    /** A gift dated today; retried while gift-service has not heard of the new donor yet (422). */
    private static String recordGift(String token, String donorId, BigDecimal amount, String channel) {
        String body = """
                {"donorId":"%s","amount":"%s","currency":"EUR","incomeDate":"%s","channel":"%s",
                 "earmarkClass":"UNEARMARKED"}""".formatted(donorId, amount.toPlainString(), TODAY, channel);
        String[] id = {null};
        await("gift-service knows the new donor").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                .until(() -> {
                    var answer = given().auth().oauth2(token).contentType(ContentType.JSON).accept(ContentType.JSON)
                            .header("Idempotency-Key", UUID.randomUUID().toString()).body(body)
                            .when().post(GIFT_URL + "/api/v1/gifts").then().extract();
                    if (answer.statusCode() != 201 && answer.statusCode() != 422) {
                        fail("recording the gift answered " + answer.statusCode() + ": " + answer.asString());
                    }
                    id[0] = answer.statusCode() == 201 ? answer.jsonPath().getString("id") : null;
                    return id[0] != null;
                });
        return id[0];
    }

    private static String token(String username) {
        return given().contentType(ContentType.URLENC)
                .formParam("grant_type", "password").formParam("client_id", CLIENT_ID)
                .formParam("username", username).formParam("password", PASSWORD)
                .when().post(KEYCLOAK_URL + "/protocol/openid-connect/token")
                .then().log().ifValidationFails().statusCode(200)
                .extract().path("access_token");
    }

    /** A fresh browser (no session), sent to {@code url}, signed in at Keycloak's page as {@code user}. */
    private void signIn(String url, String user) {
        browser = Chromium.start(1300);
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        browser.get(url);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("username")));
        assertThat(browser.getCurrentUrl()).as("redirected to Keycloak's login page").startsWith(KEYCLOAK_URL);
        browser.findElement(By.id("username")).sendKeys(user);
        browser.findElement(By.id("password")).sendKeys(PASSWORD);
        browser.findElement(By.id("kc-login")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
    }

    private String heading() {
        return browser.findElement(By.tagName("h1")).getText().strip();
    }

    private void screenshot(String name) throws IOException {
        Chromium.screenshot(browser, name);
    }
}
