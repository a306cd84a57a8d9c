package org.donorcrm.gift.gift;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.donorcrm.gift.replica.EarmarkClass;

import java.math.BigDecimal;

/** One part of a gift, earmarked one way; the parts of a gift add up to its amount to the cent. */
@Entity
@Table(name = "gift_allocation")
public class GiftAllocation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "gift_id")
    public Gift gift;

    @Column(name = "line_no", nullable = false)
    public int lineNo;

    @Enumerated(EnumType.STRING)
    @Column(name = "earmark_class", length = 20, nullable = false)
    public EarmarkClass earmarkClass;

    @Column(name = "fund_id", length = 36)
    public String fundId;

    @Column(name = "fund_code", length = 30)
    public String fundCode;

    @Column(precision = 15, scale = 2, nullable = false)
    public BigDecimal amount;
}
