package org.donorcrm.platform.consume;

import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.reactive.messaging.ce.IncomingCloudEventMetadata;
import io.smallrye.reactive.messaging.kafka.IncomingKafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * The one skeleton of every consumer: a channel receives the records of one Kafka poll as a batch
 * ({@code batch=true}, up to {@code max.poll.records}) and hands it here with the read model that applies it, in ONE
 * database transaction, in the poll's order (each partition's records in offset order; batches one after the
 * other). What each guarantee rests on:
 * <ul>
 * <li><b>Exactly once.</b> Every event's id goes into {@code processed_event} in the transaction of its effect; an
 * id already there, or seen earlier in the same batch, is skipped ({@link EventApplier}).</li>
 * <li><b>Offsets after the commit.</b> The batch is acked only after its transaction committed; the throttled
 * commit strategy then commits the offset after the batch's last record of each partition. A crash before that
 * redelivers the batch, whose events are then skipped.</li>
 * <li><b>Database failures are retried, not dead-lettered</b> ({@link TransientRetry}), first as a batch, then per
 * event.</li>
 * <li><b>A poison event does not block or drop the good ones.</b> When the batch cannot be applied as a whole, it
 * is applied again one event per transaction: the good events are applied, each one that cannot be is nacked on its
 * own, so that SmallRye's dead-letter strategy writes exactly that record to the channel's dead-letter topic with
 * its reason, topic, partition and offset headers; the batch is acked once every dead-letter write was
 * acknowledged.</li>
 * <li><b>A stopping service leaves its batch to the next owner.</b> During a graceful shutdown (a rolling restart)
 * the consumer may still hand over a poll while the database connection is already closed: such a failure is not
 * the event's, so the batch is neither dead-lettered nor acked — its offsets stay uncommitted and the partition's
 * next owner (another replica, or this one after its start) receives it again.</li>
 * </ul>
 * Metrics (also what the tests read), under {@code <crm.consumer.metrics-prefix>.consumer}: batches by path, events
 * by outcome, batch sizes.
 */
@ApplicationScoped
public class BatchConsumer {

    private static final Logger LOG = Logger.getLogger(BatchConsumer.class);
    /** A batch's own retries are short: after them the batch falls back to one event per transaction. */
    private static final int BATCH_ATTEMPTS = 4;

    private final MeterRegistry meters;
    private final String metrics;

    /** Set when the service begins to shut down: from then on a failing batch is left to the next owner. */
    private volatile boolean stopping;

    void stopping(@jakarta.enterprise.event.Observes @jakarta.annotation.Priority(1) io.quarkus.runtime.ShutdownEvent e) {
        stopping = true;
    }

    public BatchConsumer(MeterRegistry meters,
                         @ConfigProperty(name = "crm.consumer.metrics-prefix", defaultValue = "crm") String prefix) {
        this.meters = meters;
        this.metrics = prefix + ".consumer";
    }

    /** Applies one poll to {@code readModel}; the returned stage completes when the batch may be acked. */
    public CompletionStage<Void> consume(KafkaRecordBatch<String, String> batch, EventApplier readModel) {
        List<KafkaRecord<String, String>> records = batch.getRecords();
        if (records.isEmpty()) {
            return batch.ack();
        }
        String topic = records.get(0).getTopic();
        List<Envelope> events = envelopes(records);
        if (events != null) {
            try {
                BatchResult result = TransientRetry.call(() -> readModel.applyBatch(events), BATCH_ATTEMPTS);
                count(topic, "batch", records.size(), result.applied(), result.skipped(), 0);
                return batch.ack();
            } catch (RuntimeException e) {
                if (leftToNextOwner(e)) {
                    return leaveToNextOwner(topic, records.size());
                }
                // the reason names ids and types only: events carry no personal data
                LOG.infof("a batch of %d events of %s was not applied in one transaction (%s); "
                        + "applying them one by one", records.size(), topic, e.getMessage());
            }
        }
        return oneByOne(topic, batch, readModel);
    }

