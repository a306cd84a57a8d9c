package org.donorcrm.gift.bankimport;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.donorcrm.gift.support.DonorLookupStub;
import org.donorcrm.gift.support.DonorServiceStub;
import org.donorcrm.gift.support.Replicas;
import org.donorcrm.testing.TestTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.donorcrm.gift.bankimport.BankImportResourceTest.randomIban;
import static org.donorcrm.gift.bankimport.Statements.Line;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;

/**
 * The review queue that finishes the job (issue 20): each waiting credit with the donors suggested for it — by the
 * same name, a similar name in the counterparty's town, and marked when the credit is their usual gift — found with
 * donor-service's search ({@link DonorServiceStub}) and the signed-in person's own token; one click that books the
 * credit and the other waiting credits of its account; the link that opens donor-service's registration form filled
 * with the credit's name and account, and "search again" once that donor exists. Names reach no log and no event.
 * Other tests' credits wait in the queue too: a credit's row is looked up on whichever page of the queue it is.
 */
@QuarkusTest
class BankReviewQueueTest {

    private static final String BOOKED = "2021-01-04";
    private static final Pattern UUID_PATTERN = Pattern.compile(
            "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final Pattern SUGGESTED = Pattern.compile("name=\"donorId\" value=\"([0-9a-f-]{36})\"");
    /** The surnames of this class's donors and credits: none may reach a log or an event. */
    private static final List<String> NAMES = List.of("Vries", "Oosterhout", "Smeenk", "Onbekendnaam", "Jansen");

    @Inject
    Replicas replicas;

    @Inject
    EntityManager entityManager;

    @Inject
    ReviewSuggestions suggestions;

