package org.donorcrm.platform.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A body announced larger than {@code quarkus.http.limits.max-body-size} is refused with 413 as an RFC 9457
 * problem, before anything reads it. Quarkus' own check (the next route) answers 413 with an empty body; it
 * still refuses a chunked body that grows past the limit, which this check cannot see in advance.
 */
@ApplicationScoped
public class BodyTooLarge {

    private final long limit;
    private final byte[] problem;

    BodyTooLarge(@ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K") MemorySize limit,
                 ObjectMapper json) throws Exception {
        this.limit = limit.asLongValue();
        this.problem = json.writeValueAsBytes(new Problem("about:blank", "Body too large", 413,
                "The request body is larger than the " + limit.asLongValue() + " bytes this service accepts.", null,
                null));
    }

    void route(@Observes Router router) {
        router.route().order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 1).handler(this::check);
    }

    private void check(RoutingContext context) {
        String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null && tooLarge(length)) {
            context.response().setStatusCode(413)
                    .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .putHeader(HttpHeaders.CONNECTION, "close")
                    .end(io.vertx.core.buffer.Buffer.buffer(problem));
            return;
        }
        context.next();
    }

    private boolean tooLarge(String length) {
        try {
            return Long.parseLong(length.trim()) > limit;
        } catch (NumberFormatException e) {
            return false; // Quarkus itself answers a malformed Content-Length
        }
    }
}
