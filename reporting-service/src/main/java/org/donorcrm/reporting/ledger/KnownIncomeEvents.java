package org.donorcrm.reporting.ledger;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * This service's copies of the gift-service events on crm.gifts that tell what income is still coming (schemas in
 * docs/events/): grants and their instalments, SEPA mandates and their collections, periodic-gift agreements. Only
 * the fields the forecast reads; none carries personal data.
 */
public final class KnownIncomeEvents {

    public static final String GRANT_COMMITTED = "crm.grant.committed.v1";
    public static final String GRANT_INSTALMENT_DUE = "crm.grant.instalment-due.v1";
    public static final String GRANT_INSTALMENT_RECEIVED = "crm.grant.instalment-received.v1";
    public static final String MANDATE_SIGNED = "crm.mandate.signed.v1";
    public static final String MANDATE_STATUS_CHANGED = "crm.mandate.status-changed.v1";
    public static final String AGREEMENT_SIGNED = "crm.agreement.signed.v1";
    public static final String COLLECTION_SCHEDULED = "crm.collection.scheduled.v1";
    public static final String COLLECTION_RETURNED = "crm.collection.returned.v1";

    private KnownIncomeEvents() {
    }

    public record GrantCommitted(String grantId, String donorId, String fundCode, String earmarkClass,
                                 BigDecimal totalAmount, LocalDate startDate, LocalDate endDate,
                                 List<Instalment> instalments, Instant committedAt) {
        public record Instalment(String instalmentId, LocalDate dueDate, BigDecimal amount) {
        }
    }

    public record GrantInstalmentReceived(String grantId, String instalmentId, String donorId, String giftId,
                                          BigDecimal amount, LocalDate incomeDate, Instant receivedAt) {
    }

    public record MandateSigned(String mandateId, String donorId, BigDecimal amount, String frequency,
                                LocalDate signatureDate, LocalDate firstCollectionDate, LocalDate endDate,
                                String fundCode, Instant signedAt) {
    }

    public record MandateStatusChanged(String mandateId, String donorId, String previousStatus, String status,
                                       Instant changedAt) {
    }

    public record AgreementSigned(String agreementId, String donorId, String mandateId, BigDecimal yearlyAmount,
                                  LocalDate startDate, LocalDate endDate, Instant signedAt) {
    }

    public record CollectionScheduled(String collectionId, String mandateId, String donorId, String giftId,
                                      LocalDate dueDate, BigDecimal amount) {
    }
}
