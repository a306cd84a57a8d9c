package org.donorcrm.campaign.results;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A donor merged into another: gift events that still name the merged id count for the survivor. */
@Entity
@Table(name = "donor_alias")
public class DonorAlias {

    @Id
    @Column(name = "merged_id", length = 36)
    public String mergedId;

    @Column(name = "survivor_id", length = 36, nullable = false)
    public String survivorId;

    @Column(name = "merged_at", nullable = false)
    public Instant mergedAt;
}
