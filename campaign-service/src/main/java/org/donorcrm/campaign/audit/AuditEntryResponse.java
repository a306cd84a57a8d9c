package org.donorcrm.campaign.audit;

import com.fasterxml.jackson.annotation.JsonRawValue;

import java.time.Instant;

/** One line of a fund's or campaign's history; before and after are the states as JSON objects. */
public record AuditEntryResponse(String entityType, String action, String actor, Instant actedAt,
                                 @JsonRawValue String before, @JsonRawValue String after) {

    public static AuditEntryResponse of(AuditEntry e) {
        return new AuditEntryResponse(e.entityType, e.action, e.actor, e.actedAt, e.beforeState, e.afterState);
    }
}
