package org.donorcrm.donor.security;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import org.donorcrm.testing.security.SecurityHeaders;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.net.URI;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The screens and the API answer with the security headers (CSP, frame options, nosniff, referrer policy), a
 * form posted from another site is refused, and the sign-in session cookie is SameSite=Lax (docs/security.md).
 */
@QuarkusTest
class SecurityHeadersTest {

    @TestHTTPResource("/")
    URI baseUri;

    @ConfigProperty(name = "quarkus.oidc.web.authentication.cookie-same-site")
    String cookieSameSite;

    @Test
    @TestSecurity(user = "sam", roles = {"fundraiser"})
    void aScreenCarriesTheHeadersAndAFormFromAnotherSiteIsRefused() {
        assertThat(SecurityHeaders.checkScreen(baseUri, "/donors/new", "/donors")).isEmpty();
    }

    @Test
    void theApiCarriesTheHeadersOnAnswersAndOnRefusals() {
        assertThat(SecurityHeaders.checkApi(baseUri, "/api/v1/donors")).isEmpty();
    }

    @Test
    void theSignInSessionCookieIsNotSentWithCrossSiteRequests() {
        assertThat(cookieSameSite).isEqualToIgnoringCase("lax");
    }
}
