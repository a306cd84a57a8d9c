package org.donorcrm.gift.gift;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** Finance reverses a whole gift: on which date it counts, why, and a note (no personal data, please). */
public record ReversalRequest(@NotNull LocalDate reversalDate, @NotNull ReversalReason reason,
                              @Size(max = 500) String note) {
}
