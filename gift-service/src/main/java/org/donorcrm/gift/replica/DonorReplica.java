package org.donorcrm.gift.replica;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** What gift-service knows of a donor, from crm.donors: that it exists, its kind, and where it was merged to. */
@Entity
@Table(name = "donor_replica")
public class DonorReplica {

    public static final String ACTIVE = "ACTIVE";
    public static final String MERGED = "MERGED";
    public static final String ERASED = "ERASED";

    @Id
    @Column(name = "donor_id", length = 36)
    public String donorId;

    @Column(length = 30, nullable = false)
    public String kind;

    @Column(name = "income_category", length = 30, nullable = false)
    public String incomeCategory;

    @Column(length = 20, nullable = false)
    public String status;

    @Column(name = "survivor_id", length = 36)
    public String survivorId;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
