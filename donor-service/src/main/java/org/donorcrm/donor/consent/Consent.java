package org.donorcrm.donor.consent;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.donorcrm.donor.donor.ConsentChannel;
import org.donorcrm.donor.donor.ConsentPurpose;

import java.time.Instant;

/** One grant or withdrawal of consent for a channel and purpose; the latest per pair is what holds. */
@Entity
@Table(name = "consent")
public class Consent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "donor_id", nullable = false, length = 36)
    public String donorId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    public ConsentChannel channel;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public ConsentPurpose purpose;

    @Column(nullable = false)
    public boolean granted;

    /** Where the consent came from, e.g. "web form", "phone call": no personal data. */
    @Column(nullable = false, length = 100)
    public String source;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    @Column(name = "recorded_by", nullable = false, length = 100)
    public String recordedBy;
}
