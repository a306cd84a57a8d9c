package org.donorcrm.platform.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.UUID;

/**
 * Writes events to the outbox table. Must be called inside the transaction of the change the event announces
 * ({@link Transactional.TxType#MANDATORY}): the event exists if and only if the change was committed.
 */
@ApplicationScoped
public class Outbox {

    private final EntityManager entityManager;
    private final ObjectMapper objectMapper;
    private static final String WOKEN = Outbox.class.getName() + ".relayWoken";

    private final Event<OutboxEventWritten> written;
    private final TransactionSynchronizationRegistry transactions;

    public Outbox(EntityManager entityManager, ObjectMapper objectMapper, Event<OutboxEventWritten> written,
                  TransactionSynchronizationRegistry transactions) {
        this.entityManager = entityManager;
        this.objectMapper = objectMapper;
        this.written = written;
        this.transactions = transactions;
    }

    /**
     * @param type         the CloudEvents type, e.g. {@code crm.gift.recorded.v1}
     * @param aggregateId  the id of the changed aggregate (CloudEvents subject)
     * @param partitionKey the Kafka key (the donor id)
     * @param data         the event record; serialised as the CloudEvents data
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public String write(String type, String aggregateId, String partitionKey, Object data) {
        OutboxEvent event = new OutboxEvent();
        event.eventId = UUID.randomUUID().toString();
        event.eventType = type;
        event.aggregateId = aggregateId;
        event.partitionKey = partitionKey;
        event.occurredAt = Instant.now();
        try {
            event.payload = objectMapper.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("event " + type + " cannot be serialised", e);
        }
        entityManager.persist(event);
        // one wake-up of the relay per transaction, not per event: each fire registers a transaction
        // synchronization, and a 100,000-credit bank import writes 100,000 events in one transaction
        if (transactions.getResource(WOKEN) == null) {
            transactions.putResource(WOKEN, Boolean.TRUE);
            written.fire(new OutboxEventWritten(event.eventId));
        }
        return event.eventId;
    }
}
