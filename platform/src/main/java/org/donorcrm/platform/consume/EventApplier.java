package org.donorcrm.platform.consume;

import java.util.List;

/**
 * A read model's two doors, with the same effect: {@link #apply} takes one event in a transaction of its own,
 * {@link #applyBatch} a Kafka poll in ONE transaction, in the order given. Each event counts once: an event applied
 * before (its id in {@code processed_event}) or earlier in the same batch is skipped.
 */
public interface EventApplier {

    /**
     * Applies one event in its own transaction.
     *
     * @return false when it had been applied before and nothing changed
     * @throws UnreadableEvent when the event cannot be applied as it is (it goes to the dead-letter topic)
     */
    boolean apply(String eventId, String type, String data);

    /**
     * Applies a batch in one transaction, all or nothing: any failure (an unreadable event, a database error,
     * {@link NotBatchable}) rolls the whole batch back and is thrown, so that the caller can retry it or fall back
     * to one event per transaction.
     */
    BatchResult applyBatch(List<Envelope> events);
}
