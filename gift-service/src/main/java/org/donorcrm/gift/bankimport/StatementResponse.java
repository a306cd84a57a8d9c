package org.donorcrm.gift.bankimport;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/**
 * A statement's summary for finance: its own totals and balances, whether they reconcile (opening + credits −
 * debits = closing, where the statement gives both balances), and count and total per status of its
 * transactions, so matched + collection + review + assigned + ignored + return credits add up to the credits.
 */
public record StatementResponse(String id, String source, String formatVersion, String account,
                                String statementRef, String sequenceNo, String currency, BigDecimal openingBalance,
                                BigDecimal closingBalance, BigDecimal computedClosingBalance, Boolean reconciles,
                                int entryCount, Sum credits, Sum debits, int duplicates,
                                Map<String, Sum> byStatus, String importedBy, Instant importedAt) {

    public record Sum(long count, BigDecimal total) {
    }

    /**
     * One transaction of a statement and why it was matched (or not); {@code suggestedDonorIds} are the donors
     * suggested for a credit in review (the holders of a joint account), none otherwise.
     */
    public record Entry(String id, String statementId, int line, String direction, String kind, BigDecimal amount,
                        String currency, LocalDate bookingDate, String endToEndId, String mandateRef,
                        String bankTxCode, String returnReason, String counterpartyName, String counterpartyIban,
                        String counterpartyCity, String remittance, String status, String matchReason, String donorId,
                        java.util.List<String> suggestedDonorIds, String giftId, String resolvedBy,
                        Instant resolvedAt) {

        static Entry of(BankEntry e) {
            return new Entry(e.id, e.statementId, e.lineNo, e.direction, e.kind, e.amount, e.currency, e.bookingDate,
                    e.endToEndId, e.mandateRef, e.bankTxCode, e.returnReason, e.counterpartyName, e.counterpartyIban,
                    e.counterpartyCity, e.remittance, e.status.name(), e.matchReason, e.donorId,
                    e.suggestedDonors == null ? java.util.List.of() : java.util.List.of(e.suggestedDonors.split(",")),
                    e.giftId, e.resolvedBy, e.resolvedAt);
        }
    }

    static StatementResponse of(BankStatement s, Map<EntryStatus, Object[]> totals) {
        BigDecimal computed = s.openingBalance == null ? null
                : s.openingBalance.add(s.creditTotal).subtract(s.debitTotal);
        Boolean reconciles = computed == null || s.closingBalance == null ? null
                : computed.compareTo(s.closingBalance) == 0;
        Map<String, Sum> byStatus = new java.util.LinkedHashMap<>();
        for (EntryStatus status : EntryStatus.values()) {
            Object[] row = totals.get(status);
            byStatus.put(status.name(), row == null ? new Sum(0, BigDecimal.ZERO.setScale(2))
                    : new Sum((Long) row[0], (BigDecimal) row[1]));
        }
        return new StatementResponse(s.id, s.source, s.formatVersion, s.account, s.statementRef, s.sequenceNo,
                s.currency, s.openingBalance, s.closingBalance, computed, reconciles, s.entryCount,
                new Sum(s.creditCount, s.creditTotal), new Sum(s.debitCount, s.debitTotal), s.duplicateCount,
                byStatus, s.importedBy, s.importedAt);
    }
}
