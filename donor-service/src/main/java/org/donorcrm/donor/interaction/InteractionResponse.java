package org.donorcrm.donor.interaction;

import java.time.Instant;
import java.time.LocalDate;

public record InteractionResponse(String id, String donorId, String type, LocalDate occurredOn, String author,
                                  String summary, Instant recordedAt) {

    public static InteractionResponse of(Interaction i) {
        return new InteractionResponse(i.id, i.donorId, i.type.name(), i.occurredOn, i.author, i.summary,
                i.recordedAt);
    }
}
