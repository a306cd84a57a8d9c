package org.donorcrm.reporting.donornames;

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
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The names of a page of donors come from donor-service in one call per 100 ids, with the viewer's own token.
 * donor-service is a stub on a local port that knows every id it is asked for except {@code unknown}, and answers
 * 403 to the token "director-token" as donor-service does to a director.
 */
@QuarkusTest
class DonorNamesTest {

    private HttpServer donorService;
    private final List<String> requests = new ArrayList<>();
    private final List<String> authorizations = new ArrayList<>();
    private final String unknown = UUID.randomUUID().toString();

    @BeforeEach
    void startDonorService() throws IOException {
        donorService = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        donorService.createContext("/api/v1/donors", exchange -> {
            String query = URLDecoder.decode(exchange.getRequestURI().getRawQuery(), StandardCharsets.UTF_8);
            requests.add(exchange.getRequestURI().getPath() + "?" + query);
            String authorization = exchange.getRequestHeaders().getFirst("Authorization");
            authorizations.add(authorization);
            int status = "Bearer director-token".equals(authorization) ? 403 : 200;
            StringBuilder body = new StringBuilder(status == 403 ? "{\"status\":403}" : "{\"items\":[");
            boolean references = exchange.getRequestURI().getPath().endsWith("/references");
            if (status == 200) {
                String ids = query.replaceAll(".*ids=([^&]*).*", "$1");
                String sep = "";
                for (String id : ids.split(",")) {
                    if (!id.equals(unknown)) {
                        body.append(sep).append("{\"id\":\"").append(id).append("\",\"number\":").append(100_001
                                + requests.size()).append(references ? ",\"kind\":\"FOUNDATION\"}"
                                : ",\"displayName\":\"Name of " + id.substring(0, 8) + "\",\"email\":\"x@example.org\"}");
                        sep = ",";
                    }
                }
                body.append("],\"total\":0,\"page\":0,\"size\":100}");
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
    }

    @AfterEach
    void stopDonorService() {
        donorService.stop(0);
    }

    private DonorNames names() {
        return new DonorNames("http://127.0.0.1:" + donorService.getAddress().getPort());
    }

    private static SecurityIdentity signedIn(String role, String token) {
        return QuarkusSecurityIdentity.builder().setPrincipal(new QuarkusPrincipal("someone")).addRole(role)
                .addCredential(new AccessTokenCredential(token)).build();
    }

    @Test
    void theNamesOfAPageOfFiftyDonorsComeInOneCallWithTheViewersToken() {
        List<String> ids = new ArrayList<>(IntStream.range(0, 49).mapToObj(i -> UUID.randomUUID().toString()).toList());
        ids.add(unknown);
        ids.add(ids.get(0)); // twice on the page: asked once

        Map<String, DonorShown> found = names().of(ids, signedIn("fundraiser", "fenna-token"));

        assertThat(requests).hasSize(1);
        assertThat(requests.get(0)).isEqualTo("/api/v1/donors?ids=" + String.join(",", ids.subList(0, 50))
                + "&size=50");
        assertThat(authorizations).containsExactly("Bearer fenna-token");
        assertThat(found).hasSize(49).doesNotContainKey(unknown)
                .containsEntry(ids.get(7), new DonorShown("Name of " + ids.get(7).substring(0, 8), 100_002L, null));
    }

    @Test
    void moreThanAHundredIdsAreAskedForAHundredAtATime() {
        List<String> ids = IntStream.range(0, 250).mapToObj(i -> UUID.randomUUID().toString()).toList();
        Map<String, DonorShown> found = names().of(ids, signedIn("finance", "femke-token"));
        assertThat(found).hasSize(250);
        assertThat(requests).hasSize(3);
        assertThat(requests.get(2)).endsWith("&size=50");
    }

    @Test
    void aDirectorIsShownNumberAndKindNeverANameAndARefusalShowsNothing() {
        List<String> ids = List.of(UUID.randomUUID().toString(), unknown);
        assertThat(names().of(ids, signedIn("director", "dirk-token")))
                .containsExactly(Map.entry(ids.get(0), new DonorShown(null, 100_002L, "FOUNDATION")));
        assertThat(requests).containsExactly("/api/v1/donors/references?ids=" + ids.get(0) + "," + unknown);
        assertThat(authorizations).containsExactly("Bearer dirk-token");
        // a role donor-service refuses after all: nothing shown, no error
        assertThat(names().of(ids, signedIn("fundraiser", "director-token"))).isEmpty();
        assertThat(requests).hasSize(2);
    }

    @Test
    void donorServiceAwayGivesIdsOnly() {
        donorService.stop(0);
        assertThat(names().of(List.of(UUID.randomUUID().toString()), signedIn("fundraiser", "t"))).isEmpty();
    }
}
