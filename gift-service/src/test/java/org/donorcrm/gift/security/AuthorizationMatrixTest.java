package org.donorcrm.gift.security;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.donorcrm.testing.security.AuthorizationMatrix;
import org.junit.jupiter.api.Test;

import java.net.URI;

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
        // fails naming every call that answered otherwise than the matrix declares, every operation without a
        // declared rule and every declared rule without an operation
        AuthorizationMatrix.verify("gift-service", baseUri);
    }
}
