package org.donorcrm.platform.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.function.Function;

/**
 * The one way every create answers: 201 with Location and the created thing. Under an Idempotency-Key a repeat of
 * the same request answers with what the first one created (header {@code Idempotent-Replayed: true}) and changes
 * nothing; the same key with a different request is a 422; of two identical requests racing on one key, the one
 * that loses the insert of the key answers with what the winner created.
 */
@ApplicationScoped
public class IdempotentCreate {

    /** The header every create takes, and what a key may be (visible ASCII; with {@code @Size(max = 100)}). */
    public static final String HEADER = "Idempotency-Key";
    public static final String KEY_PATTERN = "[\\x21-\\x7e]+";

    private final Idempotency idempotency;
    private final ObjectMapper objectMapper;

    public IdempotentCreate(Idempotency idempotency, ObjectMapper objectMapper) {
        this.idempotency = idempotency;
        this.objectMapper = objectMapper;
    }

    /**
     * @param create   creates the thing in one transaction that also calls
     *                 {@link Idempotency#remember(RepeatableWrite, String, String)}, and returns its id
     * @param view     the response body for an id
     * @param location the URI of an id
     */
    public Response create(String operation, String key, Object request, Function<RepeatableWrite, String> create,
                           Function<String, Object> view, Function<String, URI> location) {
        RepeatableWrite write = write(operation, key, request);
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

    /** The repeatable write of a request: its key, operation and the hash of operation and body. */
    public RepeatableWrite write(String operation, String key, Object request) {
        return new RepeatableWrite(key, operation, key == null ? null : hash(operation, request));
    }

    private static Response created(String id, Function<String, Object> view, Function<String, URI> location,
                                    boolean replayed) {
        Response.ResponseBuilder response = Response.created(location.apply(id)).entity(view.apply(id));
        if (replayed) {
            response.header("Idempotent-Replayed", "true");
        }
        return response.build();
    }

    /** SHA-256 of the operation and the request as JSON, hex. */
    public String hash(String operation, Object request) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(operation.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest(objectMapper.writeValueAsBytes(request)));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
