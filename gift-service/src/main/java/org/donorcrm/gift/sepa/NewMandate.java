package org.donorcrm.gift.sepa;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A signed mandate as checked at the edge. {@code lastCollectionDate} is for mandates brought over from an
 * earlier system with their history, so that the 36-month lapse rule counts from their real last use. The
 * campaign and appeal (ids, both optional) are where the collected gifts count.
 */
public record NewMandate(String donorId, String reference, LocalDate signatureDate, String debtorName,
                         String debtorIban, String debtorBic, BigDecimal amount, Frequency frequency,
                         LocalDate firstCollectionDate, LocalDate endDate, String fundCode,
                         LocalDate lastCollectionDate, String campaignId, String appealId) {

    /** A mandate signed for no campaign. */
    public NewMandate(String donorId, String reference, LocalDate signatureDate, String debtorName,
                      String debtorIban, String debtorBic, BigDecimal amount, Frequency frequency,
                      LocalDate firstCollectionDate, LocalDate endDate, String fundCode,
                      LocalDate lastCollectionDate) {
        this(donorId, reference, signatureDate, debtorName, debtorIban, debtorBic, amount, frequency,
                firstCollectionDate, endDate, fundCode, lastCollectionDate, null, null);
    }
}
