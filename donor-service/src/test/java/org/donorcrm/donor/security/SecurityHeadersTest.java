package org.donorcrm.donor.security;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import org.donorcrm.testing.security.SecurityHeaders;
import org.junit.jupiter.api.Test;

import java.net.URI;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The screens and the API answer with the security headers (CSP, frame options, nosniff, referrer policy), and a
 * form posted from another site is refused (docs/security.md). The sign-in session cookie's SameSite=Lax is
 * configuration only ({@code quarkus.oidc.web.authentication.cookie-same-site}): the tests sign people in without a
 * session, so no test here sees the cookie.
 */
@QuarkusTest
class SecurityHeadersTest {

    @TestHTTPResource("/")
    URI baseUri;

    @Test
    @TestSecurity(user = "sam", roles = {"fundraiser"})
    void aScreenCarriesTheHeadersAndAFormFromAnotherSiteIsRefused() {
        assertThat(SecurityHeaders.checkScreen(baseUri, "/donors/new", "/donors")).isEmpty();
    }

    @Test
    void theApiCarriesTheHeadersOnAnswersAndOnRefusals() {
        assertThat(SecurityHeaders.checkApi(baseUri, "/api/v1/donors")).isEmpty();
    }
}
