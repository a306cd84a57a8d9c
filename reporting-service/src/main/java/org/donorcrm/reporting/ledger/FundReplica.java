package org.donorcrm.reporting.ledger;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;

/** A fund as campaign-service last defined it (crm.fund.defined.v1): names the fund codes on ledger rows. */
@Entity
@Table(name = "fund_replica")
public class FundReplica {

    @Id
    @Column(name = "fund_id", length = 36)
    public String fundId;

    @Column(length = 30, nullable = false)
    public String code;

    @Column(length = 200, nullable = false)
    public String name;

    @Column(name = "earmark_class", length = 20, nullable = false)
    public String earmarkClass;

    @Column(name = "active_from")
    public LocalDate activeFrom;

    @Column(name = "active_to")
    public LocalDate activeTo;

    @Column(name = "funder_donor_id", length = 36)
    public String funderDonorId;

    @Column(length = 20, nullable = false)
    public String status;

    @Column(name = "state_at", nullable = false)
    public Instant stateAt;
}
