package org.donorcrm.reporting.ledger;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A merged donor id and the survivor its history now belongs to; later events for the merged id go there too. */
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
