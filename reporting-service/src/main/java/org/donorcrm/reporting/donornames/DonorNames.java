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
 * Donors at view time: reporting stores no names; a screen that lists donors asks donor-service, with the signed-in
 * person's own access token, for their names ({@code GET /api/v1/donors?ids=…}, fundraisers, finance, admins) or their
 * number and kind ({@code GET /api/v1/donors/references?ids=…}, a director, who may not see personal data). One call
 * per 100 ids; the answer is used for the one response and kept nowhere.
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

    /**
     * The donors by id as this person may see them: by name (and number) for fundraisers, finance and admins; by
     * number and kind for the others (a director). Donors donor-service does not know, or all of them when it cannot
     * be asked, are absent.
     */
    public Map<String, DonorShown> of(Collection<String> donorIds, SecurityIdentity identity) {
        Map<String, DonorShown> shown = new LinkedHashMap<>();
        AccessTokenCredential token = identity.getCredential(AccessTokenCredential.class);
        if (token == null) {
            return shown;
        }
        boolean named = maySee(identity);
        List<String> ids = donorIds.stream().filter(id -> id != null && UUID.matcher(id).matches()).distinct()
                .limit(MAX_LOOKUPS).toList();
        for (int from = 0; from < ids.size(); from += IDS_PER_CALL) {
            List<String> batch = ids.subList(from, Math.min(from + IDS_PER_CALL, ids.size()));
            String asked = String.join(",", batch);
            String authorization = "Bearer " + token.getToken();
            try {
                if (named) {
                    DonorServiceClient.DonorNamePage page = client.donors(asked, batch.size(), authorization);
                    if (page != null && page.items() != null) {
                        page.items().stream().filter(d -> d.id() != null && d.displayName() != null).forEach(d ->
                                shown.put(d.id(), new DonorShown(d.displayName(), d.number(), null)));
                    }
                } else {
                    DonorServiceClient.DonorReferences refs = client.references(asked, authorization);
                    if (refs != null && refs.items() != null) {
                        refs.items().stream().filter(d -> d.id() != null && d.number() != null).forEach(d ->
                                shown.put(d.id(), new DonorShown(null, d.number(), d.kind())));
                    }
                }
            } catch (jakarta.ws.rs.WebApplicationException e) {
                // 401/403: nothing to show for this person
                LOG.debugf("no donors shown: donor-service answered %d", e.getResponse().getStatus());
                break;
            } catch (RuntimeException e) {
                // donor-service away or slow: the page is not held up by asking again
                LOG.warnf("donors not available (%s)", e.getClass().getSimpleName());
                break;
            }
        }
        return shown;
    }
}
