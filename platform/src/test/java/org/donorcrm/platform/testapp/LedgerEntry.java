package org.donorcrm.platform.testapp;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One applied event of the test read model; {@code seq} is the order in which the read model applied them. */
@Entity
@Table(name = "test_ledger_entry")
public class LedgerEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long seq;

    @Column(name = "event_id", length = 36, nullable = false, unique = true)
    public String eventId;

    @Column(name = "event_type", length = 100, nullable = false)
    public String eventType;

    @Column(length = 36, nullable = false)
    public String account;

    @Column(nullable = false)
    public int n;
}
