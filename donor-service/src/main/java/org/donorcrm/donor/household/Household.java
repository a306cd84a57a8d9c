package org.donorcrm.donor.household;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** Individuals living together, so that giving can be seen per household. */
@Entity
@Table(name = "household")
public class Household {

    @Id
    @Column(length = 36)
    public String id;

    @Column(length = 200)
    public String name;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 100)
    public String createdBy;
}
