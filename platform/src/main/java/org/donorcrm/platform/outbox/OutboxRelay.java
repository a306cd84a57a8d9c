package org.donorcrm.platform.outbox;

import io.quarkus.arc.properties.UnlessBuildProperty;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.reactive.messaging.ce.OutgoingCloudEventMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.persistence.EntityManager;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Metadata;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;
import org.hibernate.Session;
import org.jboss.logging.Logger;

import java.net.URI;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Publishes pending outbox rows to the service's topic (the outgoing channel {@code outbox}, whose {@code topic} the
 * service configures) in the order they were written, as CloudEvents keyed by each row's partition key (the
 * services key by donor id), with the service's CloudEvents source ({@code crm.outbox.source}), and marks them
 * sent only after Kafka acknowledged every one of them (acks=all, idempotent
 * producer). A crash before the mark resends the batch: consumers skip the repeats by event id.
 * <p>
 * One relay thread per service instance; the pending rows are locked {@code FOR UPDATE} while a batch is in
 * flight, so a second instance waits instead of publishing the same rows out of order. The relay is woken
 * right after each commit that wrote an event and polls as a safety net.
 * <p>
 * A service that publishes nothing sets {@code crm.outbox.enabled=false} at build time: then there is no relay and
 * no outgoing channel.
 */
@ApplicationScoped
@UnlessBuildProperty(name = "crm.outbox.enabled", stringValue = "false", enableIfMissing = true)
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    /** The outgoing channel every service publishes its events on; its topic is the service's configuration. */
    public static final String CHANNEL = "outbox";

    private final Emitter<String> emitter;
    private final URI source;
    private final EntityManager entityManager;
    private final int batchSize;
    private final Duration pollInterval;
    private final Semaphore wakeUp = new Semaphore(0);
    private volatile boolean running;
    private Thread worker;

    public OutboxRelay(@Channel(CHANNEL) @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 2048)
                       Emitter<String> emitter,
                       EntityManager entityManager,
                       @ConfigProperty(name = "crm.outbox.source") String source,
                       @ConfigProperty(name = "crm.outbox.batch-size", defaultValue = "200") int batchSize,
                       @ConfigProperty(name = "crm.outbox.poll-interval", defaultValue = "1s") Duration pollInterval) {
        this.emitter = emitter;
        this.source = URI.create(source);
        this.entityManager = entityManager;
        this.batchSize = batchSize;
        this.pollInterval = pollInterval;
    }

    void start(@Observes StartupEvent startup) {
        running = true;
        worker = new Thread(this::run, "outbox-relay");
        worker.setDaemon(true);
        worker.start();
    }

    void stop(@Observes ShutdownEvent shutdown) throws InterruptedException {
        running = false;
        wakeUp.release();
        if (worker != null) {
            worker.join(10_000);
        }
    }

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) OutboxEventWritten written) {
        wakeUp.release();
    }

    private void run() {
        while (running) {
            try {
                wakeUp.tryAcquire(pollInterval.toMillis(), TimeUnit.MILLISECONDS);
                wakeUp.drainPermits();
                while (running && publishBatch() == batchSize) {
                    // a full batch: there may be more waiting
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                LOG.warnf("outbox relay: publishing failed, will retry: %s", e.getMessage());
                sleepQuietly();
            }
        }
    }

    /** Publishes one batch of pending events; returns how many were published and marked sent. */
    public int publishBatch() {
        return QuarkusTransaction.requiringNew().timeout(60).call(() -> {
            List<OutboxEvent> pending = lockPending(batchSize);
            if (pending.isEmpty()) {
                return 0;
            }
            List<CompletableFuture<Void>> acks = new ArrayList<>(pending.size());
            for (OutboxEvent event : pending) {
                acks.add(send(event));
            }
            CompletableFuture.allOf(acks.toArray(CompletableFuture[]::new)).get(30, TimeUnit.SECONDS);
            // one statement for the whole batch (not one UPDATE per row): the relay's cost per event stays flat
            entityManager.createQuery("update OutboxEvent e set e.sentAt = :now where e.seq in :seqs")
                    .setParameter("now", Instant.now())
                    .setParameter("seqs", pending.stream().map(event -> event.seq).toList())
                    .executeUpdate();
            return pending.size();
        });
    }

    /**
     * Locks and returns the oldest pending events, at most {@code n}; call it first in a new transaction (public for
     * the services' tests that hold a batch locked while they record).
     * <p>
     * The transaction reads READ COMMITTED: under InnoDB's default REPEATABLE READ this locking read also locks the
     * gaps it scanned, which is where every new outbox row goes, so each transaction writing an event waited while
     * the relay waited for Kafka, and under load InnoDB broke the cycles by failing those transactions ("Deadlock
     * found", HTTP 500 on recording a gift). READ COMMITTED locks only the rows found. The order stays: a second
     * relay instance still waits on the same oldest rows. The pool resets the level when the connection returns.
     */
    public List<OutboxEvent> lockPending(int n) {
        entityManager.unwrap(Session.class)
                .doWork(connection -> connection.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED));
        // plain FOR UPDATE (not Hibernate's "FOR UPDATE OF"): the same SQL works on MySQL 8.4 and MariaDB
        @SuppressWarnings("unchecked")
        List<OutboxEvent> pending = entityManager.createNativeQuery(
                        "select * from outbox_event where sent_at is null order by seq limit :n for update",
                        OutboxEvent.class)
                .setParameter("n", n)
                .getResultList();
        return pending;
    }

    private CompletableFuture<Void> send(OutboxEvent event) {
        CompletableFuture<Void> acked = new CompletableFuture<>();
        OutgoingKafkaRecordMetadata<String> kafka = OutgoingKafkaRecordMetadata.<String>builder()
                .withKey(event.partitionKey)
                .build();
        OutgoingCloudEventMetadata<Object> cloudEvent = OutgoingCloudEventMetadata.builder()
                .withId(event.eventId)
                .withType(event.eventType)
                .withSource(source)
                .withSubject(event.aggregateId)
                .withTimestamp(event.occurredAt.atZone(ZoneOffset.UTC))
                .withDataContentType("application/json")
                .build();
        emitter.send(Message.of(event.payload, Metadata.of(kafka, cloudEvent),
                () -> {
                    acked.complete(null);
                    return CompletableFuture.completedFuture(null);
                },
                failure -> {
                    acked.completeExceptionally(failure);
                    return CompletableFuture.completedFuture(null);
                }));
        return acked;
    }

    private void sleepQuietly() {
        try {
            Thread.sleep(pollInterval.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
