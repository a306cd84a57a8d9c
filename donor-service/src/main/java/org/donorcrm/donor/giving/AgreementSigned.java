package org.donorcrm.donor.giving;

import java.time.LocalDate;

/**
 * This service's copy of gift-service's {@code crm.agreement.signed.v1} data (schema:
 * docs/events/crm.agreement.signed.v1.json): a periodic-gift agreement and the mandate that pays it. Only the fields
 * the annual gift statement reads, among them the agreement's number (gift-service's transaction number; absent from
 * the events written before it was added to the event).
 */
public record AgreementSigned(String agreementId, String transactionNumber, String donorId, String mandateId, LocalDate startDate,
                              LocalDate endDate, Integer durationYears) {

    public static final String TYPE = "crm.agreement.signed.v1";
}
