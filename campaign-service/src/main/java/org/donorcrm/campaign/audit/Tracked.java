package org.donorcrm.campaign.audit;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

import java.time.Instant;

/** Who created a fund or campaign and who changed it last, and when; the full story is in the audit trail. */
@MappedSuperclass
public abstract class Tracked {

    @Column(name = "created_by", length = 100, nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_by", length = 100, nullable = false)
    public String updatedBy;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** Marks a change by {@code user}, now; a new row is marked created at the same moment. */
    public void changedBy(String user) {
        updatedBy = user;
        updatedAt = Instant.now();
        if (createdBy == null) {
            createdBy = user;
            createdAt = updatedAt;
        }
    }
}
