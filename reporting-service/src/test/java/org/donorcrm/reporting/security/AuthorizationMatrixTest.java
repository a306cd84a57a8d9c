package org.donorcrm.reporting.security;

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
        AuthorizationMatrix.Report report = AuthorizationMatrix.verify("reporting-service", baseUri);

        // verify() fails on any answer the matrix does not declare; the one call left out is the rebuild as admin
        assertThat(report.notCalled()).isEqualTo(1);
    }
}
