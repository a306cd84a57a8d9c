package org.donorcrm.reporting.dashboard;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import org.donorcrm.reporting.ledger.TestEvents;
import org.donorcrm.reporting.TestYears;
import org.donorcrm.testing.TestTokens;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.donorcrm.reporting.ledger.TestEvents.alloc;
import static org.donorcrm.reporting.ledger.TestEvents.id;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

/**
 * The dashboard as a signed-in person sees it (sign-in itself is the end-to-end tests' part). The data set, in
 * a year of its own ({@link TestYears}), with targets set by finance for it:
 * <pre>
 *   targets: unearmarked share 30.00 %, private income 1,200.00, institutional unearmarked 800.00
 *   individual donor A:  600.00 UNEARMARKED (ALG)  on 10 March
 *   foundation donor B:  400.00 PROJECT (PRJ-DTZ)   on 5 April
 *   foundation donor B: 1000.00 UNEARMARKED (ALG)  on 1 May
 * </pre>
 * The year is not the running year, so the tiles show the whole year.
 */
@QuarkusTest
class DashboardPagesTest {

    static final int YEAR = TestYears.year();

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private TestEvents events;

    private static boolean loaded;
    private static String donorA;

    @BeforeEach
    void dataSet() {
        events = new TestEvents(bootstrapServers);
        if (loaded) {
            return;
        }
        given().auth().oauth2(TestTokens.forUser("fiona", "finance")).contentType(ContentType.JSON)
                .body("""
                        {"unearmarkedShare":"30.00","privateIncome":"1200.00",
                         "institutionalUnearmarkedIncome":"800.00","reservePlanClosing":null}""")
                .when().put("/api/v1/targets/" + YEAR).then().statusCode(201);
        donorA = id();
        String donorB = id();
        events.donorRegistered(donorA, "INDIVIDUAL", "INDIVIDUALS", null);
        events.donorRegistered(donorB, "FOUNDATION", "OTHER_NONPROFITS", null);
        events.giftRecorded(id(), donorA, YEAR + "-03-10", "600.00", null, null,
                alloc(1, "UNEARMARKED", "ALG", "600.00"));
        events.giftRecorded(id(), donorB, YEAR + "-04-05", "400.00", null, null,
                alloc(1, "PROJECT", "PRJ-DTZ", "400.00"));
        events.giftRecorded(id(), donorB, YEAR + "-05-01", "1000.00", null, null,
                alloc(1, "UNEARMARKED", "ALG", "1000.00"));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                given().auth().oauth2(TestTokens.forRoles("director"))
                        .when().get("/api/v1/figures/institutional-income?year=" + YEAR)
                        .then().body("institutionalUnearmarkedIncome", equalTo("1000.00")));
        loaded = true;
    }

    @AfterEach
    void disconnect() {
        events.close();
    }

    @Test
    @TestSecurity(user = "dirk", roles = "director")
    void aDirectorSeesATilePerTargetWithTheEurosShortOrAhead() {
        given().when().get("/?year=" + YEAR).then().statusCode(200)
                .contentType(containsString("text/html"))
                .body(containsString("Strategische cijfers " + YEAR))
                // unearmarked 600 + 1000 = 1,600.00 of 2,000.00 = 80.00 %; short by round(30 % × 2,000.00)
                // − 1,600.00 = 600.00 − 1,600.00 = −1,000.00: € 1,000.00 ahead, on track
                .body(containsString("on-track\" data-tile=\"unearmarked-share\" data-status=\"ON_TRACK\" "
                        + "data-value=\"80.00\" data-short-by=\"-1000.00\""))
                .body(containsString("80,00 %"))
                .body(containsString("€ 1.000,00 voor"))
                // private income 600.00 against the whole year's 1,200.00: € 600.00 short, behind
                .body(containsString("behind\" data-tile=\"private-donors\" data-status=\"BEHIND\" "
                        + "data-value=\"600.00\" data-short-by=\"600.00\""))
                .body(containsString("€ 600,00 tekort"))
                // institutional (foundation) unearmarked 1,000.00 against 800.00: € 200.00 ahead
                .body(containsString("data-tile=\"institutional-income\" data-status=\"ON_TRACK\" "
                        + "data-value=\"1000.00\" data-short-by=\"-200.00\""))
                .body(containsString("€ 200,00 voor"))
                // live refresh and charts, all from webjars
                .body(containsString("sse-connect=\"/events/figures\""))
                .body(containsString("hx-trigger=\"sse:figures\""))
                .body(containsString("/webjars/echarts/5.3.1/dist/echarts.min.js"))
                // the director sees the finance screens in the navigation
                .body(containsString("href=\"/finance/reserve\""));
        given().cookie("crm-lang", "en").when().get("/?year=" + YEAR).then().statusCode(200)
                .body(containsString("Strategic figures " + YEAR))
                .body(containsString("80,00 %"))
                .body(containsString("€ 1.000,00 ahead"))
                .body(containsString("€ 600,00 short"))
                .body(containsString("Unearmarked share"))
                .body(not(containsString("Strategische cijfers")));
        given().when().get("/webjars/htmx-ext-sse/2.2.2/sse.js").then().statusCode(200);
        given().when().get("/webjars/htmx.org/2.0.4/dist/htmx.min.js").then().statusCode(200);
    }

    @Test
    @TestSecurity(user = "fenna", roles = "fundraiser")
    void aFundraiserSeesTheDashboardButNotTheReserveAndBudgetScreens() {
        given().when().get("/?year=" + YEAR).then().statusCode(200)
                .body(containsString("€ 600,00 tekort"))
                .body(not(containsString("href=\"/finance/reserve\"")))
                .body(not(containsString("href=\"/closes\"")));
        given().when().get("/finance/reserve?year=" + YEAR).then().statusCode(403);
        given().when().get("/finance/budget?year=" + YEAR).then().statusCode(403);
        given().when().get("/exports/reserve.csv?year=" + YEAR).then().statusCode(403);
        given().when().get("/closes").then().statusCode(403);
    }

    @Test
    void withoutSignInTheDashboardIsRefused() {
        given().redirects().follow(false).when().get("/?year=" + YEAR).then().statusCode(401);
    }

    @Test
    @TestSecurity(user = "dirk", roles = "director")
    void theChartsGetTheMonthlyIncomePerEarmarkClassAndRetention() {
        given().accept(ContentType.JSON).when().get("/dashboard/charts?year=" + YEAR).then().statusCode(200)
                .body("monthly.months[2]", equalTo(YEAR + "-03"))
                .body("monthly.unearmarked[2]", equalTo("600.00"))
                .body("monthly.project[3]", equalTo("400.00"))
                .body("monthly.unearmarked[4]", equalTo("1000.00"))
                .body("monthly.programme[4]", equalTo("0.00"))
                // both donors first gave in the year: two new donors, nothing retained or lapsed
                .body("retention.newDonors", equalTo(2))
                .body("retention.retained", equalTo(0))
                .body("trajectories.'unearmarked-share'.years", org.hamcrest.Matchers.contains(2024, 2025, 2026,
                        2027, 2028))
                // the plan's seeded target shares 2024–2028
                .body("trajectories.'unearmarked-share'.target", org.hamcrest.Matchers.contains("11.00", "15.75",
                        "20.50", "25.25", "30.00"));
    }

    @jakarta.inject.Inject
    javax.sql.DataSource dataSource;

    /**
     * Another replica's consumer applies a gift: this replica hears of it by no event of its own, only through the
     * database they share. The ledger row is written here with SQL, as that replica's transaction would (a year of
     * its own, removed afterwards).
     */
    @Test
    @TestSecurity(user = "dirk", roles = "director")
    void anOpenDashboardIsToldWhenAnotherReplicasConsumerWroteTheGift() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest request = HttpRequest.newBuilder(URI.create(RestAssured.baseURI + ":" + RestAssured.port
                + "/events/figures")).header("Accept", "text/event-stream").build();
        HttpResponse<InputStream> stream = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        assertThat(stream.statusCode()).isEqualTo(200);
        java.util.concurrent.BlockingQueue<Long> heard = new java.util.concurrent.LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(stream.body(),
                    StandardCharsets.UTF_8))) {
                String line;
                while ((line = lines.readLine()) != null) {
                    if (line.equals("event:figures")) {
                        heard.add(System.nanoTime());
                    }
                }
            } catch (Exception e) {
                // the test closed the stream
            }
        });
        reader.setDaemon(true);
        reader.start();
        int year = TestYears.year();
        String giftId = id();
        try {
            // quiet first: whatever other tests' gifts still stir has passed (3 s without an event)
            java.util.concurrent.atomic.AtomicLong quietSince = new java.util.concurrent.atomic.AtomicLong(
                    System.nanoTime());
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() -> {
                if (heard.poll() != null) {
                    quietSince.set(System.nanoTime());
                }
                return System.nanoTime() - quietSince.get() > 3_000_000_000L;
            });

            try (java.sql.Connection c = dataSource.getConnection();
                 java.sql.PreparedStatement insert = c.prepareStatement("insert into income_movement (event_id, "
                         + "movement, gift_id, donor_id, line_no, income_date, earmark_class, fund_code, amount) "
                         + "values (?, 'RECORDED', ?, ?, 1, ?, 'UNEARMARKED', 'ALG', 75.00)")) {
                insert.setString(1, id());
                insert.setString(2, giftId);
                insert.setString(3, id());
                insert.setObject(4, java.time.LocalDate.of(year, 5, 1));
                insert.executeUpdate();
            }

            assertThat(heard.poll(5, TimeUnit.SECONDS)).as("a figures event within seconds").isNotNull();
        } finally {
            stream.body().close();
            try (java.sql.Connection c = dataSource.getConnection();
                 java.sql.PreparedStatement delete = c.prepareStatement(
                         "delete from income_movement where gift_id = ?")) {
                delete.setString(1, giftId);
                delete.executeUpdate();
            }
        }
    }

    @Test
    @TestSecurity(user = "dirk", roles = "director")
    void anOpenDashboardIsToldWithinSecondsWhenAGiftArrivesAndItsTilesShowIt() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest request = HttpRequest.newBuilder(URI.create(RestAssured.baseURI + ":" + RestAssured.port
                + "/events/figures")).header("Accept", "text/event-stream").build();
        HttpResponse<InputStream> stream = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        assertThat(stream.statusCode()).isEqualTo(200);
        CompletableFuture<String> firstEvent = CompletableFuture.supplyAsync(() -> {
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(stream.body(),
                    StandardCharsets.UTF_8))) {
                String line;
                while ((line = reader.readLine()) != null) {
                    if (line.startsWith("event:")) {
                        return line;
                    }
                }
                return "closed";
            } catch (Exception e) {
                return e.toString();
            }
        });

        // a gift of 250.00 in a year of its own, without targets: 250.00 of 250.00 unearmarked = 100.00 %
        int year = TestYears.year();
        events.giftRecorded(id(), id(), year + "-03-20", "250.00", null, null,
                alloc(1, "UNEARMARKED", "ALG", "250.00"));

        assertThat(firstEvent.get(15, TimeUnit.SECONDS)).isEqualTo("event:figures");
        stream.body().close();
        // the first event may be another test's gift, applied just before this one: the tiles show this gift within
        // seconds, not necessarily at the first event
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() ->
                given().when().get("/dashboard/tiles?year=" + year).then().statusCode(200)
                        .body(not(containsString("<html")))
                        .body(containsString("data-tile=\"unearmarked-share\" data-status=\"\" data-value=\"100.00\""))
                        .body(containsString("geen doel ingesteld")));
    }

    @Test
    @TestSecurity(user = "dirk", roles = "director")
    void theQuarterlyReportIsPrintReadyWithItsCharts() {
        given().when().get("/reports/quarterly?year=" + YEAR + "&quarter=1").then().statusCode(200)
                .body(containsString("Kwartaalrapportage " + YEAR + " K1"))
                .body(containsString("data-print"))
                .body(containsString("id=\"chart-monthly\""))
                .body(containsString("/css/crm.css"))
                .body(containsString("Campagneresultaten 01-01-" + YEAR + " – 31-03-" + YEAR));
        given().cookie("crm-lang", "en").when().get("/reports/quarterly?year=" + YEAR + "&quarter=1").then()
                .statusCode(200)
                .body(containsString("Quarterly report " + YEAR + " Q1"))
                .body(containsString("Campaign results 01-01-" + YEAR + " – 31-03-" + YEAR));
        given().when().get("/css/crm.css").then().statusCode(200).body(containsString("@media print"));
    }
}
