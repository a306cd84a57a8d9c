package org.donorcrm.gift.bankimport;

import io.quarkus.oidc.client.OidcClient;
import io.quarkus.oidc.client.Tokens;
import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Asks donor-service which donors hold a statement's accounts and whom its donor numbers belong to, in batched
 * calls of up to {@value #PER_CALL} IBANs and {@value #PER_CALL} numbers, with gift-service's own service identity:
 * a client-credentials token of the Keycloak client {@code gift-service} (quarkus-oidc-client), whose role
 * {@code donor-lookup} allows this lookup and nothing else. No IBAN goes into a log or a URL; when donor-service
 * cannot be asked, the answer says so ({@link Answer#available()} false) and the credits that need it wait.
 */
@ApplicationScoped
public class DonorMatchLookup {

    static final int PER_CALL = 500;
    private static final Logger LOG = Logger.getLogger(DonorMatchLookup.class);

    /** What donor-service said about the accounts and numbers asked, or that it could not be asked. */
    public record Answer(boolean available, Map<String, List<String>> holders, Map<Long, String> donors) {

        static Answer unavailable() {
            return new Answer(false, Map.of(), Map.of());
        }

        /** The active donors whose record holds this account, lowest donor number first. */
        List<String> holders(String iban) {
            return holders.getOrDefault(electronic(iban), List.of());
        }

        Optional<String> donor(long number) {
            return Optional.ofNullable(donors.get(number));
        }
    }

    private final DonorMatchClient client;
    private final OidcClient tokens;
    private volatile Tokens current;

    public DonorMatchLookup(@ConfigProperty(name = "crm.donor-service.url") String donorUrl, OidcClient tokens) {
        this.client = QuarkusRestClientBuilder.newBuilder().baseUri(URI.create(donorUrl))
                .connectTimeout(2, TimeUnit.SECONDS).readTimeout(10, TimeUnit.SECONDS)
                .build(DonorMatchClient.class);
        this.tokens = tokens;
    }

    /** Every account and number in calls of at most {@value #PER_CALL} each; nothing asked answers at once. */
    public Answer find(Collection<String> ibans, Collection<Long> numbers) {
        List<String> accounts = new ArrayList<>(new LinkedHashSet<>(ibans.stream().map(DonorMatchLookup::electronic)
                .filter(i -> i != null && !i.isEmpty()).toList()));
        List<Long> wanted = new ArrayList<>(new LinkedHashSet<>(numbers));
        Map<String, List<String>> holders = new HashMap<>();
        Map<Long, String> donors = new HashMap<>();
        for (int from = 0; from < Math.max(accounts.size(), wanted.size()); from += PER_CALL) {
            DonorMatchClient.Request request = new DonorMatchClient.Request(slice(accounts, from),
                    slice(wanted, from));
            try {
                DonorMatchClient.Answer answer = ask(request);
                if (answer.holders() != null) {
                    holders.putAll(answer.holders());
                }
                if (answer.donors() != null) {
                    donors.putAll(answer.donors());
                }
            } catch (RuntimeException e) {
                // the exception's message could quote the request: only its kind is logged
                LOG.warnf("donor-service did not answer the donor lookup (%s): %d accounts and %d donor numbers "
                        + "wait to be matched", describe(e), accounts.size(), wanted.size());
                return Answer.unavailable();
            }
        }
        return new Answer(true, holders, donors);
    }

    private DonorMatchClient.Answer ask(DonorMatchClient.Request request) {
        try {
            return client.lookup(request, bearer(false));
        } catch (WebApplicationException e) {
            if (e.getResponse() == null || e.getResponse().getStatus() != 401) {
                throw e;
            }
            // the token may have been revoked or the realm's keys rotated: one more try with a new token
            return client.lookup(request, bearer(true));
        }
    }

    private String bearer(boolean renew) {
        Tokens t = current;
        if (renew || t == null || t.isAccessTokenExpired() || t.isAccessTokenWithinRefreshInterval()) {
            t = tokens.getTokens().await().atMost(Duration.ofSeconds(10));
            current = t;
        }
        return "Bearer " + t.getAccessToken();
    }

    private static <T> List<T> slice(List<T> all, int from) {
        return from >= all.size() ? List.of() : List.copyOf(all.subList(from, Math.min(all.size(), from + PER_CALL)));
    }

    private static String describe(RuntimeException e) {
        return e instanceof WebApplicationException w && w.getResponse() != null
                ? "HTTP " + w.getResponse().getStatus() : e.getClass().getSimpleName();
    }

    static String electronic(String iban) {
        return iban == null ? null : iban.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
    }
}
