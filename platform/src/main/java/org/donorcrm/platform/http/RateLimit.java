package org.donorcrm.platform.http;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.security.Principal;
import java.time.Duration;
import java.util.List;

/**
 * A request limit per client in front of every service's API ({@code /api/…}): a token bucket (Bucket4j) per signed-in
 * user or service identity, and per client address for requests without a token. A client over its limit gets
 * {@code 429 Too Many Requests} with {@code Retry-After} (whole seconds until a request is allowed again) and a
 * problem body; the request is not handled, so it changes nothing, and a retry after that time goes through.
 * <p>
 * {@code crm.rate-limit.requests} per {@code crm.rate-limit.period} (sustained, default 200 per second) and
 * {@code crm.rate-limit.burst} (bucket size, default 400) hold per client and per replica: with N replicas behind a balancer a client may send up to N times as
 * much. The limit is there against a runaway script or a hammering client, not as a quota; the ingress' own limit
 * can add one across replicas (deploy/k8s). 0 requests switches it off (the benchmark, where one client
 * plays every user). Buckets of clients not seen for 10 minutes are forgotten; at most 100,000 are kept.
 */
@ApplicationScoped
public class RateLimit {

    private final long requests;
    private final Duration period;
    private final long burst;
    private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
            .maximumSize(100_000)
            .expireAfterAccess(Duration.ofMinutes(10))
            .build();

    RateLimit(@ConfigProperty(name = "crm.rate-limit.requests", defaultValue = "200") long requests,
              @ConfigProperty(name = "crm.rate-limit.period", defaultValue = "1s") Duration period,
              @ConfigProperty(name = "crm.rate-limit.burst", defaultValue = "400") long burst) {
        this.requests = requests;
        this.period = period;
        this.burst = Math.max(burst, requests);
    }

    @ServerRequestFilter
    public Response limit(ContainerRequestContext request, HttpServerRequest http) {
        if (requests <= 0 || !request.getUriInfo().getPath().startsWith("/api/")) {
            return null;
        }
        ConsumptionProbe probe = buckets.get(clientOf(request.getSecurityContext().getUserPrincipal(), http), client -> newBucket())
                .tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            return null;
        }
        long seconds = Math.max(1, (probe.getNanosToWaitForRefill() + 999_999_999L) / 1_000_000_000L);
        Response problem = Problem.response(429, "Too Many Requests",
                "Too many requests from this client: try again in " + seconds + " s.",
                List.of());
        return Response.fromResponse(problem).header("Retry-After", Long.toString(seconds)).build();
    }

    private static String clientOf(Principal user, HttpServerRequest http) {
        if (user != null && !user.getName().isEmpty()) {
            return "user:" + user.getName();
        }
        // the connection's address, or the client's behind a proxy when quarkus.http.proxy.* trusts it
        return "address:" + (http.remoteAddress() == null ? "unknown" : http.remoteAddress().hostAddress());
    }

    private Bucket newBucket() {
        return Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(burst).refillGreedy(requests, period).build())
                .build();
    }
}
