package org.donorcrm.donor.donor;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.donorcrm.platform.http.Problem;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.List;

/**
 * The two answers only donors have; every other error is the platform's problem+json: a merged donor answers with
 * a permanent redirect to its survivor, an erased one with 410.
 */
public class DonorMappers {

    /** The body of the redirect: the problem, and the survivor the merged donor's history moved to. */
    public record MovedProblem(String type, String title, int status, String detail, String survivorId) {
    }

    @ServerExceptionMapper
    public Response moved(DonorMoved e, UriInfo uriInfo) {
        String path = uriInfo.getPath().replace(e.donorId(), e.survivorId());
        return Response.status(Response.Status.MOVED_PERMANENTLY)
                .location(uriInfo.getBaseUriBuilder().path(path).build())
                .type(Problem.MEDIA_TYPE)
                .entity(new MovedProblem("about:blank", "Donor merged", 301, e.getMessage(), e.survivorId()))
                .build();
    }

    @ServerExceptionMapper
    public Response gone(DonorGone e) {
        return Problem.response(410, "Donor erased", e.getMessage(), List.of());
    }
}
