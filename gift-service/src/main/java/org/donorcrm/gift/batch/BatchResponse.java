package org.donorcrm.gift.batch;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** A posted batch and the ids of its gifts, in the order they were entered. */
public record BatchResponse(String id, int controlCount, BigDecimal controlTotal, String postedBy,
                            Instant postedAt, List<String> giftIds) {
}
