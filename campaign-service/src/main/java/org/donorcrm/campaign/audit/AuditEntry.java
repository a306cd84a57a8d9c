package org.donorcrm.campaign.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** One line of the audit trail: who changed which fund, campaign or cost, when, from what to what. */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "entity_type", length = 30, nullable = false)
    public String entityType;

    @Column(name = "entity_id", length = 36, nullable = false)
    public String entityId;

    @Column(length = 30, nullable = false)
    public String action;

    @Column(length = 100, nullable = false)
    public String actor;

    @Column(name = "acted_at", nullable = false)
    public Instant actedAt;

    /** The state before the change as JSON text; null for a creation. */
    @Column(name = "before_state", columnDefinition = "MEDIUMTEXT")
    public String beforeState;

    /** The state after the change as JSON text; null for a removal. */
    @Column(name = "after_state", columnDefinition = "MEDIUMTEXT")
    public String afterState;
}
