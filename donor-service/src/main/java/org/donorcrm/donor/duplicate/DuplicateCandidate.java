package org.donorcrm.donor.duplicate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A pair of donors that may be the same, found by the duplicate scan and waiting for a person to decide. */
@Entity
@Table(name = "duplicate_candidate")
public class DuplicateCandidate {

    public enum Status { OPEN, DISMISSED, MERGED }

    @Id
    @Column(length = 36)
    public String id;

    /** The smaller id of the pair, so that a pair is stored once. */
    @Column(name = "donor_a", nullable = false, length = 36)
    public String donorA;

    @Column(name = "donor_b", nullable = false, length = 36)
    public String donorB;

    /** Comma-separated: SAME_IBAN, SAME_EMAIL, SAME_NAME_AND_POSTCODE, SIMILAR_NAME. */
    @Column(nullable = false, length = 100)
    public String reasons;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(nullable = false, length = 10)
    public Status status;

    @Column(name = "found_at", nullable = false)
    public Instant foundAt;

    @Column(name = "decided_at")
    public Instant decidedAt;

    @Column(name = "decided_by", length = 100)
    public String decidedBy;
}
