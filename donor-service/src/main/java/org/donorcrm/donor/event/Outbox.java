package org.donorcrm.donor.event;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
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
    private final Event<OutboxEventWritten> written;

    public Outbox(EntityManager entityManager, ObjectMapper objectMapper, Event<OutboxEventWritten> written) {
        this.entityManager = entityManager;
        this.objectMapper = objectMapper;
        this.written = written;
    }

    /**
     * @param type         the CloudEvents type, e.g. {@code crm.donor.registered.v1}
     * @param aggregateId  the id of the changed aggregate (CloudEvents subject)
     * @param partitionKey the Kafka key (the donor id; the survivor id for a merge)
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
        written.fire(new OutboxEventWritten(event.eventId));
        return event.eventId;
    }
}
