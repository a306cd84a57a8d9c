package org.donorcrm.gift.support;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.test.security.TestSecurityIdentityAugmentor;
import jakarta.enterprise.context.ApplicationScoped;
import org.donorcrm.testing.TestTokens;

import java.lang.annotation.Annotation;

/**
 * Gives the person a {@code @TestSecurity} test signs in an access token of their own, as signing in through Keycloak
 * does: a {@link TestTokens} token of the annotation's user and roles. The screens pass it on to donor-service
 * ({@link DonorServiceStub}) for the donors' names, which donor-service shows a fundraiser, finance or an admin and
 * refuses a director.
 */
@ApplicationScoped
public class SignedInWithToken implements TestSecurityIdentityAugmentor {

    @Override
    public SecurityIdentity augment(SecurityIdentity identity, Annotation[] annotations) {
        if (identity.isAnonymous() || identity.getCredential(AccessTokenCredential.class) != null) {
            return identity;
        }
        String token = TestTokens.forUser(identity.getPrincipal().getName(),
                identity.getRoles().toArray(String[]::new));
        return QuarkusSecurityIdentity.builder(identity).addCredential(new AccessTokenCredential(token)).build();
    }
}
