package org.donorcrm.gift.grant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.LocalDate;

/** A report the funder expects by a date (narrative, financial, audit). */
@Entity
@Table(name = "grant_deadline")
public class GrantDeadline {

    @Id
    @Column(length = 36)
    public String id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "grant_id")
    public Grant grant;

    @Column(name = "line_no", nullable = false)
    public int lineNo;

    @Column(name = "due_date", nullable = false)
    public LocalDate dueDate;

    @Column(length = 200, nullable = false)
    public String description;
}
