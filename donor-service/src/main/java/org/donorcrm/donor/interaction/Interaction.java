package org.donorcrm.donor.interaction;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;

/** A call, meeting, letter, e-mail or thank-you on a donor's timeline. */
@Entity
@Table(name = "interaction")
public class Interaction {

    @Id
    @Column(length = 36)
    public String id;

    @Column(name = "donor_id", nullable = false, length = 36)
    public String donorId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public InteractionType type;

    @Column(name = "occurred_on", nullable = false)
    public LocalDate occurredOn;

    @Column(nullable = false, length = 100)
    public String author;

    @Column(length = 2000)
    public String summary;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;
}
