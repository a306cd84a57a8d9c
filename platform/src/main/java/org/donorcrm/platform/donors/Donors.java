package org.donorcrm.platform.donors;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.net.URI;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * Donors as donor-service shows them to the signed-in person, for the screens of the other services, which keep no
 * names: asked with that person's own access token (so donor-service decides who sees what) and kept for one
 * response only. A search to choose a donor (search as you type: nobody types an id), and the donors of a page by
 * id: by name for fundraisers, finance and admins; by number and kind for a director, whom donor-service refuses
 * names.
 */
@ApplicationScoped
public class Donors {

    private static final Logger LOG = Logger.getLogger(Donors.class);
    /** How many donors a search shows: enough to choose from, few enough to read. */
    public static final int CHOICES = 8;
    /** donor-service's limit of ids per call. */
    static final int IDS_PER_CALL = 100;
    private static final Pattern UUID = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}"
            + "-[0-9a-fA-F]{12}");

    private final DonorServiceClient client;

    public Donors(@ConfigProperty(name = "crm.donor-service.url", defaultValue = "http://127.0.0.1:8081") String url) {
        this.client = QuarkusRestClientBuilder.newBuilder().baseUri(URI.create(url))
                .connectTimeout(2, TimeUnit.SECONDS).readTimeout(3, TimeUnit.SECONDS)
                .build(DonorServiceClient.class);
    }

    /** The donors a search found (at most {@link #CHOICES}), whether there are more, or that donor-service is away. */
    public record Found(List<DonorServiceClient.Card> donors, boolean more, boolean unavailable) {

        public static Found none() {
            return new Found(List.of(), false, false);
        }
    }

    /** Whether a form's value is a donor id (chosen among the donors found, never typed by a person). */
    public static boolean isDonorId(String value) {
        return value != null && UUID.matcher(value).matches();
    }

    /** Donors whose name, e-mail, postcode, city or number holds {@code text} (at least two characters). */
    public Found search(String text, SecurityIdentity identity) {
        String q = text == null ? "" : text.strip();
        Optional<String> token = token(identity);
        if (q.length() < 2 || token.isEmpty()) {
            return Found.none();
        }
        try {
            DonorServiceClient.Cards found = client.search(q, CHOICES, CHOICES + 1, token.get());
            List<DonorServiceClient.Card> cards = found == null || found.items() == null ? List.of() : found.items();
            return new Found(cards, found != null && found.total() > CHOICES, false);
        } catch (RuntimeException e) {
            LOG.warnf("donor search not available (%s)", e.getClass().getSimpleName());
            return new Found(List.of(), false, true);
        }
    }

    /**
     * These donors as donor-service shows them to this person, by id, in one call per 100 ids: by name where the
     * person may see names; by number and kind where donor-service refuses names (403); absent when donor-service
     * does not know a donor or cannot be asked.
     */
    public Map<String, DonorShown> shown(Collection<String> donorIds, SecurityIdentity identity) {
        Map<String, DonorShown> shown = new LinkedHashMap<>();
        Optional<String> token = token(identity);
        List<String> ids = donorIds.stream().filter(Donors::isDonorId).distinct().toList();
        boolean named = true;
        for (int from = 0; token.isPresent() && from < ids.size(); from += IDS_PER_CALL) {
            List<String> part = ids.subList(from, Math.min(from + IDS_PER_CALL, ids.size()));
            String asked = String.join(",", part);
            try {
                if (named) {
                    try {
                        DonorServiceClient.Cards found = client.byIds(asked, part.size(), token.get());
                        if (found != null && found.items() != null) {
                            found.items().forEach(c -> shown.put(c.id(),
                                    new DonorShown(c.id(), c.displayName(), c.number(), c.kind())));
                        }
                        continue;
                    } catch (WebApplicationException e) {
                        if (e.getResponse().getStatus() != 403) {
                            throw e;
                        }
                        named = false; // a person who may not see names: number and kind from here on
                    }
                }
                DonorServiceClient.References found = client.references(asked, token.get());
                if (found != null && found.items() != null) {
                    found.items().forEach(r -> shown.put(r.id(), new DonorShown(r.id(), null, r.number(), r.kind())));
                }
            } catch (RuntimeException e) {
                // donor-service away or slow: the page says "the donor" rather than breaking
                LOG.debugf("donors not shown (%s)", e.getClass().getSimpleName());
                break;
            }
        }
        return shown;
    }

    private static Optional<String> token(SecurityIdentity identity) {
        AccessTokenCredential token = identity.getCredential(AccessTokenCredential.class);
        return token == null ? Optional.empty() : Optional.of("Bearer " + token.getToken());
    }
}
