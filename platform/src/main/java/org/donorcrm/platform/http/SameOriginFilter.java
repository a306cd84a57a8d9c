package org.donorcrm.platform.http;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.net.URI;
import java.util.Set;

/**
 * Cross-site request forgery protection for the screens' forms: a form post must come from a page of this
 * service (its Origin, or else its Referer, names the host and port the form was sent to, as the browser put
 * them in the Host header). Together with the session cookie's
 * SameSite=Lax this is OWASP's "verifying origin with standard headers" defence. The API is not affected: it
 * takes bearer tokens, which a browser never adds by itself.
 */
public class SameOriginFilter {

    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    @ServerRequestFilter
    public Response checkOrigin(ContainerRequestContext request) {
        if (SAFE.contains(request.getMethod()) || request.getUriInfo().getPath().startsWith("/api/")) {
            return null;
        }
        String origin = request.getHeaderString("Origin");
        if (origin == null || origin.equals("null")) {
            origin = request.getHeaderString("Referer");
        }
        String host = request.getHeaderString("Host");
        if (origin != null && host != null && sameAuthority(origin, host)) {
            return null;
        }
        return Response.status(403).type("text/plain").entity("This form must be sent from the product's own page.")
                .build();
    }

    /** Whether the page that sent the form ({@code origin}) was served by the host the form was sent to. */
    private static boolean sameAuthority(String origin, String host) {
        try {
            URI page = URI.create(origin);
            if (page.getHost() == null) {
                return false;
            }
            int port = page.getPort() != -1 ? page.getPort() : "https".equalsIgnoreCase(page.getScheme()) ? 443 : 80;
            URI target = URI.create(page.getScheme() + "://" + host);
            int targetPort = target.getPort() != -1 ? target.getPort() : port == 443 ? 443 : 80;
            return page.getHost().equalsIgnoreCase(target.getHost()) && port == targetPort;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
