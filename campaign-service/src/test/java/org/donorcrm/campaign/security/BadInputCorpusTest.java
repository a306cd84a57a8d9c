package org.donorcrm.campaign.security;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.donorcrm.testing.badinput.BadInputCorpus;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.net.URI;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bad-input corpus (docs/security.md, "Bad input"): every operation of this service that takes input,
 * sent its malformed and hostile variants with a token of an allowed role, answers 4xx problem+json, never
 * 2xx or 5xx, and stores and publishes nothing.
 */
@QuarkusTest
class BadInputCorpusTest {

    @TestHTTPResource("/")
    URI baseUri;

    @Inject
    DataSource database;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String kafka;

    @Test
    void everyHostileInputIsRefusedWithAProblemAndNothingIsStored() {
        BadInputCorpus.Report report = BadInputCorpus.of("campaign-service", baseUri)
                .store(database, kafka)
                .run();

        System.out.println("campaign-service bad-input corpus: " + report);

        // every operation of the matrix takes a body, a path or a query parameter, so every one is in the corpus
        assertThat(report.casesPerOperation()).containsKeys("POST /api/v1/campaigns", "PUT /api/v1/campaigns/{id}",
                "POST /api/v1/campaigns/{id}/appeals", "POST /api/v1/campaigns/{id}/costs",
                "DELETE /api/v1/campaigns/{id}/costs/{costId}", "POST /api/v1/funds", "PUT /api/v1/funds/{id}",
                "POST /api/v1/funds/{id}/close", "GET /api/v1/campaigns", "GET /api/v1/funds");
        assertThat(report.operationsWithoutInput()).isZero();
    }
}
