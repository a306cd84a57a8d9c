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
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.CRC32;

/**
 * Publishes pending outbox rows to the service's topic (the outgoing channel {@code outbox}, whose {@code topic} the
 * service configures) in the order they were written, as CloudEvents keyed by each row's partition key (the
 * services key by donor id), with the service's CloudEvents source ({@code crm.outbox.source}), and marks them
 * sent only after Kafka acknowledged every one of them (acks=all, idempotent
 * producer). A crash before the mark resends the batch: consumers skip the repeats by event id.
 * <p>
 * <b>Several replicas</b>: the pending rows are split into {@link #LANES} lanes by their Kafka key
 * ({@code CRC32(partition_key) % 16}: one key, so one donor's events, always in the same lane). A lane is owned by
 * at most one relay at a time: each batch first locks the rows of a group of lanes in {@code platform_outbox_lane}
 * with {@code FOR UPDATE SKIP LOCKED} (lanes another replica holds are skipped, not waited for) and then publishes
 * the oldest pending rows of the lanes it got, in {@code seq} order. So each key's events go out in the order they
 * were written, no row is sent by two replicas at once, and two replicas publish different lanes at the same time:
 * publishing capacity grows with replicas (measured by {@code BENCH_ONLY=r deploy/benchmark/run}). The relay goes
 * round the groups in turn, so no lane waits behind a busy one. The number of lanes is fixed: changing it would
 * move keys between lanes while rows are pending.
 * <p>
 * One relay thread per service instance, woken right after each commit that wrote an event, polling as a safety net.
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

    /** Lanes of the outbox (rows of {@code platform_outbox_lane}, created by the platform's tables migration). */
    public static final int LANES = 16;

    private final Emitter<String> emitter;
    private final URI source;
    private final EntityManager entityManager;
    private final int batchSize;
    private final Duration pollInterval;
    private final Semaphore wakeUp = new Semaphore(0);
    private final int lanesPerBatch;
    /** The group of lanes this relay tries next (starts at a random one, so replicas begin apart). */
    private final AtomicInteger nextGroup = new AtomicInteger(ThreadLocalRandom.current().nextInt(LANES));
    private volatile boolean running;
    private Thread worker;

    public OutboxRelay(@Channel(CHANNEL) @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 2048)
                       Emitter<String> emitter,
                       EntityManager entityManager,
                       @ConfigProperty(name = "crm.outbox.source") String source,
                       @ConfigProperty(name = "crm.outbox.batch-size", defaultValue = "200") int batchSize,
                       @ConfigProperty(name = "crm.outbox.poll-interval", defaultValue = "1s") Duration pollInterval,
                       @ConfigProperty(name = "crm.outbox.lanes-per-batch", defaultValue = "4") int lanesPerBatch) {
        this.emitter = emitter;
        this.source = URI.create(source);
        this.entityManager = entityManager;
        this.batchSize = batchSize;
        this.pollInterval = pollInterval;
        if (lanesPerBatch < 1 || lanesPerBatch > LANES) {
            throw new IllegalArgumentException("crm.outbox.lanes-per-batch must be 1 to " + LANES);
        }
        this.lanesPerBatch = lanesPerBatch;
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
                while (running && publishRound() > 0) {
                    // something was published: there may be more waiting
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

    /**
     * Goes once round every group of lanes, publishing a batch of each group this relay can lock; returns how many
     * events it published (0: nothing pending, or every lane with pending rows held by another replica).
     */
    public int publishRound() {
        if (!anyPending()) {
            return 0;
        }
        int published = 0;
        int groups = (LANES + lanesPerBatch - 1) / lanesPerBatch;
        for (int i = 0; i < groups; i++) {
            int first = nextGroup.getAndUpdate(group -> (group + lanesPerBatch) % LANES);
            published += publishBatch(lanesFrom(first));
        }
        return published;
    }

    private List<Integer> lanesFrom(int first) {
        return lanesFrom(first, lanesPerBatch);
    }

    private static List<Integer> lanesFrom(int first, int count) {
        List<Integer> lanes = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            lanes.add((first + i) % LANES);
        }
        return lanes;
    }

    private boolean anyPending() {
        return QuarkusTransaction.requiringNew().call(() -> !entityManager
                .createNativeQuery("select 1 from outbox_event where sent_at is null limit 1")
                .getResultList().isEmpty());
    }

    private int publishBatch(List<Integer> lanes) {
        return QuarkusTransaction.requiringNew().timeout(60).call(() -> {
            List<OutboxEvent> pending = lockPending(lanes, batchSize);
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
     * Locks every lane and returns the oldest pending events, at most {@code n}, as a relay's batch would hold them;
     * call it first in a new transaction (public for the services' tests that hold a batch while they record).
     */
    public List<OutboxEvent> lockPending(int n) {
        return lockPending(lanesFrom(0, LANES), n);
    }

    /**
     * Locks those of the given lanes no other relay holds ({@code SKIP LOCKED}) and returns the oldest pending events
     * of the lanes it got, at most {@code n}, oldest first.
     * <p>
     * The transaction reads READ COMMITTED: under InnoDB's default REPEATABLE READ a locking read also locks the gaps
     * it scanned; with READ COMMITTED only the lane rows found are locked, and the outbox rows are read without locks
     * (a lane's rows are only ever read by its owner), so recording a gift never waits for a relay waiting for
     * Kafka. The pool resets the level when the connection returns.
     */
    List<OutboxEvent> lockPending(List<Integer> lanes, int n) {
        entityManager.unwrap(Session.class)
                .doWork(connection -> connection.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED));
        @SuppressWarnings("unchecked")
        List<Number> mine = entityManager.createNativeQuery(
                        "select lane from platform_outbox_lane where lane in (:lanes) for update skip locked")
                .setParameter("lanes", lanes)
                .getResultList();
        if (mine.isEmpty()) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        List<OutboxEvent> pending = entityManager.createNativeQuery(
                        "select * from outbox_event where sent_at is null and crc32(partition_key) % "
                                + LANES + " in (:lanes) order by seq limit :n",
                        OutboxEvent.class)
                .setParameter("lanes", mine.stream().map(Number::intValue).toList())
                .setParameter("n", n)
                .getResultList();
        return pending;
    }

    /** The lane of a Kafka key, as the relay's query computes it (for tests and tools). */
    public static int laneOf(String partitionKey) {
        CRC32 crc = new CRC32();
        crc.update(partitionKey.getBytes(StandardCharsets.UTF_8));
        return (int) (crc.getValue() % LANES);
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
