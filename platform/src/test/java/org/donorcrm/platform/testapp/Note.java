package org.donorcrm.platform.testapp;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;

/** What the test application creates idempotently. */
@Entity
@Table(name = "test_note")
public class Note {

    @Id
    @Column(length = 36)
    public String id;

    @Column(length = 200, nullable = false)
    public String text;

    @Column(nullable = false, precision = 12, scale = 2)
    public BigDecimal amount;

    @Column(name = "created_by", length = 100, nullable = false)
    public String createdBy;
}
