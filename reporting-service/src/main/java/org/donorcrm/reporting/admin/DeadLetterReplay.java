package org.donorcrm.reporting.admin;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** One replay of a dead-lettered record to its source topic: which record, by whom, when. */
@Entity
@Table(name = "dead_letter_replay")
public class DeadLetterReplay {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "dlq_topic", length = 249, nullable = false)
    public String dlqTopic;

    @Column(name = "dlq_partition", nullable = false)
    public int dlqPartition;

    @Column(name = "dlq_offset", nullable = false)
    public long dlqOffset;

    @Column(name = "source_topic", length = 249, nullable = false)
    public String sourceTopic;

    @Column(name = "event_id", length = 100)
    public String eventId;

    @Column(name = "event_type", length = 100)
    public String eventType;

    @Column(name = "replayed_by", length = 100, nullable = false)
    public String replayedBy;

    @Column(name = "replayed_at", nullable = false)
    public Instant replayedAt;
}
