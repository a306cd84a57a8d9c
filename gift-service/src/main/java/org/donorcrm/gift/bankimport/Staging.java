package org.donorcrm.gift.bankimport;

import jakarta.enterprise.context.ApplicationScoped;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The staging tables of the bank import ({@code bank_staged_statement}, {@code bank_staged_entry}, V10): a file is
 * read in one streaming pass and its transactions are written here with plain JDBC batch inserts of
 * {@value #BATCH} rows, each batch committed, so that memory does not grow with the file; booking then reads them
 * back in chunks ({@link BankImportService#book}). A file that is refused leaves nothing here.
 */
@ApplicationScoped
public class Staging {

    static final int BATCH = 1000;

    /** A statement of the file as staged: its header (no transactions), its seq range, the statement booked for it. */
    record StagedStatement(int stmtNo, ParsedStatement header, long firstSeq, long lastSeq, String statementId) {

        long transactions() {
            return lastSeq - firstSeq + 1;
        }
    }

    /** One staged transaction: its place in the file and its statement. */
    record StagedEntry(long seq, int stmtNo, ParsedStatement.Transaction transaction) {
    }

    /** A database failure while staging: not the file's fault (the job is resumed, the API answers 500). */
    static final class StagingFailed extends RuntimeException {

        StagingFailed(SQLException cause) {
            super("staging the statement failed: " + cause.getClass().getSimpleName(), cause);
        }
    }

    private static final String INSERT_ENTRY = "insert into bank_staged_entry (upload_id, seq, stmt_no, entry_no, "
            + "tx_no, credit, returned, amount, currency, booking_date, value_date, entry_ref, acct_svcr_ref, "
            + "end_to_end_id, mandate_ref, bank_tx_code, return_reason, counterparty_name, counterparty_iban, "
            + "counterparty_city, remittance, donor_id_column) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
            + "?, ?, ?, ?, ?, ?)";
    private static final String INSERT_STATEMENT = "insert into bank_staged_statement (upload_id, stmt_no, "
            + "format_version, account, statement_ref, sequence_no, created_by_bank, currency, opening_balance, "
            + "closing_balance, entry_count, credit_count, credit_total, debit_count, debit_total, first_seq, last_seq) "
            + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final DataSource dataSource;

    public Staging(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Stages a file: {@code reader} reads it and hands each transaction and statement to the sink it is given. Whatever
     * was staged for this import before (a run that stopped while staging) goes first. When the reader refuses the
     * file, what it staged is deleted and the refusal is thrown.
     */
    List<StagedStatement> stage(String importId, Consumer<CamtParser.Sink> reader) {
        delete(importId);
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement entries = connection.prepareStatement(INSERT_ENTRY);
                 PreparedStatement statements = connection.prepareStatement(INSERT_STATEMENT)) {
                Writer writer = new Writer(importId, connection, entries, statements);
                reader.accept(writer);
                writer.flush();
                connection.commit();
            } catch (RuntimeException | SQLException e) {
                connection.rollback();
                delete(importId);
                throw e;
            }
        } catch (SQLException e) {
            delete(importId);
            throw new StagingFailed(e);
        }
        return statements(importId);
    }

    /** Writes what the parser hands on, {@value #BATCH} rows per JDBC batch and commit. */
    private static final class Writer implements CamtParser.Sink {

        private final String importId;
        private final Connection connection;
        private final PreparedStatement entries;
        private final PreparedStatement statements;
        private long seq;
        private long statementFirst = 1;
        private int stmtNo;
        private int pending;

        private Writer(String importId, Connection connection, PreparedStatement entries,
                       PreparedStatement statements) {
            this.importId = importId;
            this.connection = connection;
            this.entries = entries;
            this.statements = statements;
        }

        @Override
        public void transaction(ParsedStatement.Transaction t) {
            try {
                int i = 1;
                entries.setString(i++, importId);
                entries.setLong(i++, ++seq);
                entries.setInt(i++, stmtNo + 1);
                entries.setInt(i++, t.entryNo());
                entries.setInt(i++, t.txNo());
                entries.setBoolean(i++, t.credit());
                entries.setBoolean(i++, t.returned());
                entries.setBigDecimal(i++, t.amount());
                entries.setString(i++, t.currency());
                entries.setObject(i++, t.bookingDate());
                entries.setObject(i++, t.valueDate(), Types.DATE);
                for (String text : new String[] {t.entryRef(), t.acctSvcrRef(), t.endToEndId(), t.mandateRef(),
                        t.bankTxCode(), t.returnReason(), t.counterpartyName(), t.counterpartyIban(),
                        t.counterpartyCity(), t.remittance(), t.donorIdColumn()}) {
                    entries.setString(i++, text);
                }
                entries.addBatch();
                if (++pending == BATCH) {
                    flush();
                    connection.commit();
                }
            } catch (SQLException e) {
                throw new StagingFailed(e);
            }
        }

        @Override
        public void statement(ParsedStatement s) {
            try {
                int i = 1;
                statements.setString(i++, importId);
                statements.setInt(i++, ++stmtNo);
                statements.setString(i++, s.formatVersion());
                statements.setString(i++, s.account());
                statements.setString(i++, s.statementRef());
                statements.setString(i++, s.sequenceNo());
                statements.setString(i++, s.createdByBank());
                statements.setString(i++, s.currency());
                setDecimal(statements, i++, s.openingBalance());
                setDecimal(statements, i++, s.closingBalance());
                statements.setInt(i++, s.entryCount());
                statements.setInt(i++, s.creditCount());
                statements.setBigDecimal(i++, s.creditTotal());
                statements.setInt(i++, s.debitCount());
                statements.setBigDecimal(i++, s.debitTotal());
                statements.setLong(i++, statementFirst);
                statements.setLong(i, seq);
                statements.addBatch();
                statementFirst = seq + 1;
            } catch (SQLException e) {
                throw new StagingFailed(e);
            }
        }

        void flush() throws SQLException {
            if (pending > 0) {
                entries.executeBatch();
                pending = 0;
            }
            statements.executeBatch();
        }
    }

    private static void setDecimal(PreparedStatement statement, int index, BigDecimal value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.DECIMAL);
        } else {
            statement.setBigDecimal(index, value);
        }
    }

    /** The staged statements of an import, in file order. */
    List<StagedStatement> statements(String importId) {
        List<StagedStatement> found = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("select stmt_no, format_version, account, "
                     + "statement_ref, sequence_no, created_by_bank, currency, opening_balance, closing_balance, "
                     + "entry_count, credit_count, credit_total, debit_count, debit_total, first_seq, last_seq, "
                     + "statement_id from bank_staged_statement where upload_id = ? order by stmt_no")) {
            select.setString(1, importId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    ParsedStatement header = new ParsedStatement(rows.getString(2), rows.getString(3),
                            rows.getString(4), rows.getString(5), rows.getString(6), rows.getString(7),
                            rows.getBigDecimal(8), rows.getBigDecimal(9), rows.getInt(10), rows.getInt(11),
                            rows.getBigDecimal(12), rows.getInt(13), rows.getBigDecimal(14), List.of());
                    found.add(new StagedStatement(rows.getInt(1), header, rows.getLong(15), rows.getLong(16),
                            rows.getString(17)));
                }
            }
        } catch (SQLException e) {
            throw new StagingFailed(e);
        }
        return found;
    }

    /** Up to {@code max} staged transactions after {@code afterSeq}, in file order. */
    List<StagedEntry> chunk(String importId, long afterSeq, int max) {
        List<StagedEntry> found = new ArrayList<>(max);
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("select seq, stmt_no, entry_no, tx_no, credit, "
                     + "returned, amount, currency, booking_date, value_date, entry_ref, acct_svcr_ref, end_to_end_id, "
                     + "mandate_ref, bank_tx_code, return_reason, counterparty_name, counterparty_iban, "
                     + "counterparty_city, remittance, donor_id_column from bank_staged_entry "
                     + "where upload_id = ? and seq > ? order by seq limit ?")) {
            select.setString(1, importId);
            select.setLong(2, afterSeq);
            select.setInt(3, max);
            try (ResultSet r = select.executeQuery()) {
                while (r.next()) {
                    java.time.LocalDate value = r.getObject(10, java.time.LocalDate.class);
                    found.add(new StagedEntry(r.getLong(1), r.getInt(2), new ParsedStatement.Transaction(r.getInt(3),
                            r.getInt(4), r.getBoolean(5), r.getBoolean(6), r.getBigDecimal(7), r.getString(8),
                            r.getObject(9, java.time.LocalDate.class), value, r.getString(11),
                            r.getString(12), r.getString(13), r.getString(14), r.getString(15), r.getString(16),
                            r.getString(17), r.getString(18), r.getString(20), r.getString(21), r.getString(19))));
                }
            }
        } catch (SQLException e) {
            throw new StagingFailed(e);
        }
        return found;
    }

    /** Deletes what was staged for an import (once it is booked, or refused), in batches of rows. */
    void delete(String importId) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(true);
            try (PreparedStatement entries = connection.prepareStatement(
                    "delete from bank_staged_entry where upload_id = ? limit 10000")) {
                entries.setString(1, importId);
                while (entries.executeUpdate() > 0) {
                    // the next 10,000: one long delete would hold its locks and undo log for the whole file
                }
            }
            try (PreparedStatement statements = connection.prepareStatement(
                    "delete from bank_staged_statement where upload_id = ?")) {
                statements.setString(1, importId);
                statements.executeUpdate();
            }
        } catch (SQLException e) {
            throw new StagingFailed(e);
        }
    }
}
