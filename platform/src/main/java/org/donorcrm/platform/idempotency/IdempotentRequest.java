package org.donorcrm.platform.idempotency;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * A write done under an Idempotency-Key: a repeat of the same request answers with what it created; the same
 * key with another request (or another operation) is refused.
 */
@Entity
@Table(name = "idempotent_request")
public class IdempotentRequest {

    @Id
    @Column(name = "idempotency_key", length = 100)
    public String idempotencyKey;

    @Column(length = 50, nullable = false)
    public String operation;

    @Column(name = "request_hash", length = 64, nullable = false)
    public String requestHash;

    @Column(name = "resource_id", length = 36, nullable = false)
    public String resourceId;

    @Column(name = "created_by", length = 100, nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
