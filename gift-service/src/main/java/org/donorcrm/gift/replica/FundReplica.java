package org.donorcrm.gift.replica;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;

/** A fund money can be allocated to, from crm.campaigns: its code, earmark class and whether it is open. */
@Entity
@Table(name = "fund_replica")
public class FundReplica {

    public static final String CLOSED = "CLOSED";

    @Id
    @Column(name = "fund_id", length = 36)
    public String fundId;

    @Column(length = 30, nullable = false, unique = true)
    public String code;

    @Enumerated(EnumType.STRING)
    @Column(name = "earmark_class", length = 20, nullable = false)
    public EarmarkClass earmarkClass;

    @Column(name = "active_from")
    public LocalDate activeFrom;

    @Column(name = "active_to")
    public LocalDate activeTo;

    @Column(length = 20, nullable = false)
    public String status;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    public boolean isOpenOn(LocalDate date) {
        return !CLOSED.equals(status)
                && (activeFrom == null || !date.isBefore(activeFrom))
                && (activeTo == null || !date.isAfter(activeTo));
    }
}
