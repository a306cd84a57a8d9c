package org.donorcrm.platform.idempotency;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.donorcrm.platform.http.IdempotencyConflict;

import java.time.Instant;
import java.util.Optional;

/**
 * Makes writes repeatable: the first request under an Idempotency-Key is remembered in the transaction of the
 * write it did, with a hash of its body; a repeat gets the id of what the first one created, a different request
 * (or another operation) under the same key is refused with {@link IdempotencyConflict}.
 */
@ApplicationScoped
public class Idempotency {

    private final EntityManager entityManager;

    public Idempotency(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The id created earlier under this key for the same request, if any. */
    @Transactional
    public Optional<String> previous(RepeatableWrite write) {
        String key = write.key();
        if (key == null) {
            return Optional.empty();
        }
        IdempotentRequest earlier = entityManager.find(IdempotentRequest.class, key);
        if (earlier == null) {
            return Optional.empty();
        }
        if (!earlier.operation.equals(write.operation()) || !earlier.requestHash.equals(write.requestHash())) {
            throw new IdempotencyConflict(key);
        }
        return Optional.of(earlier.resourceId);
    }

    /** Remembers the key in the transaction that created {@code resourceId}; a concurrent twin fails on the key. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void remember(RepeatableWrite write, String resourceId, String user) {
        if (write.key() == null) {
            return;
        }
        IdempotentRequest request = new IdempotentRequest();
        request.idempotencyKey = write.key();
        request.operation = write.operation();
        request.requestHash = write.requestHash();
        request.resourceId = resourceId;
        request.createdBy = user;
        request.createdAt = Instant.now();
        entityManager.persist(request);
        entityManager.flush(); // a twin that committed first surfaces here, inside the caller's try
    }
}
