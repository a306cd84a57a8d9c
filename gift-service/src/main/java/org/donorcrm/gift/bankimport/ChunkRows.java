package org.donorcrm.gift.bankimport;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import org.donorcrm.gift.gift.Gift;
import org.donorcrm.gift.gift.GiftAllocation;
import org.donorcrm.gift.gift.GiftRecorded;
import org.donorcrm.platform.outbox.OutboxEventWritten;
import org.hibernate.Session;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The rows one chunk of a bank import adds, written with plain JDBC batch inserts on the chunk's own connection and
 * in its transaction (multi-row inserts: the datasource URL has {@code rewriteBatchedStatements=true}): the gifts of
 * the matched credits with their allocation, their history ("RECORDED") and their outbox event
 * ({@code crm.gift.recorded.v1}), the same rows and columns as {@code GiftService.record} and the platform's
 * {@code Outbox.write} store for each; then the statement lines. The outbox relay is woken once, after the commit.
 */
@ApplicationScoped
public class ChunkRows {

    private static final String GIFT = "insert into gift (id, donor_id, amount, currency, income_date, received_date, "
            + "channel, status, campaign_id, appeal_id, description, batch_id, recorded_by, recorded_at, version) "
            + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String ALLOCATION = "insert into gift_allocation (gift_id, line_no, earmark_class, fund_id, "
            + "fund_code, amount) values (?, ?, ?, ?, ?, ?)";
    private static final String HISTORY = "insert into gift_history (gift_id, action, actor, acted_at, details) "
            + "values (?, ?, ?, ?, ?)";
    private static final String OUTBOX = "insert into outbox_event (event_id, event_type, aggregate_id, partition_key, "
            + "occurred_at, payload) values (?, ?, ?, ?, ?, ?)";
    private static final String ENTRY = "insert into bank_entry (id, statement_id, line_no, entry_key, direction, kind, "
            + "amount, currency, booking_date, value_date, entry_ref, acct_svcr_ref, end_to_end_id, mandate_ref, "
            + "bank_tx_code, return_reason, counterparty_name, counterparty_iban, counterparty_city, remittance, status, "
            + "match_reason, donor_id, suggested_donors, gift_id, resolved_by, resolved_at) "
            + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final EntityManager entityManager;
    private final ObjectMapper json;
    private final Event<OutboxEventWritten> written;

    public ChunkRows(EntityManager entityManager, ObjectMapper json, Event<OutboxEventWritten> written) {
        this.entityManager = entityManager;
        this.json = json;
        this.written = written;
    }

    /** What a chunk has to write, in the order it was decided. */
    static final class Pending {

        final List<Gift> gifts = new ArrayList<>();
        final List<BankEntry> entries = new ArrayList<>();
        String lastEventId;

        boolean isEmpty() {
            return gifts.isEmpty() && entries.isEmpty();
        }
    }

    /** Writes what is pending (in the caller's transaction) and empties it. */
    void write(Pending pending) {
        if (pending.isEmpty()) {
            return;
        }
        entityManager.unwrap(Session.class).doWork(connection -> {
            writeGifts(connection, pending);
            writeEntries(connection, pending.entries);
        });
        if (!pending.gifts.isEmpty()) {
            written.fire(new OutboxEventWritten(pending.lastEventId));
        }
        pending.gifts.clear();
        pending.entries.clear();
    }

