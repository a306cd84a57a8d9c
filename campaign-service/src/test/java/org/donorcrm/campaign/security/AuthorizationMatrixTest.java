package org.donorcrm.campaign.security;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.donorcrm.testing.security.AuthorizationMatrix;
import org.junit.jupiter.api.Test;

import java.net.URI;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every operation of this service's OpenAPI document, called as each role, without a role, without a token and
 * with each kind of broken token, answers as the matrix in docs/security.md declares; an operation without a
 * declared rule fails the build.
 */
@QuarkusTest
class AuthorizationMatrixTest {

    @TestHTTPResource("/")
    URI baseUri;

    @Test
    void everyOperationAnswersEachRoleAndEachBrokenTokenAsTheDeclaredMatrixSays() {
        AuthorizationMatrix.Report report = AuthorizationMatrix.verify("campaign-service", baseUri);

        // every operation of the document, each called 10 times: 4 roles + 1 user without a role + no token + 4
        // broken tokens (no row of this service leaves its allowed roles uncalled)
        assertThat(report.operations()).isEqualTo(18);
        assertThat(report.calls()).isEqualTo(10 * 18);
    }
}