    private final List<String> namesakes = new ArrayList<>();
    private final List<String> logged = new CopyOnWriteArrayList<>();
    private final Handler logs = new Handler() {
        @Override
        public void publish(LogRecord record) {
            logged.add(record.getLoggerName() + " " + record.getMessage() + " "
                    + Arrays.toString(record.getParameters())
                    + (record.getThrown() == null ? "" : " " + record.getThrown()));
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void setUp() {
        replicas.standardFunds();
        DonorLookupStub.down(false);
        Logger.getLogger("").addHandler(logs);
    }

    @AfterEach
    void namesReachNoLog() {
        Logger.getLogger("").removeHandler(logs);
        DonorLookupStub.down(false);
        namesakes.forEach(DonorServiceStub::forget);
        assertThat(logged).noneMatch(line -> NAMES.stream().anyMatch(line::contains));
    }

    @Test
    @TestSecurity(user = "femke", roles = "finance")
    void aCreditFromJDeVriesSuggestsTheNamesakesTheOneInTheTownFirstAndMarksTheUsualAmount() {
        // created first, so the lowest donor number: only the town puts Jan above him for a credit from Utrecht
        String johan = donor("Johan de Vries", "Amsterdam");
        String jan = donor("Jan de Vries", "Utrecht");
        String piet = donor("Piet de Vries", "Utrecht");
        String kees = donor("Kees de Vries", "Rotterdam");
        // Jan's usual gift: 25.00 twice in the twelve months before the credit, 50.00 once
        gift(jan, "25.00", "2020-03-02");
        gift(jan, "25.00", "2020-09-01");
        gift(jan, "50.00", "2020-12-01");
        gift(johan, "10.00", "2020-06-01");

        String ref = "REVIEW-" + UUID.randomUUID();
        List<Map<String, Object>> lines = entries(upload(inTown(inTown(Statements.camt(ref, "0.00", List.of(
                        new Line("25.00", true, BOOKED, ref + "-1", null, randomIban(), "J. de Vries", "gift", null),
                        new Line("40.00", true, BOOKED, ref + "-2", null, randomIban(), "J. de Vries", "gift", null),
                        new Line("40.00", true, BOOKED, ref + "-3", null, randomIban(), "Dhr. J. de Vries", "gift",
                                null),
                        new Line("30.00", true, BOOKED, ref + "-4", null, randomIban(), "X. Onbekendnaam", "gift",
                                null))),
                "J. de Vries", "Utrecht"), "Dhr. J. de Vries", "Amsterdam")));
        assertThat(lines).extracting(l -> l.get("status")).containsOnly("REVIEW");
        assertThat(lines.get(0).get("counterpartyCity")).isEqualTo("Utrecht");

        // the usual amount first; then the namesake in the credit's town; a similar name only in that town
        String usual = entryPage(id(lines, 0), "nl");
        assertThat(suggested(usual)).containsExactly(jan, johan, piet);
        assertThat(text(usual))
                .contains("Voorgestelde donateurs Jan de Vries (Utrecht) · zelfde naam, zelfde bedrag als "
                        + "gebruikelijke gift Koppelen Johan de Vries (Amsterdam) · zelfde naam Koppelen "
                        + "Piet de Vries (Utrecht) · lijkt op naam, zelfde plaats Koppelen")
                .doesNotContain("Kees de Vries");
        assertThat(suggested(entryPage(id(lines, 1), "nl"))).containsExactly(jan, johan, piet);
        String amsterdam = entryPage(id(lines, 2), "nl");
        assertThat(suggested(amsterdam)).containsExactly(johan, jan).doesNotContain(piet, kees);
        assertThat(text(amsterdam)).contains("Johan de Vries (Amsterdam) · zelfde naam Koppelen "
                + "Jan de Vries (Utrecht) · zelfde naam Koppelen");
        assertThat(text(entryPage(id(lines, 0), "en"))).contains("Suggested donors Jan de Vries (Utrecht) · "
                + "same name, same amount as their usual gift Assign Johan de Vries (Amsterdam) · same name Assign "
                + "Piet de Vries (Utrecht) · similar name, same town Assign");

        // a name that matches nobody: no suggestions, the registration link still
        String nobody = entryPage(id(lines, 3), "nl");
        assertThat(suggested(nobody)).isEmpty();
        assertThat(nobody).doesNotContain("Voorgestelde donateurs").contains("Nieuwe gever van deze bijschrijving");

        // the queue shows the same suggestions on each waiting credit, with no id as text
        String row = queueRow(id(lines, 0));
        assertThat(text(row)).contains("€ 25,00 J. de Vries gift").contains("Jan de Vries (Utrecht) · zelfde naam, "
                + "zelfde bedrag als gebruikelijke gift Koppelen Johan de Vries (Amsterdam) · zelfde naam Koppelen "
                + "Piet de Vries (Utrecht) · lijkt op naam, zelfde plaats Koppelen Nieuwe gever van deze bijschrijving");
        assertThat(text(row)).doesNotContainPattern(UUID_PATTERN);
        assertThat(suggested(row)).containsExactly(jan, johan, piet);
        assertThat(suggested(queueRow(id(lines, 3)))).isEmpty();
        // donor-service was asked with femke's own token, for the surname only
        assertThat(DonorServiceStub.askedBy("femke")).contains("/api/v1/donors?q=vries&size=50&countUpTo=51");
    }

    @Test
    @TestSecurity(user = "femke", roles = "finance")
    void atMostFiveAreSuggestedAndADirectorWhomDonorServiceGivesNoNamesGetsNone() {
        List<String> smeenks = new ArrayList<>();
        for (String first : List.of("Aart", "Adam", "Alida", "Anke", "Anna", "Arie")) {
            smeenks.add(donor(first + " Smeenk", "Deventer"));
        }
        String ref = "FIVE-" + UUID.randomUUID();
        List<Map<String, Object>> lines = entries(upload(Statements.camt(ref, "0.00", List.of(
                new Line("12.00", true, BOOKED, ref + "-1", null, randomIban(), "A. Smeenk", "gift", null)))));
        // the lowest donor numbers of the six namesakes
        assertThat(suggested(entryPage(id(lines, 0), "nl"))).containsExactlyElementsOf(smeenks.subList(0, 5));

        StatementResponse.Entry entry = QuarkusTransaction.requiringNew().call(() ->
                StatementResponse.Entry.of(entityManager.find(BankEntry.class, id(lines, 0))));
        ReviewSuggestions.Review forFinance = QuarkusTransaction.requiringNew().call(() ->
                suggestions.of(List.of(entry), person("femke", "finance")));
        assertThat(forFinance.suggestions().get(entry.id())).extracting(ReviewSuggestions.Suggestion::donorId)
                .containsExactlyElementsOf(smeenks.subList(0, 5));
        int askedBefore = DonorServiceStub.askedBy("dirk").size();
        ReviewSuggestions.Review forDirector = QuarkusTransaction.requiringNew().call(() ->
                suggestions.of(List.of(entry), person("dirk", "director")));
        assertThat(forDirector.suggestions()).isEmpty();
        assertThat(forDirector.names()).isEmpty();
        // not even asked: donor-service would refuse a director names
        assertThat(DonorServiceStub.askedBy("dirk")).hasSize(askedBefore);
    }

    @Test
    @TestSecurity(user = "dirk", roles = "director")
    void aDirectorHasNoQueueToSeeSuggestionsOn() {
        given().when().get("/bank/queue").then().statusCode(403).body(not(containsString("Koppelen")));
    }

    @Test
    @TestSecurity(user = "femke", roles = "finance")
    void oneClickBooksTheCreditAndTheOtherWaitingCreditsOfItsAccountAndConfirmsTheAccount() {
        String ria = donor("Ria Oosterhout", "Zwolle");
        String account = randomIban();
        String other = randomIban();
        String ref = "ONECLICK-" + UUID.randomUUID();
        List<Map<String, Object>> lines = entries(upload(Statements.camt(ref, "0.00", List.of(
                new Line("25.00", true, BOOKED, ref + "-1", null, account, "R. Oosterhout", "gift", null),
                new Line("30.00", true, BOOKED, ref + "-2", null, account, "R. Oosterhout", "gift", null),
                new Line("12.50", true, BOOKED, ref + "-3", null, account, "R. Oosterhout", "gift", null),
                new Line("5.00", true, BOOKED, ref + "-4", null, other, "R. Oosterhout", "gift", null),
                new Line("6.00", true, BOOKED, ref + "-5", null, other, "R. Oosterhout", "gift", null)))));
        assertThat(lines).extracting(l -> l.get("status")).containsOnly("REVIEW");

        String queue = queueRow(id(lines, 0));
        assertThat(queue).contains("<input class=\"form-check-input\" type=\"checkbox\" id=\"sameAccount-"
                + id(lines, 0) + "\" name=\"sameAccount\" value=\"true\" checked>")
                // the one click comes back to the queue and confirms the account
                .contains("<form method=\"post\" action=\"/bank/entries/" + id(lines, 0) + "/assignment\" "
                        + "class=\"suggestions\" novalidate>\n  <input type=\"hidden\" name=\"from\" value=\"queue\">\n"
                        + "  <input type=\"hidden\" name=\"rememberAccount\" value=\"true\">");
        assertThat(text(queue)).contains("Ria Oosterhout (Zwolle) · zelfde naam Koppelen ook de andere 2 wachtende "
                + "bijschrijvingen van deze rekening");

        // one click on the queue, the box checked: all three credits of the account, none of the other
        ImportJobs.form().formParam("from", "queue").formParam("rememberAccount", "true")
                .formParam("sameAccount", "true").formParam("donorId", ria)
                .when().post("/bank/entries/" + id(lines, 0) + "/assignment")
                .then().statusCode(303).header("Location", endsWith("/bank/queue?booked=3&sum=67.50"));
        given().queryParam("booked", "3").queryParam("sum", "67.50").when().get("/bank/queue").then()
                .statusCode(200)
                .body(containsString("<div class=\"alert alert-success\" id=\"booked\">3 bijschrijvingen geboekt "
                        + "(€ 67,50)</div>"));
        assertThat(statuses(lines)).containsExactly("ASSIGNED", "ASSIGNED", "ASSIGNED", "REVIEW", "REVIEW");
        assertThat(donors(lines)).containsExactly(ria, ria, ria, null, null);
        assertThat(giftsOf(ria)).containsExactly(3L, new BigDecimal("67.50"));

        // the box unchecked: only the credit clicked
        ImportJobs.form().formParam("rememberAccount", "true").formParam("donorId", ria)
                .when().post("/bank/entries/" + id(lines, 3) + "/assignment")
                .then().statusCode(303).header("Location",
                        endsWith("/bank/entries/" + id(lines, 3) + "?booked=1&sum=5.00"));
        given().cookie("crm-lang", "en").when().get("/bank/entries/" + id(lines, 3) + "?booked=1&sum=5.00")
                .then().statusCode(200).body(containsString(">1 credit booked (€ 5,00)</div>"));
        assertThat(statuses(lines)).containsExactly("ASSIGNED", "ASSIGNED", "ASSIGNED", "ASSIGNED", "REVIEW");
        assertThat(giftsOf(ria)).containsExactly(4L, new BigDecimal("72.50"));

        // the account was confirmed: its next credit is booked to Ria by itself
        String later = "ONECLICK-" + UUID.randomUUID();
        List<Map<String, Object>> next = entries(upload(Statements.camt(later, "0.00", List.of(
                new Line("25.00", true, "2021-02-01", later + "-1", null, account, "R. Oosterhout", "gift", null)))));
        assertThat(next.get(0).get("status")).isEqualTo("MATCHED");
        assertThat(next.get(0).get("donorId")).isEqualTo(ria);
        assertThat(next.get(0).get("matchReason")).isEqualTo("matched by account confirmed by finance earlier");

        // no name in the gifts' events
        long named = QuarkusTransaction.requiringNew().call(() -> (Long) entityManager.createQuery(
                        "select count(o) from OutboxEvent o where o.partitionKey = :ria and o.payload like :name")
                .setParameter("ria", ria).setParameter("name", "%Oosterhout%").getSingleResult());
        long events = QuarkusTransaction.requiringNew().call(() -> (Long) entityManager.createQuery(
                        "select count(o) from OutboxEvent o where o.partitionKey = :ria")
                .setParameter("ria", ria).getSingleResult());
        assertThat(events).isGreaterThanOrEqualTo(5);
        assertThat(named).isZero();
    }

    @Test
    @TestSecurity(user = "femke", roles = "finance")
    void aNewDonorFromTheCreditIsFilledInWithItsNameAndAccountAndSearchingAgainBooksIt() {
        String account = randomIban();
        String ref = "NEWDONOR-" + UUID.randomUUID();
        List<Map<String, Object>> lines = entries(upload(inTown(Statements.camt(ref, "0.00", List.of(
                new Line("17.50", true, BOOKED, ref + "-1", null, account, "José de Vries-Jansen", "gift", null),
                new Line("20.00", true, "2021-01-05", ref + "-2", null, account, "José de Vries-Jansen", "gift",
                        null))), "José de Vries-Jansen", "Den Haag")));
        String entry = id(lines, 0);

        String page = entryPage(entry, "nl");
        assertThat(page).contains("<a class=\"btn btn-sm btn-outline-secondary\" id=\"new-donor\" "
                + "href=\"http://127.0.0.1:8081/donors/new?firstName=Jos%C3%A9&amp;infix=de&amp;lastName=Vries-Jansen"
                + "&amp;iban=" + account + "&amp;city=Den+Haag\" target=\"_blank\" rel=\"noopener\">"
                + "Nieuwe gever van deze bijschrijving</a>");
        assertThat(text(page)).doesNotContainPattern(UUID_PATTERN);
        String queue = queueRow(entry);
        assertThat(queue).contains("href=\"http://127.0.0.1:8081/donors/new?firstName=Jos%C3%A9&amp;infix=de"
                + "&amp;lastName=Vries-Jansen&amp;iban=" + account + "&amp;city=Den+Haag\"");

        // searching again before the donor exists finds nobody and changes nothing
        ImportJobs.form().formParam("from", "entry").when().post("/bank/entries/" + entry + "/rematch")
                .then().statusCode(303).header("Location", endsWith("/bank/entries/" + entry + "?search=none"));
        given().when().get("/bank/entries/" + entry + "?search=none").then().statusCode(200)
                .body(containsString("Nog geen donateur gevonden bij deze rekening of omschrijving."));
        // nor while donor-service does not answer
        DonorLookupStub.down(true);
        ImportJobs.form().formParam("from", "entry").when().post("/bank/entries/" + entry + "/rematch")
                .then().statusCode(303).header("Location", endsWith("?search=unavailable"));
        DonorLookupStub.down(false);
        assertThat(statuses(lines)).containsExactly("REVIEW", "REVIEW");
        // the logs are read: the lookup's failure is there, by its kind and counts only
        assertThat(logged).anyMatch(line -> line.contains("did not answer the donor lookup"));

        // the donor registered in donor-service with the account: searching again books both credits of it
        String jose = replicas.individual();
        DonorLookupStub.holds(account, jose);
        ImportJobs.form().formParam("from", "entry").when().post("/bank/entries/" + entry + "/rematch")
                .then().statusCode(303).header("Location",
                        endsWith("/bank/entries/" + entry + "?booked=2&sum=37.50"));
        given().when().get("/bank/entries/" + entry + "?booked=2&sum=37.50").then().statusCode(200)
                .body(containsString("2 bijschrijvingen geboekt (€ 37,50)"));
        assertThat(statuses(lines)).containsExactly("MATCHED", "MATCHED");
        assertThat(donors(lines)).containsExactly(jose, jose);
        assertThat(entries(lines.get(0).get("statementId").toString()).get(0).get("matchReason"))
                .isEqualTo("matched by account on the donor's record");

        // erasing the donor blanks the counterparty's town with its name and account
        DonorLookupStub.heldByNobody(account);
        replicas.erase(jose);
        BankEntry erased = QuarkusTransaction.requiringNew().call(() -> entityManager.find(BankEntry.class, entry));
        assertThat(erased.counterpartyCity).isNull();
        assertThat(erased.counterpartyName).isNull();
        assertThat(erased.counterpartyIban).isNull();
    }

    /** A donor the replica knows and donor-service finds by this name, in this town. */
    private String donor(String name, String town) {
        String id = replicas.individual();
        DonorServiceStub.known(id, name, "1234 AB", town);
        namesakes.add(id);
        return id;
    }

    private static void gift(String donorId, String amount, String date) {
        given().auth().oauth2(TestTokens.forRoles("finance")).contentType(ContentType.JSON)
                .body("""
                        {"donorId":"%s","amount":"%s","currency":"EUR","incomeDate":"%s","earmarkClass":"UNEARMARKED"}
                        """.formatted(donorId, amount, date))
                .when().post("/api/v1/gifts").then().statusCode(201);
    }

    /** The statement with the town of this counterparty's address (Dbtr/PstlAdr/TwnNm). */
    private static String inTown(String xml, String name, String town) {
        return xml.replace("<Nm>" + name + "</Nm>",
                "<Nm>" + name + "</Nm><PstlAdr><TwnNm>" + town + "</TwnNm></PstlAdr>");
    }

    private static String upload(String xml) {
        return given().auth().oauth2(TestTokens.forRoles("finance")).contentType("application/xml")
                .body(xml.getBytes(StandardCharsets.UTF_8))
                .when().post("/api/v1/bank-statements")
                .then().statusCode(201).extract().path("statements[0].id");
    }

    private static List<Map<String, Object>> entries(String statement) {
        return given().auth().oauth2(TestTokens.forRoles("finance")).queryParam("size", 500)
                .when().get("/api/v1/bank-statements/" + statement + "/entries")
                .then().statusCode(200).extract().jsonPath().getList("items");
    }

    private static String id(List<Map<String, Object>> lines, int index) {
        return (String) lines.get(index).get("id");
    }

    private static String entryPage(String id, String language) {
        return given().cookie("crm-lang", language).when().get("/bank/entries/" + id).then().statusCode(200)
                .extract().asString();
    }

    /** The row of this credit in the review queue, on whichever page it is (other tests' credits wait too). */
    private static String queueRow(String entryId) {
        for (int page = 0; page < 40; page++) {
            String html = given().queryParam("page", page).when().get("/bank/queue").then().statusCode(200)
                    .extract().asString();
            for (String row : html.split("<tr>")) {
                if (row.contains("href=\"/bank/entries/" + entryId + "\"")) {
                    return row.substring(0, row.indexOf("</tr>"));
                }
            }
            if (!html.contains("href=\"/bank/entries/")) {
                break;
            }
        }
        throw new AssertionError("credit " + entryId + " is not in the review queue");
    }

    /** The donors a page suggests, in its order (the buttons' values; never shown as text). */
    private static List<String> suggested(String html) {
        List<String> ids = new ArrayList<>();
        Matcher m = SUGGESTED.matcher(html);
        while (m.find()) {
            ids.add(m.group(1));
        }
        return ids;
    }

    /** What a person reads on the page: without tags, the blanks between words as one space. */
    private static String text(String html) {
        return BankImportPagesTest.visibleText(html).replaceAll("\\s+", " ");
    }

    private List<String> statuses(List<Map<String, Object>> lines) {
        return QuarkusTransaction.requiringNew().call(() -> lines.stream()
                .map(l -> entityManager.find(BankEntry.class, (String) l.get("id")).status.name()).toList());
    }

    private List<String> donors(List<Map<String, Object>> lines) {
        return QuarkusTransaction.requiringNew().call(() -> lines.stream()
                .map(l -> entityManager.find(BankEntry.class, (String) l.get("id")).donorId).toList());
    }

    /** The number and total of the donor's recorded gifts. */
    private Object[] giftsOf(String donorId) {
        return QuarkusTransaction.requiringNew().call(() -> entityManager.createQuery(
                        "select count(g), sum(g.amount) from Gift g where g.donorId = :d", Object[].class)
                .setParameter("d", donorId).getSingleResult());
    }

    /** A signed-in person with an access token of their own, as the screens have one. */
    private static QuarkusSecurityIdentity person(String user, String role) {
        return QuarkusSecurityIdentity.builder().setPrincipal(new QuarkusPrincipal(user)).addRole(role)
                .addCredential(new AccessTokenCredential(TestTokens.forUser(user, role))).build();
    }
}
