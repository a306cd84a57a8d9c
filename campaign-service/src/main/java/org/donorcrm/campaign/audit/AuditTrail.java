package org.donorcrm.campaign.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.List;

/**
 * Keeps the audit trail: every write to a fund, campaign, appeal or cost, in the transaction of the write, with
 * the user of the token and the state before and after (the event records, which hold no personal data).
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
    public void record(String entityType, String entityId, String action, String actor, Object before, Object after) {
        AuditEntry entry = new AuditEntry();
        entry.entityType = entityType;
        entry.entityId = entityId;
        entry.action = action;
        entry.actor = actor;
        entry.actedAt = Instant.now();
        entry.beforeState = json(before);
        entry.afterState = json(after);
        entityManager.persist(entry);
    }

    /** The trail of one fund, campaign or appeal (including its costs' entries), oldest first. */
    public List<AuditEntry> of(String entityId) {
        return entityManager.createQuery("from AuditEntry e where e.entityId = :id order by e.id", AuditEntry.class)
                .setParameter("id", entityId)
                .getResultList();
    }

    private String json(Object state) {
        if (state == null) {
            return null;
        }
        try {
            return objectMapper.writeValueAsString(state);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("audit state cannot be serialised", e);
        }
    }
}
