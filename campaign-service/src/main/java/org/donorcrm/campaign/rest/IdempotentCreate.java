package org.donorcrm.campaign.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.core.Response;
import org.donorcrm.campaign.service.Idempotency;
import org.donorcrm.campaign.service.RepeatableWrite;

import java.net.URI;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.function.Function;

/**
 * The one way every create answers: 201 with Location and the created thing. Under an Idempotency-Key a repeat
 * of the same request answers with what the first one created (header {@code Idempotent-Replayed: true}) and
 * changes nothing; the same key with a different request is a 422.
 */
@ApplicationScoped
public class IdempotentCreate {

    private final Idempotency idempotency;
    private final ObjectMapper objectMapper;

    public IdempotentCreate(Idempotency idempotency, ObjectMapper objectMapper) {
        this.idempotency = idempotency;
        this.objectMapper = objectMapper;
    }

    /**
     * @param create   creates the thing, remembering the repeatable write, and returns its id
     * @param view     the response body for an id
     * @param location the URI of an id
     */
    public Response create(String operation, String key, Object request, Function<RepeatableWrite, String> create,
                           Function<String, Object> view, Function<String, URI> location) {
        RepeatableWrite write = new RepeatableWrite(key, operation, key == null ? null : sha256(operation, request));
        Optional<String> earlier = idempotency.previous(write);
        if (earlier.isPresent()) {
            return created(earlier.get(), view, location, true);
        }
        try {
            return created(create.apply(write), view, location, false);
        } catch (PersistenceException raceOnSameKey) {
            // a concurrent request with the same key committed first: answer with what it created
            return idempotency.previous(write)
                    .map(id -> created(id, view, location, true))
                    .orElseThrow(() -> raceOnSameKey);
        }
    }

    private static Response created(String id, Function<String, Object> view, Function<String, URI> location,
                                    boolean replayed) {
        Response.ResponseBuilder response = Response.created(location.apply(id)).entity(view.apply(id));
        if (replayed) {
            response.header("Idempotent-Replayed", "true");
        }
        return response.build();
    }

    private String sha256(String operation, Object request) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(operation.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest(objectMapper.writeValueAsBytes(request)));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
