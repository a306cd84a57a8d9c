package org.donorcrm.donor.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Keeps who changed what and when, in the transaction of the change. The values are kept so an admin can see
 * what changed; erasure strips them and keeps the field names, the actor and the time.
 */
@ApplicationScoped
public class AuditTrail {

    /** One changed field; {@code from}/{@code to} are null after erasure. */
    public record Change(String field, Object from, Object to) {
    }

    private static final TypeReference<List<Change>> CHANGES = new TypeReference<>() {
    };

    private final AuditEntryRepository entries;
    private final ObjectMapper objectMapper;

    public AuditTrail(AuditEntryRepository entries, ObjectMapper objectMapper) {
        this.entries = entries;
        this.objectMapper = objectMapper;
    }

    /** The fields whose value differs between two snapshots, in the order of {@code after}. */
    public static List<Change> diff(Map<String, Object> before, Map<String, Object> after) {
        List<Change> changes = new ArrayList<>();
        after.forEach((field, value) -> {
            Object old = before.get(field);
            if (!Objects.equals(old, value)) {
                changes.add(new Change(field, old, value));
            }
        });
        return changes;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String donorId, String actor, String action, List<Change> changes) {
        AuditEntry entry = new AuditEntry();
        entry.donorId = donorId;
        entry.occurredAt = Instant.now();
        entry.actor = actor;
        entry.action = action;
        entry.changes = write(changes);
        entries.persist(entry);
    }

    @Transactional
    public List<AuditEntry> trailOf(String donorId) {
        return entries.trailOf(donorId);
    }

    public List<Change> changesOf(AuditEntry entry) {
        try {
            return objectMapper.readValue(entry.changes, CHANGES);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("audit entry " + entry.id + " is unreadable", e);
        }
    }

    /** Erasure: every entry of the donor keeps its field names, actor and time, and loses the values. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void stripValues(String donorId) {
        for (AuditEntry entry : entries.trailOf(donorId)) {
            entry.changes = write(changesOf(entry).stream().map(c -> new Change(c.field(), null, null)).toList());
        }
    }

    private String write(List<Change> changes) {
        try {
            return objectMapper.writeValueAsString(changes);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("audit changes cannot be serialised", e);
        }
    }
}
