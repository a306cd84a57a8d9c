package org.donorcrm.gift.gift;

import java.util.List;

/** Finance's re-earmarking of a gift: new allocations and/or another campaign or appeal, with a reason. */
public record Reallocate(List<RecordGift.Line> allocations, String campaignId, String appealId, String reason) {
}
