package org.donorcrm.donor.donor;

import java.time.Instant;

/**
 * {@code crm.donor.erased.v1}: the donor's personal data was erased (AVG/GDPR). Its id stays valid, so gifts
 * keep counting under it. Schema: docs/events/crm.donor.erased.v1.json.
 */
public record DonorErased(String donorId, Instant erasedAt) {

    public static final String TYPE = "crm.donor.erased.v1";
}
