package org.donorcrm.gift.sepa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One debit of one mandate on one due date (unique), with the gift it recorded. Its end-to-end id is what the
 * bank quotes back on a return.
 */
@Entity
@Table(name = "sepa_collection")
public class SepaCollection {

    public static final String COLLECTED = "COLLECTED";
    public static final String RETURNED = "RETURNED";

    @Id
    @Column(length = 36)
    public String id;

    @Column(name = "mandate_id", length = 36, nullable = false)
    public String mandateId;

    @Column(name = "run_id", length = 36, nullable = false)
    public String runId;

    @Column(name = "due_date", nullable = false)
    public LocalDate dueDate;

    @Column(precision = 15, scale = 2, nullable = false)
    public BigDecimal amount;

    @Column(name = "end_to_end_id", length = 35, nullable = false)
    public String endToEndId;

    @Column(name = "sequence_type", length = 4, nullable = false)
    public String sequenceType;

    @Column(name = "gift_id", length = 36, nullable = false)
    public String giftId;

    @Column(length = 20, nullable = false)
    public String status;

    @Column(name = "return_reason", length = 4)
    public String returnReason;

    @Column(name = "returned_on")
    public LocalDate returnedOn;
}
