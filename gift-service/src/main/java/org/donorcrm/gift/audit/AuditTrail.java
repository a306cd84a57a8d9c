package org.donorcrm.gift.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Writes who changed what, in the transaction of the change itself ({@link Transactional.TxType#MANDATORY}),
 * for the aggregates beside the gift (gifts keep their own history in gift_history).
 */
@ApplicationScoped
public class AuditTrail {

    private final EntityManager entityManager;
    private final ObjectMapper objectMapper;

    public AuditTrail(EntityManager entityManager, ObjectMapper objectMapper) {
        this.entityManager = entityManager;
        this.objectMapper = objectMapper;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String entityType, String entityId, String action, String actor, Map<String, ?> details) {
        AuditEntry entry = new AuditEntry();
        entry.entityType = entityType;
        entry.entityId = entityId;
        entry.action = action;
        entry.actor = actor;
        entry.actedAt = Instant.now();
        try {
            entry.details = objectMapper.writeValueAsString(details);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        entityManager.persist(entry);
    }

    public List<AuditEntry> of(String entityType, String entityId) {
        return entityManager.createQuery("from AuditEntry a where a.entityType = :type and a.entityId = :id "
                        + "order by a.id", AuditEntry.class)
                .setParameter("type", entityType)
                .setParameter("id", entityId)
                .getResultList();
    }
}
