package org.donorcrm.gift.bankimport;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One imported statement: whose account, the bank's identity of it (a second import of the same identity adds
 * nothing), its balances and the totals of its entries as the file states them, for reconciliation.
 */
@Entity
@Table(name = "bank_statement")
public class BankStatement {

    @Id
    @Column(length = 36)
    public String id;

    @Column(name = "identity_hash", length = 64, nullable = false)
    public String identityHash;

    @Column(length = 20, nullable = false)
    public String source;

    @Column(name = "format_version", length = 30, nullable = false)
    public String formatVersion;

    @Column(length = 70, nullable = false)
    public String account;

    @Column(name = "statement_ref", length = 100, nullable = false)
    public String statementRef;

    @Column(name = "sequence_no", length = 30)
    public String sequenceNo;

    @Column(name = "created_by_bank", length = 40)
    public String createdByBank;

    @Column(length = 3)
    public String currency;

    @Column(name = "opening_balance", precision = 15, scale = 2)
    public BigDecimal openingBalance;

    @Column(name = "closing_balance", precision = 15, scale = 2)
    public BigDecimal closingBalance;

    @Column(name = "entry_count", nullable = false)
    public int entryCount;

    @Column(name = "credit_count", nullable = false)
    public int creditCount;

    @Column(name = "credit_total", precision = 15, scale = 2, nullable = false)
    public BigDecimal creditTotal;

    @Column(name = "debit_count", nullable = false)
    public int debitCount;

    @Column(name = "debit_total", precision = 15, scale = 2, nullable = false)
    public BigDecimal debitTotal;

    /** Transactions already imported with an earlier (overlapping) statement, so not added again. */
    @Column(name = "duplicate_count", nullable = false)
    public int duplicateCount;

    @Column(name = "imported_by", length = 100, nullable = false)
    public String importedBy;

    @Column(name = "imported_at", nullable = false)
    public Instant importedAt;
}
