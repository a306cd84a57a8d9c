package org.donorcrm.platform.outbox;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * An event waiting to be published, stored in the same transaction as the state change it announces, so that
 * a crash can never keep the change and lose the event (or the other way round).
 */
@Entity
@Table(name = "outbox_event")
public class OutboxEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long seq;

    @Column(name = "event_id", length = 36, nullable = false, unique = true)
    public String eventId;

    @Column(name = "event_type", length = 100, nullable = false)
    public String eventType;

    /** The CloudEvents subject: the id of the aggregate that changed. */
    @Column(name = "aggregate_id", length = 36, nullable = false)
    public String aggregateId;

    /** The Kafka key (services key by donor id, so that one donor's history stays in order on one partition). */
    @Column(name = "partition_key", length = 36, nullable = false)
    public String partitionKey;

    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;

    @Column(nullable = false, columnDefinition = "MEDIUMTEXT")
    public String payload;

    @Column(name = "sent_at")
    public Instant sentAt;
}
