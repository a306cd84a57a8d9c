package org.donorcrm.gift.grant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** One payment a grant's funder promised, and the gift that recorded it once received. */
@Entity
@Table(name = "grant_instalment")
public class GrantInstalment {

    @Id
    @Column(length = 36)
    public String id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "grant_id")
    public Grant grant;

    @Column(name = "line_no", nullable = false)
    public int lineNo;

    @Column(name = "due_date", nullable = false)
    public LocalDate dueDate;

    @Column(precision = 15, scale = 2, nullable = false)
    public BigDecimal amount;

    @Column(name = "gift_id", length = 36)
    public String giftId;

    @Column(name = "received_at")
    public Instant receivedAt;

    /** When crm.grant.instalment-due.v1 went out for it (once). */
    @Column(name = "due_announced_at")
    public Instant dueAnnouncedAt;
}
