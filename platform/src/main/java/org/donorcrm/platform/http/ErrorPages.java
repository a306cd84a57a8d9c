package org.donorcrm.platform.http;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.inject.Singleton;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * A person in a browser who follows a link they may not (403), to a page that does not exist (404), or meets an
 * error (500) gets a page in their language with a way back, inside the usual top bar; a program gets the
 * problem+json it asked for. A request counts as a browser's when it accepts HTML and not problem+json or JSON
 * first (a browser's navigation sends {@code Accept: text/html,...}).
 */
@Singleton
public class ErrorPages {

    private final Template page;

    public ErrorPages(@Location("errors/error.html") Template page) {
        this.page = page;
    }

    @ServerResponseFilter
    public void htmlForBrowsers(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getStatus() < 400 || !(response.getEntity() instanceof Problem problem)
                || !wantsHtml(request.getHeaderString(HttpHeaders.ACCEPT))) {
            return;
        }
        String html = page.data("status", problem.status()).data("problem", problem)
                .data("back", back(request.getHeaderString("Referer"), request.getUriInfo().getRequestUri().getAuthority()))
                .render();
        response.setEntity(html, null, MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"));
    }

    /** The page the person came from, when it is a page of this service (the browser sends no other). */
    static String back(String referer, String authority) {
        if (referer == null) {
            return null;
        }
        try {
            java.net.URI from = java.net.URI.create(referer);
            if (from.getRawAuthority() == null || !from.getRawAuthority().equals(authority) || from.getRawPath() == null) {
                return null;
            }
            return from.getRawPath() + (from.getRawQuery() == null ? "" : "?" + from.getRawQuery());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Whether an Accept header is a browser's navigation: HTML before any JSON. */
    static boolean wantsHtml(String accept) {
        if (accept == null) {
            return false;
        }
        int html = accept.indexOf("text/html");
        if (html < 0) {
            return false;
        }
        int json = accept.indexOf("json");
        return json < 0 || html < json;
    }
}
