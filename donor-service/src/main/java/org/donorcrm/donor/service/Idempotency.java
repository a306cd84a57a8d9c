package org.donorcrm.donor.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.donorcrm.donor.IdempotencyRecord;

import java.time.Instant;
import java.util.Optional;

/**
 * Makes repeatable writes safe to repeat: the id created under an Idempotency-Key is remembered in the write's
 * transaction; the same key with the same request answers with that id, with another request it is refused.
 */
@ApplicationScoped
public class Idempotency {

    private final EntityManager entityManager;

    public Idempotency(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The id created earlier under this key, if any. */
    @Transactional
    public Optional<String> earlier(String scope, String key, String requestHash) {
        if (key == null) {
            return Optional.empty();
        }
        IdempotencyRecord record = entityManager.find(IdempotencyRecord.class, new IdempotencyRecord.Key(scope, key));
        if (record == null) {
            return Optional.empty();
        }
        if (!record.requestHash.equals(requestHash)) {
            throw new IdempotencyConflict(key);
        }
        return Optional.of(record.resourceId);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void remember(String scope, String key, String requestHash, String resourceId) {
        if (key == null) {
            return;
        }
        IdempotencyRecord record = new IdempotencyRecord();
        record.scope = scope;
        record.idemKey = key;
        record.requestHash = requestHash;
        record.resourceId = resourceId;
        record.createdAt = Instant.now();
        entityManager.persist(record);
    }
}
