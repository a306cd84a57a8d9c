package org.donorcrm.donor.donate;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.oidc.client.OidcClient;
import io.quarkus.oidc.client.Tokens;
import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Hands the page's sign-ups to gift-service ({@code POST /api/v1/mandates}) with donor-service's own identity:
 * the client credentials of the Keycloak client {@code donor-service}, whose service account has only the realm
 * role {@code mandate-signup}. Each sign-up is claimed with {@code FOR UPDATE SKIP LOCKED} and sent inside that
 * transaction, so no two replicas send one; a lost answer is harmless, since gift-service answers a repeated
 * reference with 409, which counts as delivered. A sign-up gift-service could not take (down, 5xx, no token, a role
 * or address not yet configured: 401, 403, 404) waits with a growing pause and is retried by every replica's timer;
 * one whose content it refused (400, 422) is FAILED for a person to look at — except a 422 for the donor, which
 * gift-service does not know yet when the sign-up is faster than the new donor's registration event: it waits and
 * is retried like an unreachable gift-service. Nothing personal is logged: the sign-up's id and the HTTP status only.
 */
@ApplicationScoped
public class MandateSignups {

    private static final Logger LOG = Logger.getLogger(MandateSignups.class);
    private static final int BATCH = 20;

    private final EntityManager entityManager;
    private final GiftMandateClient client;
    private final OidcClient tokens;
    private final DonateConfig config;
    private volatile Tokens current;

    public MandateSignups(EntityManager entityManager, OidcClient tokens, DonateConfig config,
                          @ConfigProperty(name = "crm.gift-service.url") String giftUrl) {
        this.entityManager = entityManager;
        this.tokens = tokens;
        this.config = config;
        this.client = QuarkusRestClientBuilder.newBuilder().baseUri(URI.create(giftUrl))
                .connectTimeout(2, TimeUnit.SECONDS).readTimeout(10, TimeUnit.SECONDS)
                .build(GiftMandateClient.class);
    }

    @Scheduled(identity = "mandate-signups", every = "${crm.donate.retry-every:10s}",
            delayed = "${crm.donate.retry-every:10s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void run() {
        sendDue();
    }

    /** Sends the due sign-ups, up to a batch; how many were tried. */
    public int sendDue() {
        @SuppressWarnings("unchecked")
        List<String> due = QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery("""
                        SELECT id FROM online_signup WHERE status = 'PENDING' AND next_attempt_at <= ?1
                        ORDER BY next_attempt_at, id LIMIT ?2""")
                .setParameter(1, Instant.now()).setParameter(2, BATCH).getResultList());
        int tried = 0;
        for (String id : due) {
            if (send(id)) {
                tried++;
            }
        }
        return tried;
    }

    /** Sends this sign-up now unless it is delivered or another replica is sending it; whether it was tried. */
    public boolean send(String id) {
        return QuarkusTransaction.requiringNew().call(() -> sendClaimed(id));
    }

    private boolean sendClaimed(String id) {
        List<?> claimed = entityManager.createNativeQuery("""
                        SELECT id FROM online_signup WHERE id = ?1 AND status = 'PENDING' FOR UPDATE SKIP LOCKED""")
                .setParameter(1, id).getResultList();
        if (claimed.isEmpty()) {
            return false;
        }
        OnlineSignup signup = entityManager.find(OnlineSignup.class, id);
        signup.attempts++;
        GiftMandateClient.MandateRequest request = new GiftMandateClient.MandateRequest(signup.donorId,
                signup.reference, signup.signatureDate, signup.debtorName, signup.debtorIban, signup.amount,
                signup.frequency.name(), signup.firstCollectionDate, signup.campaignId, signup.appealId);
        Answer answer;
        try {
            answer = ask(request);
        } catch (RuntimeException e) {
            // the exception's message could quote the request: only its kind is kept and logged
            retryLater(signup, e.getClass().getSimpleName());
            return true;
        }
        int status = answer.status();
        if (status == 422 && answer.body().contains("\"#/donorId\"")) {
            // gift-service does not know the new donor yet: its registration event is on its way (crm.donors)
            retryLater(signup, "donor not yet in gift-service");
        } else if (status / 100 == 2 || status == 409) {
            signup.status = OnlineSignup.Status.SENT;
            signup.sentAt = Instant.now();
            signup.lastError = null;
            LOG.infof("sign-up %s handed to gift-service (HTTP %d, attempt %d)", signup.id, status, signup.attempts);
        } else if (status == 400 || status == 422) {
            signup.status = OnlineSignup.Status.FAILED;
            signup.lastError = "HTTP " + status;
            LOG.warnf("sign-up %s refused by gift-service for good: HTTP %d", signup.id, status);
        } else {
            retryLater(signup, "HTTP " + status);
        }
        return true;
    }

    private void retryLater(OnlineSignup signup, String error) {
        signup.lastError = error;
        Duration pause = config.retryBackoff().multipliedBy(1L << Math.min(signup.attempts - 1, 10));
        if (pause.compareTo(config.retryMaxPause()) > 0) {
            pause = config.retryMaxPause();
        }
        signup.nextAttemptAt = Instant.now().plus(pause);
        LOG.infof("sign-up %s not handed to gift-service (%s, attempt %d), next at %s", signup.id, error,
                signup.attempts, signup.nextAttemptAt);
    }

    /** Deletes the sign-ups of these donors (their erasure), in the caller's transaction; how many. */
    public int deleteOfDonors(java.util.Collection<String> donorIds) {
        return entityManager.createQuery("delete from OnlineSignup o where o.donorId in :ids")
                .setParameter("ids", donorIds).executeUpdate();
    }

    /** The HTTP status gift-service answered; a token it refused (401) is renewed once. */
    /** gift-service's answer: its status, and its body when it refused (a problem, never logged). */
    private record Answer(int status, String body) {
    }

    private Answer ask(GiftMandateClient.MandateRequest request) {
        Answer answer = answerOf(request, bearer(false));
        return answer.status() == 401 ? answerOf(request, bearer(true)) : answer;
    }

    private Answer answerOf(GiftMandateClient.MandateRequest request, String bearer) {
        try (Response response = client.sign(request, bearer)) {
            return new Answer(response.getStatus(), bodyOf(response));
        } catch (WebApplicationException e) {
            return e.getResponse() == null ? new Answer(502, "")
                    : new Answer(e.getResponse().getStatus(), bodyOf(e.getResponse()));
        }
    }

    private static String bodyOf(Response response) {
        if (response.getStatus() < 400 || !response.hasEntity()) {
            return "";
        }
        try {
            return response.readEntity(String.class);
        } catch (RuntimeException e) {
            return "";
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
}
