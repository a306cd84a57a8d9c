package org.donorcrm.platform.testapp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.donorcrm.platform.consume.BatchResult;
import org.donorcrm.platform.consume.Envelope;
import org.donorcrm.platform.consume.EventApplier;
import org.donorcrm.platform.consume.NotBatchable;
import org.donorcrm.platform.consume.ProcessedEvents;
import org.donorcrm.platform.consume.UnreadableEvent;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A read model as small as one can be, written the way a service writes its own: one {@code test_ledger_entry} row
 * per {@link Counted} event, each event id recorded in {@code processed_event} in the same transaction. An event
 * without an account (or whose data is not JSON) cannot be applied: {@link UnreadableEvent}.
 */
@ApplicationScoped
public class Ledger implements EventApplier {

    private final EntityManager entityManager;
    private final ProcessedEvents processed;
    private final ObjectMapper json;

    public Ledger(EntityManager entityManager, ProcessedEvents processed, ObjectMapper json) {
        this.entityManager = entityManager;
        this.processed = processed;
        this.json = json;
    }

    @Override
    @Transactional
    public boolean apply(String eventId, String type, String data) {
        if (processed.seen(eventId)) {
            return false;
        }
        write(eventId, type, data);
        processed.record(eventId, type);
        return true;
    }

    @Override
    @Transactional
    public BatchResult applyBatch(List<Envelope> events) {
        List<String> ids = events.stream().map(Envelope::id).map(NotBatchable::requireComparable).toList();
        Set<String> known = new HashSet<>(processed.among(ids));
        List<Envelope> applied = new ArrayList<>();
        int skipped = 0;
        for (Envelope event : events) {
            if (!known.add(event.id())) {
                skipped++;
                continue;
            }
            write(event.id(), event.type(), event.data());
            applied.add(event);
        }
        processed.recordAll(applied);
        return new BatchResult(applied.size(), skipped);
    }

    private void write(String eventId, String type, String data) {
        if (!Counted.TYPE.equals(type)) {
            return; // other types change nothing here; they are marked processed all the same
        }
        JsonNode counted;
        try {
            counted = json.readTree(data);
        } catch (Exception e) {
            throw new UnreadableEvent("event " + eventId + " has no JSON data");
        }
        if (counted == null || !counted.hasNonNull("account") || !counted.path("n").canConvertToInt()) {
            throw new UnreadableEvent("event " + eventId + " names no account");
        }
        LedgerEntry entry = new LedgerEntry();
        entry.eventId = eventId;
        entry.eventType = type;
        entry.account = counted.get("account").asText();
        entry.n = counted.get("n").asInt();
        entityManager.persist(entry);
    }
}
