package org.donorcrm.gift.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** One line of the audit trail of mandates, collections, agreements, grants and bank imports. */
@Entity
@Table(name = "audit_trail")
public class AuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "entity_type", length = 40, nullable = false)
    public String entityType;

    @Column(name = "entity_id", length = 36, nullable = false)
    public String entityId;

    @Column(length = 40, nullable = false)
    public String action;

    @Column(length = 100, nullable = false)
    public String actor;

    @Column(name = "acted_at", nullable = false)
    public Instant actedAt;

    /** JSON text; ids, amounts, dates and codes only, never names or IBANs. */
    @Column(columnDefinition = "MEDIUMTEXT")
    public String details;
}
