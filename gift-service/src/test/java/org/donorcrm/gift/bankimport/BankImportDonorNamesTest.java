package org.donorcrm.gift.bankimport;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.donorcrm.gift.donorlookup.DonorDirectory;
import org.donorcrm.platform.donors.Donors;
import org.donorcrm.gift.support.Replicas;
import org.donorcrm.testing.TestTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.donorcrm.gift.bankimport.Statements.Line;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

/**
 * The bank screens show a line's donor by the name donor-service gives the signed-in person, linked to the donor's
 * page; a person donor-service gives no names gets "the donor", never the id. donor-service is a stub on a local port
 * (as in reporting's DonorNamesTest) that names every donor it is asked for "Anna de Vries", and answers 403 to
 * frank's token as donor-service does to a role without names. gift-service's {@link DonorDirectory} asks it with
 * the person's own access token (a {@code @TestSecurity} person carries a real test token, see
 * {@code support/SignedInWithToken}); the stub reads whose it is.
 */
@QuarkusTest
class BankImportDonorNamesTest {

    private static final String DONOR_URL = "http://127.0.0.1:8081";

    @Inject
    Replicas replicas;

    @Inject
    EntityManager entityManager;

    private HttpServer donorService;
    private final List<String> authorizations = new CopyOnWriteArrayList<>();

    /** Who a bearer token is for (its preferred_username), as donor-service reads it; "" for anything else. */
    private static String userOf(String authorization) {
        String[] parts = authorization == null ? new String[0] : authorization.replace("Bearer ", "").split("\\.");
        if (parts.length < 2) {
            return "";
        }
        String claims = new String(java.util.Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        return claims.replaceAll("(?s).*\"preferred_username\"\\s*:\\s*\"([^\"]*)\".*", "$1");
    }

    @BeforeEach
    void donorService() throws IOException {
        replicas.standardFunds();
        donorService = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        donorService.createContext("/api/v1/donors", exchange -> {
            String query = URLDecoder.decode(exchange.getRequestURI().getRawQuery(), StandardCharsets.UTF_8);
            String authorization = exchange.getRequestHeaders().getFirst("Authorization");
            String user = userOf(authorization);
            authorizations.add(user);
            int status = "frank".equals(user) ? 403 : 200;
            StringBuilder body = new StringBuilder(status == 403 ? "{\"status\":403}" : "{\"items\":[");
            if (status == 200) {
                String sep = "";
                for (String id : query.replaceAll(".*ids=([^&]*).*", "$1").split(",")) {
                    body.append(sep).append("{\"id\":\"").append(id).append("\",\"displayName\":\"Anna de Vries\","
                            + "\"postcode\":\"1011 AB\",\"city\":\"Amsterdam\",\"email\":\"anna@example.org\"}");
                    sep = ",";
                }
                body.append("],\"total\":1}");
            }
            byte[] bytes = body.toString().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", status == 403 ? "application/problem+json"
                    : "application/json");
            exchange.sendResponseHeaders(status, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        donorService.start();
        String url = "http://127.0.0.1:" + donorService.getAddress().getPort();
        QuarkusMock.installMockForType(new DonorDirectory(url, new Donors(url)), DonorDirectory.class);
    }

    @AfterEach
    void stopDonorService() {
        donorService.stop(0);
    }

    /** A statement of two credits naming the donor: one waiting for finance, one matched; the statement's id. */
    private String statementOf(String donor) {
        String ref = "NAMES-" + UUID.randomUUID().toString().substring(0, 8);
        // booked in 2009, before the default fund ALG opened: the donor is found, the credit waits for finance;
        // booked in 2026: matched, a gift
        return given().auth().oauth2(TestTokens.forUser("femke", "finance")).contentType("application/xml")
                .body(Statements.camt(ref, "0.00", List.of(
                        Line.credit("11.00", "2009-06-30", ref + "-1", null, "gift " + donor),
                        Line.credit("22.00", "2026-03-02", ref + "-2", null, "gift " + donor))))
                .when().post("/api/v1/bank-statements")
                .then().statusCode(201).extract().path("statements[0].id");
    }

    @Test
    @TestSecurity(user = "femke", roles = "finance")
    void theQueueTheStatementAndTheLineShowTheDonorsNameLinkedToTheDonorsPage() {
        String donor = replicas.individual();
        String statement = statementOf(donor);
        String waiting = entry(statement, "11.00");
        String named = "<a href=\"" + DONOR_URL + "/donors/" + donor + "\">Anna de Vries</a>";

        given().when().get("/bank/queue").then().statusCode(200)
                .body(containsString("<td class=\"small\">" + named + "</td>"));
        given().when().get("/bank/statements/" + statement).then().statusCode(200)
                // both lines, the one waiting and the one matched, name their donor
                .body(containsString("<td class=\"small\">" + named + "</td><td>te beoordelen</td>"))
                .body(containsString("<td class=\"small\">" + named + "</td><td>gekoppeld</td>"));
        given().when().get("/bank/entries/" + waiting).then().statusCode(200)
                .body(containsString("<dd class=\"col-sm-9\">" + named + "</dd>"))
                // the donor the matching found is chosen already on the assignment form, by name
                .body(containsString("<input class=\"form-check-input\" type=\"radio\" name=\"donorId\" id=\"donor-"
                        + donor + "\" value=\"" + donor + "\" checked>"))
                .body(containsString("<strong>Anna de Vries</strong> · 1011 AB Amsterdam · anna@example.org"));
        // gift-service asked with the person's own token
        assertThat(Set.copyOf(authorizations)).containsExactly("femke");
    }

    @Test
    @TestSecurity(user = "frank", roles = "finance")
    void aPersonDonorServiceGivesNoNamesSeesTheDonorNeverTheId() {
        String donor = replicas.individual();
        String statement = statementOf(donor);
        given().when().get("/bank/queue").then().statusCode(200)
                .body(containsString("<td class=\"small\"><a href=\"/donors/" + donor + "/gifts\">de donateur</a></td>"))
                .body(not(containsString("Anna de Vries")));
        given().when().get("/bank/statements/" + statement).then().statusCode(200)
                .body(containsString("<td class=\"small\"><a href=\"/donors/" + donor + "/gifts\">de donateur</a></td>"
                        + "<td>gekoppeld</td>"))
                .body(not(containsString("Anna de Vries")))
                .body(not(containsString(">" + donor + "<")));
        assertThat(Set.copyOf(authorizations)).containsExactly("frank");
    }

    private String entry(String statementId, String amount) {
        return QuarkusTransaction.requiringNew().call(() -> entityManager.createQuery(
                        "select e.id from BankEntry e where e.statementId = :s and e.amount = :a", String.class)
                .setParameter("s", statementId).setParameter("a", new java.math.BigDecimal(amount))
                .getSingleResult());
    }
}