    private void writeGifts(Connection connection, Pending pending) throws SQLException {
        if (pending.gifts.isEmpty()) {
            return;
        }
        try (PreparedStatement gifts = connection.prepareStatement(GIFT);
             PreparedStatement allocations = connection.prepareStatement(ALLOCATION);
             PreparedStatement history = connection.prepareStatement(HISTORY);
             PreparedStatement outbox = connection.prepareStatement(OUTBOX)) {
            for (Gift gift : pending.gifts) {
                int i = 1;
                gifts.setString(i++, gift.id);
                gifts.setString(i++, gift.donorId);
                gifts.setBigDecimal(i++, gift.amount);
                gifts.setString(i++, gift.currency);
                gifts.setObject(i++, gift.incomeDate);
                gifts.setObject(i++, gift.receivedDate);
                gifts.setString(i++, gift.channel.name());
                gifts.setString(i++, gift.status.name());
                gifts.setString(i++, gift.campaignId);
                gifts.setString(i++, gift.appealId);
                gifts.setString(i++, gift.description);
                gifts.setString(i++, gift.batchId);
                gifts.setString(i++, gift.recordedBy);
                gifts.setTimestamp(i++, Timestamp.from(gift.recordedAt));
                gifts.setLong(i, 0);
                gifts.addBatch();

                List<GiftRecorded.Allocation> lines = new ArrayList<>();
                for (GiftAllocation a : gift.allocations) {
                    allocations.setString(1, gift.id);
                    allocations.setInt(2, a.lineNo);
                    allocations.setString(3, a.earmarkClass.name());
                    allocations.setString(4, a.fundId);
                    allocations.setString(5, a.fundCode);
                    allocations.setBigDecimal(6, a.amount);
                    allocations.addBatch();
                    lines.add(new GiftRecorded.Allocation(a.lineNo, a.earmarkClass.name(), a.fundCode, a.amount));
                }

                Map<String, Object> details = new LinkedHashMap<>();
                details.put("amount", gift.amount.toPlainString());
                details.put("incomeDate", gift.incomeDate.toString());
                details.put("channel", gift.channel.name());
                details.put("allocations", lines);
                details.put("campaignId", gift.campaignId);
                details.put("appealId", gift.appealId);
                details.put("batchId", gift.batchId);
                history.setString(1, gift.id);
                history.setString(2, "RECORDED");
                history.setString(3, gift.recordedBy);
                history.setTimestamp(4, Timestamp.from(Instant.now()));
                history.setString(5, text(details));
                history.addBatch();

                String eventId = UUID.randomUUID().toString();
                outbox.setString(1, eventId);
                outbox.setString(2, GiftRecorded.TYPE);
                outbox.setString(3, gift.id);
                outbox.setString(4, gift.donorId);
                outbox.setTimestamp(5, Timestamp.from(Instant.now()));
                outbox.setString(6, text(new GiftRecorded(gift.id, gift.donorId, gift.amount, gift.currency,
                        gift.incomeDate, gift.receivedDate, gift.channel.name(), gift.campaignId, gift.appealId, lines,
                        gift.recordedAt)));
                outbox.addBatch();
                pending.lastEventId = eventId;
            }
            gifts.executeBatch();
            allocations.executeBatch();
            history.executeBatch();
            // in the order the gifts were recorded: the relay publishes by seq
            outbox.executeBatch();
        }
    }

    private static void writeEntries(Connection connection, List<BankEntry> entries) throws SQLException {
        if (entries.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement(ENTRY)) {
            for (BankEntry e : entries) {
                int i = 1;
                insert.setString(i++, e.id);
                insert.setString(i++, e.statementId);
                insert.setInt(i++, e.lineNo);
                insert.setString(i++, e.entryKey);
                insert.setString(i++, e.direction);
                insert.setString(i++, e.kind);
                insert.setBigDecimal(i++, e.amount);
                insert.setString(i++, e.currency);
                insert.setObject(i++, e.bookingDate);
                insert.setObject(i++, e.valueDate, java.sql.Types.DATE);
                insert.setString(i++, e.entryRef);
                insert.setString(i++, e.acctSvcrRef);
                insert.setString(i++, e.endToEndId);
                insert.setString(i++, e.mandateRef);
                insert.setString(i++, e.bankTxCode);
                insert.setString(i++, e.returnReason);
                insert.setString(i++, e.counterpartyName);
                insert.setString(i++, e.counterpartyIban);
                insert.setString(i++, e.counterpartyCity);
                insert.setString(i++, e.remittance);
                insert.setString(i++, e.status.name());
                insert.setString(i++, e.matchReason);
                insert.setString(i++, e.donorId);
                insert.setString(i++, e.suggestedDonors);
                insert.setString(i++, e.giftId);
                insert.setString(i++, e.resolvedBy);
                insert.setTimestamp(i, e.resolvedAt == null ? null : Timestamp.from(e.resolvedAt));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private String text(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
