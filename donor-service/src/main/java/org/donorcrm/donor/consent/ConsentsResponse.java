package org.donorcrm.donor.consent;

import java.time.Instant;
import java.util.List;

/** A donor's consent as the API shows it: what holds now per channel and purpose, and every grant and withdrawal. */
public record ConsentsResponse(List<ConsentService.ConsentState> current, List<HistoryItem> history) {

    public record HistoryItem(String channel, String purpose, boolean granted, String source, Instant recordedAt,
                              String recordedBy) {

        public static HistoryItem of(Consent c) {
            return new HistoryItem(c.channel.name(), c.purpose.name(), c.granted, c.source, c.recordedAt,
                    c.recordedBy);
        }
    }
}
