package org.donorcrm.gift.gift;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** One line of a gift's audit trail: who did what, when, and the details (JSON text, no personal data). */
@Entity
@Table(name = "gift_history")
public class GiftHistoryEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "gift_id", length = 36, nullable = false)
    public String giftId;

    @Column(length = 30, nullable = false)
    public String action;

    @Column(length = 100, nullable = false)
    public String actor;

    @Column(name = "acted_at", nullable = false)
    public Instant actedAt;

    @Column(columnDefinition = "MEDIUMTEXT")
    public String details;
}
