package org.donorcrm.gift.bankimport;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One transaction of a statement and what became of it: the gift it made or reversed, or its place in the review
 * queue, with the reason in words. The counterparty's name, IBAN and the remittance text are personal data.
 */
@Entity
@Table(name = "bank_entry")
public class BankEntry {

    @Id
    @Column(length = 36)
    public String id;

    @Column(name = "statement_id", length = 36, nullable = false)
    public String statementId;

    @Column(name = "line_no", nullable = false)
    public int lineNo;

    @Column(name = "entry_key", length = 64, nullable = false)
    public String entryKey;

    @Column(length = 4, nullable = false)
    public String direction;

    @Column(length = 20, nullable = false)
    public String kind;

    @Column(precision = 15, scale = 2, nullable = false)
    public BigDecimal amount;

    @Column(length = 3, nullable = false)
    public String currency;

    @Column(name = "booking_date", nullable = false)
    public LocalDate bookingDate;

    @Column(name = "value_date")
    public LocalDate valueDate;

    @Column(name = "entry_ref", length = 100)
    public String entryRef;

    @Column(name = "acct_svcr_ref", length = 100)
    public String acctSvcrRef;

    @Column(name = "end_to_end_id", length = 100)
    public String endToEndId;

    @Column(name = "mandate_ref", length = 100)
    public String mandateRef;

    @Column(name = "bank_tx_code", length = 40)
    public String bankTxCode;

    @Column(name = "return_reason", length = 10)
    public String returnReason;

    @Column(name = "counterparty_name", length = 140)
    public String counterpartyName;

    @Column(name = "counterparty_iban", length = 34)
    public String counterpartyIban;

    /** The town of the counterparty's address, where the statement gives it (CAMT {@code PstlAdr/TwnNm}). */
    @Column(name = "counterparty_city", length = 35)
    public String counterpartyCity;

    @Column(length = 500)
    public String remittance;

    @Enumerated(EnumType.STRING)
    @Column(length = 20, nullable = false)
    public EntryStatus status;

    @Column(name = "match_reason", length = 200)
    public String matchReason;

    @Column(name = "donor_id", length = 36)
    public String donorId;

    /**
     * For a credit in review: the donors suggested to finance, comma-separated (the holders of a joint account,
     * lowest donor number first); null when none.
     */
    @Column(name = "suggested_donors", length = 400)
    public String suggestedDonors;

    @Column(name = "gift_id", length = 36)
    public String giftId;

    @Column(name = "resolved_by", length = 100)
    public String resolvedBy;

    @Column(name = "resolved_at")
    public Instant resolvedAt;
}
