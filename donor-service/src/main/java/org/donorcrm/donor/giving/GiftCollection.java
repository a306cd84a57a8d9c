package org.donorcrm.donor.giving;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The mandate that collected a gift, as learnt from {@code crm.collection.scheduled.v1}. */
@Entity
@Table(name = "gift_collection")
public class GiftCollection {

    @Id
    @Column(name = "gift_id", length = 36)
    public String giftId;

    @Column(name = "mandate_id", nullable = false, length = 36)
    public String mandateId;
}
