package org.donorcrm.platform.donors;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Donors as the other services' screens show them: donor-service is a stub on a local port that answers names to
 * the token "fenna" (a fundraiser), 403 to "dirk" (a director) on names but number and kind on references, and
 * the search with one donor.
 */
@QuarkusTest
class DonorsTest {

    private HttpServer donorService;
    private final List<String> requests = new ArrayList<>();
    private final String anna = UUID.randomUUID().toString();
    private final String fonds = UUID.randomUUID().toString();

    @BeforeEach
    void start() throws IOException {
        donorService = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        donorService.createContext("/api/v1/donors", exchange -> {
            String query = URLDecoder.decode(exchange.getRequestURI().getRawQuery(), StandardCharsets.UTF_8);
            String path = exchange.getRequestURI().getPath();
            String token = exchange.getRequestHeaders().getFirst("Authorization");
            requests.add(path + "?" + query + " " + token);
            int status = 200;
            String body;
            if (path.endsWith("/references")) {
                body = "{\"items\":[{\"id\":\"" + anna + "\",\"number\":100234,\"kind\":\"INDIVIDUAL\"},{\"id\":\""
                        + fonds + "\",\"number\":100007,\"kind\":\"FOUNDATION\"}]}";
            } else if ("Bearer dirk".equals(token)) {
                status = 403;
                body = "{\"status\":403}";
            } else if (query.contains("ids=")) {
                body = "{\"items\":[{\"id\":\"" + anna + "\",\"number\":100234,\"kind\":\"INDIVIDUAL\","
                        + "\"displayName\":\"Anna de Vries\",\"email\":\"anna@example.org\"}],\"total\":1}";
            } else {
                body = "{\"items\":[{\"id\":\"" + fonds + "\",\"number\":100007,\"kind\":\"FOUNDATION\","
                        + "\"displayName\":\"Fonds Kinderrechten\",\"postcode\":\"2511 AB\",\"city\":\"Den Haag\"}],"
                        + "\"total\":9}";
            }
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", status == 200 ? "application/json"
                    : "application/problem+json");
            exchange.sendResponseHeaders(status, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        donorService.start();
    }

    @AfterEach
    void stop() {
        donorService.stop(0);
    }

    private Donors donors() {
        return new Donors("http://127.0.0.1:" + donorService.getAddress().getPort());
    }

    private static SecurityIdentity signedIn(String token) {
        return QuarkusSecurityIdentity.builder().setPrincipal(new QuarkusPrincipal(token))
                .addCredential(new AccessTokenCredential(token)).build();
    }

    @Test
    void aSearchAsksWithThePersonsOwnTokenAndSaysWhetherThereAreMore() {
        Donors.Found found = donors().search(" kinder ", signedIn("fenna"));
        assertThat(found.donors()).extracting(DonorServiceClient.Card::displayName)
                .containsExactly("Fonds Kinderrechten");
        assertThat(found.more()).isTrue();
        assertThat(found.unavailable()).isFalse();
        assertThat(requests).containsExactly("/api/v1/donors?q=kinder&size=8&countUpTo=9 Bearer fenna");
        // one character, or no token: nothing asked
        assertThat(donors().search("k", signedIn("fenna")).donors()).isEmpty();
        assertThat(requests).hasSize(1);
    }

    @Test
    void aPersonWhoMaySeeNamesSeesNamesADirectorNumberAndKind() {
        Map<String, DonorShown> named = donors().shown(List.of(anna, "not-an-id"), signedIn("fenna"));
        assertThat(named).containsExactly(Map.entry(anna, new DonorShown(anna, "Anna de Vries", 100234L,
                "INDIVIDUAL")));
        assertThat(named.get(anna).label()).isEqualTo("Anna de Vries");

        Map<String, DonorShown> director = donors().shown(List.of(anna, fonds), signedIn("dirk"));
        assertThat(director.get(anna).named()).isFalse();
        assertThat(director.get(anna).label()).isEqualTo("nr. 100234 · particulier");
        assertThat(director.get(fonds).label()).isEqualTo("nr. 100007 · vermogensfonds");
        assertThat(requests).containsExactly(
                "/api/v1/donors?ids=" + anna + "&size=1 Bearer fenna",
                "/api/v1/donors?ids=" + anna + "," + fonds + "&size=2 Bearer dirk",
                "/api/v1/donors/references?ids=" + anna + "," + fonds + " Bearer dirk");
    }

    @Test
    void donorServiceAwayShowsNothingAndBreaksNothing() {
        donorService.stop(0);
        assertThat(donors().shown(List.of(anna), signedIn("fenna"))).isEmpty();
        assertThat(donors().search("anna", signedIn("fenna")).unavailable()).isTrue();
    }
}
