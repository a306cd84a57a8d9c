package org.donorcrm.gift.bankimport;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * An account finance confirmed as a donor's, so the donor's next transfer matches by itself. Only a keyed hash
 * (HMAC-SHA256 with a secret pepper) of the IBAN is kept: the table holds no readable account numbers, and a
 * leaked table cannot be reversed by hashing all Dutch IBANs without the pepper. Erasing the donor deletes it.
 */
@Entity
@Table(name = "known_account")
public class KnownAccount {

    @Id
    @Column(name = "iban_hash", length = 64)
    public String ibanHash;

    @Column(name = "donor_id", length = 36, nullable = false)
    public String donorId;

    @Column(name = "created_by", length = 100, nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
