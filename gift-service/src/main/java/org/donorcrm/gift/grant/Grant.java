package org.donorcrm.gift.grant;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import org.donorcrm.gift.replica.EarmarkClass;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A grant or pledge of an institutional funder ("toezegging"): a total for a period, earmarked to one fund, paid
 * in instalments that add up to the total to the cent, with an overhead percentage and reporting deadlines.
 */
@Entity
@Table(name = "grant_commitment")
public class Grant {

    @Id
    @Column(length = 36)
    public String id;

    @Column(name = "donor_id", length = 36, nullable = false)
    public String donorId;

    @Column(length = 200, nullable = false)
    public String title;

    @Column(name = "funder_reference", length = 100)
    public String funderReference;

    @Column(name = "fund_code", length = 30, nullable = false)
    public String fundCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "earmark_class", length = 20, nullable = false)
    public EarmarkClass earmarkClass;

    @Column(name = "total_amount", precision = 15, scale = 2, nullable = false)
    public BigDecimal totalAmount;

    @Column(length = 3, nullable = false)
    public String currency;

    @Column(name = "start_date", nullable = false)
    public LocalDate startDate;

    @Column(name = "end_date", nullable = false)
    public LocalDate endDate;

    @Column(name = "overhead_percentage", precision = 5, scale = 2, nullable = false)
    public BigDecimal overheadPercentage;

    @Column(name = "idempotency_key", length = 100)
    public String idempotencyKey;

    @Column(name = "created_by", length = 100, nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @OneToMany(mappedBy = "grant", cascade = CascadeType.ALL, fetch = FetchType.EAGER)
    @OrderBy("lineNo")
    public List<GrantInstalment> instalments = new ArrayList<>();

    @OneToMany(mappedBy = "grant", cascade = CascadeType.ALL)
    @OrderBy("lineNo")
    public List<GrantDeadline> deadlines = new ArrayList<>();
}
