package org.donorcrm.reporting.donornames;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import org.donorcrm.platform.security.Roles;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.net.URI;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * Donor names at view time: reporting stores no names; a screen that lists donor ids asks
 * donor-service for their names with the signed-in person's own access token, so donor-service decides who may
 * see them (directors get 403 there and see ids only). One call per 100 ids
 * ({@code GET /api/v1/donors?ids=…}); names are used for the one response and kept nowhere.
 */
@ApplicationScoped
public class DonorNames {

    private static final Logger LOG = Logger.getLogger(DonorNames.class);
    /** The roles donor-service shows personal data to. */
    static final Set<String> PERSONAL_DATA_ROLES = Set.of(Roles.FUNDRAISER, Roles.FINANCE, Roles.ADMIN);
    /** donor-service's limit of ids per call. */
    static final int IDS_PER_CALL = 100;
    /** At most this many names for one screen (the largest page of any screen). */
    private static final int MAX_LOOKUPS = 1000;
    private static final Pattern UUID = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}"
            + "-[0-9a-fA-F]{12}");

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
        List<String> ids = donorIds.stream().filter(id -> id != null && UUID.matcher(id).matches()).distinct()
                .limit(MAX_LOOKUPS).toList();
        for (int from = 0; from < ids.size(); from += IDS_PER_CALL) {
            List<String> batch = ids.subList(from, Math.min(from + IDS_PER_CALL, ids.size()));
            try {
                DonorServiceClient.DonorNamePage page = client.donors(String.join(",", batch), batch.size(),
                        "Bearer " + token.getToken());
                if (page != null && page.items() != null) {
                    for (DonorServiceClient.DonorName donor : page.items()) {
                        if (donor.id() != null && donor.displayName() != null) {
                            names.put(donor.id(), donor.displayName());
                        }
                    }
                }
            } catch (jakarta.ws.rs.WebApplicationException e) {
                // 401/403: this person may not see names; anything else: ids shown rather than a broken page
                LOG.debugf("no donor names: donor-service answered %d", e.getResponse().getStatus());
                break;
            } catch (RuntimeException e) {
                // donor-service away or slow: ids only, and the page is not held up by asking again
                LOG.warnf("donor names not available (%s): ids shown", e.getClass().getSimpleName());
                break;
            }
        }
        return names;
    }
}
