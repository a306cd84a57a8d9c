package org.donorcrm.reporting.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.donorcrm.reporting.EarmarkClass;
import org.donorcrm.reporting.IncomeMovement;
import org.donorcrm.reporting.messaging.GiftRecorded;
import org.donorcrm.reporting.messaging.ProcessedEvent;
import org.donorcrm.reporting.messaging.UnreadableEvent;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * Applies gift events to the income ledger, each exactly once: the event id is recorded in the same
 * transaction as the rows it adds, and an id seen before is skipped.
 */
@ApplicationScoped
public class IncomeLedger {

    private final EntityManager entityManager;
    private final ObjectMapper objectMapper;

    public IncomeLedger(EntityManager entityManager, ObjectMapper objectMapper) {
        this.entityManager = entityManager;
        this.objectMapper = objectMapper;
    }

    /** @return false when the event had been applied before and nothing changed */
    @Transactional
    public boolean apply(String eventId, String type, String data) {
        if (eventId == null || eventId.isBlank()) {
            throw new UnreadableEvent("event without id");
        }
        if (entityManager.find(ProcessedEvent.class, eventId) != null) {
            return false;
        }
        if (GiftRecorded.TYPE.equals(type)) {
            recorded(eventId, read(data, GiftRecorded.class));
        }
        // Types this read model does not use are marked processed too, so a replay skips them quickly.
        ProcessedEvent processed = new ProcessedEvent();
        processed.eventId = eventId;
        processed.eventType = type;
        processed.processedAt = Instant.now();
        entityManager.persist(processed);
        return true;
    }

    private void recorded(String eventId, GiftRecorded gift) {
        if (gift.giftId() == null || gift.donorId() == null || gift.incomeDate() == null || gift.amount() == null
                || gift.allocations() == null || gift.allocations().isEmpty()) {
            throw new UnreadableEvent("gift event " + eventId + " misses required fields");
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (GiftRecorded.Allocation allocation : gift.allocations()) {
            IncomeMovement row = new IncomeMovement();
            row.eventId = eventId;
            row.movement = IncomeMovement.Kind.RECORDED;
            row.giftId = gift.giftId();
            row.donorId = gift.donorId();
            row.lineNo = allocation.line();
            row.incomeDate = gift.incomeDate();
            row.earmarkClass = earmarkClass(allocation.earmarkClass());
            row.fundCode = allocation.fundCode();
            row.amount = allocation.amount();
            entityManager.persist(row);
            sum = sum.add(allocation.amount());
        }
        if (sum.compareTo(gift.amount()) != 0) {
            throw new UnreadableEvent("allocations of gift event " + eventId + " do not add up to its amount");
        }
    }

    private static EarmarkClass earmarkClass(String value) {
        try {
            return EarmarkClass.valueOf(value);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new UnreadableEvent("unknown earmark class " + value);
        }
    }

    private <T> T read(String data, Class<T> type) {
        try {
            return objectMapper.readValue(data, type);
        } catch (JsonProcessingException e) {
            throw new UnreadableEvent("event data is not a " + type.getSimpleName(), e);
        }
    }
}
