package org.donorcrm.reporting.security;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import org.donorcrm.testing.security.SecurityHeaders;
import org.junit.jupiter.api.Test;

import java.net.URI;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The screens and the API answer with the security headers (CSP, frame options, nosniff, referrer policy), and a
 * form posted from another site is refused (docs/security.md).
 */
@QuarkusTest
class SecurityHeadersTest {

    @TestHTTPResource("/")
    URI baseUri;

    @Test
    @TestSecurity(user = "sam", roles = {"finance"})
    void aScreenCarriesTheHeadersAndAFormFromAnotherSiteIsRefused() {
        assertThat(SecurityHeaders.checkScreen(baseUri, "/closes", "/closes")).isEmpty();
    }

    @Test
    void theApiCarriesTheHeadersOnAnswersAndOnRefusals() {
        assertThat(SecurityHeaders.checkApi(baseUri, "/api/v1/figures/unearmarked-share?year=2026")).isEmpty();
    }
}
