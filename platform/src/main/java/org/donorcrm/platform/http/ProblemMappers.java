package org.donorcrm.platform.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.security.ForbiddenException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Turns every error into an RFC 9457 problem response, naming the invalid fields and nothing internal. A service
 * adds mappers only for its own exceptions (a merged donor's redirect, an erased donor's 410); the most specific
 * exception type wins.
 * <p>
 * Not signed in (401) is left to Quarkus security on purpose: on the screens it sends the browser to Keycloak's
 * login (code flow), on the API it answers 401 with "WWW-Authenticate: Bearer" (RFC 6750).
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(pointer(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::pointer))
                .toList();
        return Problem.response(400, "Invalid request", "The request has invalid fields.", errors);
    }

    @ServerExceptionMapper
    public Response mismatched(MismatchedInputException e) {
        return unreadable(e);
    }

    @ServerExceptionMapper
    public Response unreadable(JsonProcessingException e) {
        String pointer = "#";
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            pointer = "#/" + mapping.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : String.valueOf(ref.getIndex()))
                    .collect(Collectors.joining("/"));
        }
        return Problem.response(400, "Unreadable request",
                "The body is not valid JSON of the expected shape.",
                List.of(new Problem.FieldError(pointer, "has the wrong type or format")));
    }

    @ServerExceptionMapper
    public Response invalidInput(InvalidInput e) {
        return Problem.response(400, "Invalid request", "The request has invalid fields.", e.fields());
    }

    @ServerExceptionMapper
    public Response ruleBroken(RuleViolation e) {
        return Problem.response(422, "Rule broken", e.getMessage(), e.fields());
    }

    @ServerExceptionMapper
    public Response conflict(Conflict e) {
        return Problem.response(409, e.title(), e.getMessage(), e.pointer() == null ? List.of()
                : List.of(new Problem.FieldError(e.pointer(), e.getMessage())));
    }

    @ServerExceptionMapper
    public Response notFound(NotFound e) {
        return Problem.response(404, "Not found", e.getMessage(), List.of());
    }

    @ServerExceptionMapper
    public Response idempotencyKeyReused(IdempotencyConflict e) {
        return Problem.response(422, "Idempotency-Key reused", e.getMessage(), List.of());
    }

    @ServerExceptionMapper
    public Response staleVersion(OptimisticLockException e) {
        return Problem.response(409, "Changed meanwhile",
                "Someone else changed this at the same time; reload and try again.", List.of());
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return Problem.response(403, "Forbidden", "Your role does not allow this.", List.of());
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return unreadable(json); // Quarkus REST's JSON reader wraps a syntax error in a 400
        }
        Response.StatusType status = e.getResponse().getStatusInfo();
        Response.ResponseBuilder problem = Response.fromResponse(
                Problem.response(status.getStatusCode(), status.getReasonPhrase(), e.getMessage(), List.of()));
        // the exception's own headers (Retry-After, Location, WWW-Authenticate, Allow) stay
        e.getResponse().getStringHeaders().forEach((name, values) -> {
            if (!name.equalsIgnoreCase("Content-Type") && !name.equalsIgnoreCase("Content-Length")) {
                values.forEach(value -> problem.header(name, value));
            }
        });
        return problem.build();
    }

    @ServerExceptionMapper
    public Response databaseUnavailable(org.hibernate.exception.JDBCConnectionException e) {
        LOG.warn("database unavailable: " + e.getClass().getSimpleName());
        Response problem = Problem.response(503, "Temporarily unavailable",
                "The database cannot be reached right now; nothing was changed. Please try again.", List.of());
        return Response.fromResponse(problem).header("Retry-After", "5").build();
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e) {
        LOG.error("unexpected error", e);
        return Problem.response(500, "Internal error", "Something went wrong on our side; nothing was changed.",
                List.of());
    }

    private static String pointer(ConstraintViolation<?> violation) {
        StringBuilder pointer = new StringBuilder("#");
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.PARAMETER) {
                // header and query parameters are named by their parameter; a body's fields by their path
                continue;
            }
            if (node.getIndex() != null) {
                pointer.append('/').append(node.getIndex());
            }
            if (node.getName() != null && node.getKind() == ElementKind.PROPERTY) {
                pointer.append('/').append(node.getName());
            }
        }
        return pointer.length() == 1 ? "#/" + lastName(violation) : pointer.toString();
    }

    private static String lastName(ConstraintViolation<?> violation) {
        String name = null;
        for (Path.Node node : violation.getPropertyPath()) {
            name = node.getName();
        }
        return name;
    }
}
