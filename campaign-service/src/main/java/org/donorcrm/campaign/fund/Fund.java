package org.donorcrm.campaign.fund;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.donorcrm.campaign.audit.Tracked;

import java.time.LocalDate;

/**
 * A designation money can be given to: the general fund, a programme fund or a project fund. Gifts name it by
 * its code; its earmark class decides how the money counts. Other services keep replicas from
 * {@code crm.fund.defined.v1}.
 */
@Entity
@Table(name = "fund")
public class Fund extends Tracked {

    @Id
    @Column(length = 36)
    public String id;

    @Column(length = 30, nullable = false, unique = true)
    public String code;

    @Column(length = 200, nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "earmark_class", length = 20, nullable = false)
    public EarmarkClass earmarkClass;

    @Column(name = "active_from", nullable = false)
    public LocalDate activeFrom;

    @Column(name = "active_to")
    public LocalDate activeTo;

    /** The donor (a funder) a project fund belongs to, if any: an id from donor-service. */
    @Column(name = "funder_donor_id", length = 36)
    public String funderDonorId;

    @Enumerated(EnumType.STRING)
    @Column(length = 20, nullable = false)
    public FundStatus status;
}
