package org.donorcrm.gift.sepa;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A mandate with its schedule as the API shows it (to roles allowed to see personal data). */
public record MandateResponse(String id, String donorId, String reference, String creditorId,
                              LocalDate signatureDate, String debtorName, String debtorIban, String debtorBic,
                              BigDecimal amount, String currency, String frequency, LocalDate firstCollectionDate,
                              LocalDate endDate, LocalDate nextCollectionDate, String fundCode, String status,
                              String statusReason, LocalDate lastCollectionDate, int returnCount, String createdBy,
                              Instant createdAt, String campaignId, String appealId) {

    static MandateResponse of(Mandate m, LocalDate today) {
        LocalDate next = m.status == MandateStatus.ACTIVE
                ? m.frequency.nextOnOrAfter(m.firstCollectionDate, m.endDate, today.plusDays(1)) : null;
        return new MandateResponse(m.id, m.donorId, m.reference, m.creditorId, m.signatureDate, m.debtorName,
                m.debtorIban, m.debtorBic, m.amount, m.currency, m.frequency.name(), m.firstCollectionDate,
                m.endDate, next, m.fundCode, m.status.name(), m.statusReason, m.lastCollectionDate, m.returnCount,
                m.createdBy, m.createdAt, m.campaignId, m.appealId);
    }

    /** One collection of a mandate. */
    public record Collection(String id, String runId, LocalDate dueDate, BigDecimal amount, String endToEndId,
                             String sequenceType, String giftId, String status, String returnReason,
                             LocalDate returnedOn) {

        static Collection of(SepaCollection c) {
            return new Collection(c.id, c.runId, c.dueDate, c.amount, c.endToEndId, c.sequenceType, c.giftId,
                    c.status, c.returnReason, c.returnedOn);
        }

        static List<Collection> of(List<SepaCollection> collections) {
            return collections.stream().map(Collection::of).toList();
        }
    }
}
