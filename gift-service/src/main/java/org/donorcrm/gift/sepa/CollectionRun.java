package org.donorcrm.gift.sepa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** One pain.008 message: the collections one run created for one due date. */
@Entity
@Table(name = "sepa_collection_run")
public class CollectionRun {

    @Id
    @Column(length = 36)
    public String id;

    @Column(name = "message_id", length = 35, nullable = false)
    public String messageId;

    @Column(name = "due_date", nullable = false)
    public LocalDate dueDate;

    @Column(name = "tx_count", nullable = false)
    public int txCount;

    @Column(precision = 15, scale = 2, nullable = false)
    public BigDecimal total;

    @Column(name = "created_by", length = 100, nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
