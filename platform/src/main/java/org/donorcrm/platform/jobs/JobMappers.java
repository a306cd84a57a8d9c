package org.donorcrm.platform.jobs;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.ws.rs.core.Response;
import org.donorcrm.platform.http.Problem;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.net.URI;

/** A second start of running work: 409, naming the running job and linking its page. */
public class JobMappers {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record RunningProblem(String type, String title, int status, String detail, String jobId) {
    }

    @ServerExceptionMapper
    public Response alreadyRunning(JobAlreadyRunning e) {
        Response.ResponseBuilder response = Response.status(409).type(Problem.MEDIA_TYPE)
                .entity(new RunningProblem("about:blank", "Already running", 409, e.getMessage(), e.jobId()));
        if (e.jobId() != null) {
            response.location(URI.create("/jobs/" + e.jobId()));
        }
        return response.build();
    }
}
