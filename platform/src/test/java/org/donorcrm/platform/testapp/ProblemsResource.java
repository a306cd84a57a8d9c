package org.donorcrm.platform.testapp;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.ServiceUnavailableException;
import jakarta.ws.rs.core.MediaType;
import org.donorcrm.platform.http.Conflict;
import org.donorcrm.platform.http.InvalidInput;
import org.donorcrm.platform.http.NotFound;
import org.donorcrm.platform.http.Problem;
import org.donorcrm.platform.http.RuleViolation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** Throws each exception a service throws, so that a test sees what the platform's mappers answer. */
@Path("/api/v1/test/problems")
@Produces(MediaType.APPLICATION_JSON)
public class ProblemsResource {

    /** A secret that must never reach a client. */
    public static final String INTERNAL_DETAIL = "jdbc:mysql://db.internal:3306 password=hunter2";

    public record Echo(@NotBlank String name, int count, @Size(max = 3) List<@NotBlank String> tags) {
    }

    @GET
    @Path("/ok")
    public Map<String, Object> ok() {
        return Map.of("status", "fine", "amount", new BigDecimal("25.50"));
    }

    @GET
    @Path("/{kind}")
    public String fail(@PathParam("kind") String kind) {
        throw switch (kind) {
            case "rule" -> new RuleViolation("#/allocations/0/amount", "The allocations do not add up to the amount.");
            case "invalid" -> new InvalidInput(List.of(
                    new Problem.FieldError("#/iban", "has wrong check digits"),
                    new Problem.FieldError("#/postcode", "is not a Dutch postcode")));
            case "conflict" -> new Conflict("Duplicate code", "The code SPRING26 is taken.");
            case "plain-conflict" -> new Conflict("The month is closed.");
            case "not-found" -> new NotFound("There is no donor 42.");
            case "unavailable" -> new ServiceUnavailableException(120L);
            default -> new IllegalStateException("unexpected: " + INTERNAL_DETAIL);
        };
    }

    @POST
    @Path("/echo")
    public Echo echo(@Valid Echo echo) {
        return echo;
    }
}
