package org.donorcrm.gift.bankimport;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A statement as read from a CAMT.053 or CSV file, before matching: the account, the bank's own identity of the
 * statement, its balances and its transactions (a batch entry with amounts per transaction is split).
 */
record ParsedStatement(String formatVersion, String account, String statementRef, String sequenceNo,
                       String createdByBank, String currency, BigDecimal openingBalance, BigDecimal closingBalance,
                       int entryCount, int creditCount, BigDecimal creditTotal, int debitCount, BigDecimal debitTotal,
                       List<Transaction> transactions) {

    /**
     * One credit or debit; {@code returned} marks a return or reversal (RtrInf, RvslInd, a return code);
     * {@code counterpartyCity} is the town of the counterparty's address where the statement gives one.
     */
    record Transaction(int entryNo, int txNo, boolean credit, boolean returned, BigDecimal amount, String currency,
                       LocalDate bookingDate, LocalDate valueDate, String entryRef, String acctSvcrRef,
                       String endToEndId, String mandateRef, String bankTxCode, String returnReason,
                       String counterpartyName, String counterpartyIban, String remittance, String donorIdColumn,
                       String counterpartyCity) {
    }
}
