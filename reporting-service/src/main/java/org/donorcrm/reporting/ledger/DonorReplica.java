package org.donorcrm.reporting.ledger;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * What reporting knows of a donor from crm.donors: kind, RJ 650 income category and household, never a name.
 * Figures join it at query time, so a donor registered after its gift still classifies that gift.
 */
@Entity
@Table(name = "donor_replica")
public class DonorReplica {

    @Id
    @Column(name = "donor_id", length = 36)
    public String donorId;

    @Column(length = 30, nullable = false)
    public String kind;

    @Column(name = "income_category", length = 30, nullable = false)
    public String incomeCategory;

    @Column(name = "household_id", length = 36)
    public String householdId;

    @Column(name = "postcode_area", length = 2)
    public String postcodeArea;

    @Column(name = "survivor_id", length = 36)
    public String survivorId;

    @Column(name = "erased_at")
    public Instant erasedAt;

    /** The time of the event that set this state; an older event never overwrites it. */
    @Column(name = "state_at", nullable = false)
    public Instant stateAt;
}
