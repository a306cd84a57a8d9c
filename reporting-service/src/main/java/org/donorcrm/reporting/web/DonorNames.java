package org.donorcrm.reporting.web;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.net.URI;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Donor names at view time (issue 9, item 2): reporting stores no names; a screen that lists donor ids asks
 * donor-service for their names with the signed-in person's own access token, so donor-service decides who may
 * see them (directors get 403 there and see ids only). Names are used for the one response and kept nowhere.
 */
@ApplicationScoped
public class DonorNames {

    private static final Logger LOG = Logger.getLogger(DonorNames.class);
    /** The roles donor-service shows personal data to. */
    static final Set<String> PERSONAL_DATA_ROLES = Set.of("fundraiser", "finance", "admin");
    private static final int MAX_LOOKUPS = 100;

    private final DonorServiceClient client;

    public DonorNames(@ConfigProperty(name = "crm.web.donor-url", defaultValue = "http://127.0.0.1:8081") String url) {
        this.client = QuarkusRestClientBuilder.newBuilder().baseUri(URI.create(url))
                .connectTimeout(2, TimeUnit.SECONDS).readTimeout(3, TimeUnit.SECONDS)
                .build(DonorServiceClient.class);
    }

    /** Whether this person may see donor names at all. */
    public boolean maySee(SecurityIdentity identity) {
        return PERSONAL_DATA_ROLES.stream().anyMatch(identity::hasRole);
    }

    /** Names by donor id, for the ids donor-service gave a name for; empty for people who may not see names. */
    public Map<String, String> of(Collection<String> donorIds, SecurityIdentity identity) {
        Map<String, String> names = new LinkedHashMap<>();
        AccessTokenCredential token = identity.getCredential(AccessTokenCredential.class);
        if (!maySee(identity) || token == null) {
            return names;
        }
        for (String id : donorIds.stream().distinct().limit(MAX_LOOKUPS).toList()) {
            try {
                DonorServiceClient.DonorName donor = client.donor(id, "Bearer " + token.getToken());
                if (donor != null && donor.displayName() != null) {
                    names.put(id, donor.displayName());
                }
            } catch (jakarta.ws.rs.WebApplicationException e) {
                int status = e.getResponse().getStatus();
                LOG.debugf("no name for donor %s: %d", id, status);
                if (status == 401 || status == 403) {
                    break; // this person may not see names: asking for the others changes nothing
                }
            } catch (RuntimeException e) {
                // donor-service away or slow: ids only, and the page is not held up by asking for every other name
                LOG.warnf("donor names not available (%s): ids shown", e.getClass().getSimpleName());
                break;
            }
        }
        return names;
    }
}
