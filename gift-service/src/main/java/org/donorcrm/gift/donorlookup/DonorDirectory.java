package org.donorcrm.gift.donorlookup;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import org.donorcrm.gift.donorlookup.DonorServiceClient.DonorCard;
import org.donorcrm.platform.donors.DonorShown;
import org.donorcrm.platform.donors.Donors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.net.URI;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * Donors as donor-service shows them to the signed-in person: gift-service keeps no names, so a screen that lets a
 * person choose a donor asks donor-service, with that person's own access token, and keeps the answer for one
 * response only. donor-service decides who may see what.
 */
@ApplicationScoped
public class DonorDirectory {

    private static final Logger LOG = Logger.getLogger(DonorDirectory.class);
    /** How many donors a search shows: enough to choose from, few enough to read. */
    static final int CHOICES = 8;
    /** The most donors one search asks for. */
    static final int MOST = 50;
    private static final Pattern UUID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private final DonorServiceClient client;
    private final Donors donors;

    public DonorDirectory(@ConfigProperty(name = "crm.donor-service.url") String donorUrl, Donors donors) {
        this.donors = donors;
        this.client = QuarkusRestClientBuilder.newBuilder().baseUri(URI.create(donorUrl))
                .connectTimeout(2, TimeUnit.SECONDS).readTimeout(3, TimeUnit.SECONDS)
                .build(DonorServiceClient.class);
    }

    /** The result of a search: the donors found, or that donor-service could not be asked. */
    public record Found(List<DonorCard> donors, long total, boolean unavailable) {

        /** No donor: nothing typed or chosen yet. */
        public static Found none() {
            return new Found(List.of(), 0, false);
        }

        /** The one donor chosen before, by name when donor-service gave one (else shown as "the donor chosen"). */
        public static Found chosen(String donorId, String displayName) {
            return new Found(List.of(new DonorCard(donorId, null, displayName, null, null, null)), 1, false);
        }
    }

    /** Whether a form's value is a donor chosen among the donors found (a donor id, never typed by a person). */
    public static boolean isDonorId(String value) {
        return value != null && UUID.matcher(value).matches();
    }

    /**
     * The donor a form had chosen, to show it chosen again (a form shown again, or one opened from a donor's or a
     * mandate's page): as donor-service shows it to this person, or unnamed; none when nothing was chosen.
     */
    public Found chosen(String donorId, SecurityIdentity identity) {
        if (!isDonorId(donorId)) {
            return Found.none();
        }
        return find(donorId, identity).map(card -> new Found(List.of(card), 1, false))
                .orElseGet(() -> Found.chosen(donorId, null));
    }

    /** Donors whose name, e-mail, postcode or city holds {@code text} (at least two characters). */
    public Found search(String text, SecurityIdentity identity) {
        return search(text, CHOICES, identity);
    }

    /**
     * Up to {@code size} donors whose name, e-mail, postcode or city holds {@code text}: the candidates of a
     * suggestion by name, which the caller narrows down (at most {@value #MOST} asked).
     */
    public Found search(String text, int size, SecurityIdentity identity) {
        int wanted = Math.max(1, Math.min(size, MOST));
        String q = text == null ? "" : text.strip();
        Optional<String> token = token(identity);
        if (q.length() < 2 || token.isEmpty()) {
            return new Found(List.of(), 0, false);
        }
        try {
            DonorServiceClient.DonorCards found = client.search(q, wanted, wanted + 1, token.get());
            return new Found(found == null || found.items() == null ? List.of() : found.items(),
                    found == null ? 0 : found.total(), false);
        } catch (RuntimeException e) {
            LOG.warnf("donor search not available (%s)", e.getClass().getSimpleName());
            return new Found(List.of(), 0, true);
        }
    }

    /** The donor with this id as the person may see it, if donor-service knows it. */
    public Optional<DonorCard> find(String donorId, SecurityIdentity identity) {
        Optional<String> token = token(identity);
        if (!isDonorId(donorId) || token.isEmpty()) {
            return Optional.empty();
        }
        try {
            DonorServiceClient.DonorCards found = client.byIds(donorId, 1, token.get());
            return found == null || found.items() == null ? Optional.empty() : found.items().stream().findFirst();
        } catch (RuntimeException e) {
            LOG.warnf("donor not available (%s)", e.getClass().getSimpleName());
            return Optional.empty();
        }
    }

    /**
     * These donors as donor-service shows them to this person, by id: by name, or by number and kind where
     * donor-service refuses names (a director); absent when it cannot be asked (the platform's {@link Donors}).
     */
    public Map<String, DonorShown> names(Collection<String> donorIds, SecurityIdentity identity) {
        return donors.shown(donorIds, identity);
    }

    /** One donor as donor-service shows it to this person (see {@link #names}); null when it cannot be said. */
    public DonorShown shown(String donorId, SecurityIdentity identity) {
        return names(List.of(donorId), identity).get(donorId);
    }

    private static Optional<String> token(SecurityIdentity identity) {
        AccessTokenCredential token = identity.getCredential(AccessTokenCredential.class);
        return token == null ? Optional.empty() : Optional.of("Bearer " + token.getToken());
    }
}
