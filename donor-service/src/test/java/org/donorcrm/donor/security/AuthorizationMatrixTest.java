package org.donorcrm.donor.security;

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
        // throws on every answer the matrix does not declare, and on an operation without a declared rule
        AuthorizationMatrix.Report report = AuthorizationMatrix.verify("donor-service", baseUri);

        // every operation of the API document was called (the 33 that OpenApiTest counts)
        assertThat(report.operations()).isEqualTo(33);
    }
}