    /** The batch's events, or null when a record is not a CloudEvent (it cannot be applied: one by one, then). */
    private static List<Envelope> envelopes(List<KafkaRecord<String, String>> records) {
        List<Envelope> events = new ArrayList<>(records.size());
        for (KafkaRecord<String, String> record : records) {
            Optional<IncomingCloudEventMetadata<String>> event = cloudEvent(record);
            if (event.isEmpty()) {
                return null;
            }
            events.add(new Envelope(event.get().getId(), event.get().getType(), record.getPayload()));
        }
        return events;
    }

    /** Each record in its own transaction; the unreadable ones go to the dead-letter topic. */
    private CompletionStage<Void> oneByOne(String topic, KafkaRecordBatch<String, String> batch,
                                           EventApplier readModel) {
        List<CompletableFuture<Void>> deadLettered = new ArrayList<>();
        int applied = 0;
        int skipped = 0;
        for (KafkaRecord<String, String> record : batch.getRecords()) {
            try {
                IncomingCloudEventMetadata<String> event = cloudEvent(record)
                        .orElseThrow(() -> new UnreadableEvent("not a CloudEvent"));
                if (TransientRetry.call(() -> readModel.apply(event.getId(), event.getType(), record.getPayload()))) {
                    applied++;
                } else {
                    skipped++;
                }
            } catch (RuntimeException e) {
                if (leftToNextOwner(e)) {
                    // what was applied so far is committed and will be skipped when the batch comes again
                    return leaveToNextOwner(topic, batch.getRecords().size());
                }
                LOG.warnf("event at %s-%d offset %d not applied, sent to the dead-letter topic: %s", record.getTopic(),
                        record.getPartition(), offset(record), e.getMessage());
                // the record's own nack: the channel's dead-letter-queue strategy writes it with its reason headers
                deadLettered.add(record.nack(e).toCompletableFuture());
            }
        }
        count(topic, "one-by-one", batch.getRecords().size(), applied, skipped, deadLettered.size());
        return CompletableFuture.allOf(deadLettered.toArray(CompletableFuture[]::new)).thenCompose(done -> batch.ack());
    }

    /** A failure of a service that is stopping (its database closed under it), not of the events. */
    private boolean leftToNextOwner(RuntimeException failure) {
        if (stopping) {
            return true;
        }
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof IllegalStateException && t.getMessage() != null
                    && t.getMessage().contains("EntityManagerFactory is closed")) {
                return true;
            }
        }
        return false;
    }

    /** Neither acked nor nacked: the offsets stay uncommitted, the next owner of the partitions gets the batch. */
    private CompletionStage<Void> leaveToNextOwner(String topic, int size) {
        LOG.infof("a batch of %d events of %s was not applied: the service is stopping; the partition's next owner "
                + "receives it again", size, topic);
        meters.counter(metrics + ".batches", "topic", topic, "path", "left-to-next-owner").increment();
        return new CompletableFuture<>();
    }

    private static long offset(KafkaRecord<String, String> record) {
        return record instanceof IncomingKafkaRecord<?, ?> incoming ? incoming.getOffset() : -1;
    }

    @SuppressWarnings("unchecked")
    private static Optional<IncomingCloudEventMetadata<String>> cloudEvent(KafkaRecord<String, String> record) {
        return record.getMetadata(IncomingCloudEventMetadata.class).map(m -> (IncomingCloudEventMetadata<String>) m);
    }

    private void count(String topic, String path, int size, int applied, int skipped, int deadLettered) {
        meters.counter(metrics + ".batches", "topic", topic, "path", path).increment();
        meters.summary(metrics + ".batch.size", "topic", topic).record(size);
        meters.counter(metrics + ".events", "topic", topic, "outcome", "applied").increment(applied);
        meters.counter(metrics + ".events", "topic", topic, "outcome", "skipped").increment(skipped);
        meters.counter(metrics + ".events", "topic", topic, "outcome", "dead-lettered").increment(deadLettered);
    }
}
