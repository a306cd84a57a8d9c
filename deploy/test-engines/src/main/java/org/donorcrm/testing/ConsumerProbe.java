package org.donorcrm.testing;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.reactive.messaging.kafka.KafkaClientService;
import io.smallrye.reactive.messaging.kafka.KafkaConsumer;

import java.time.Duration;

/**
 * A test's handle on one consumer channel of the service under test (the platform's BatchConsumer behind it): puts
 * records into ONE poll by pausing the channel while they are published, and reads the consumer's metrics
 * ({@code <prefix>.consumer.events|batches|batch.size}, tagged by topic).
 */
public final class ConsumerProbe {

    private final KafkaClientService kafka;
    private final MeterRegistry meters;
    private final String channel;
    private final String topic;
    private final String metrics;

    /**
     * @param channel the incoming channel, e.g. {@code gift-events}
     * @param topic   the topic it reads, e.g. {@code crm.gifts}
     * @param prefix  the service's {@code crm.consumer.metrics-prefix}, e.g. {@code crm.campaign}
     */
    public ConsumerProbe(KafkaClientService kafka, MeterRegistry meters, String channel, String topic, String prefix) {
        this.kafka = kafka;
        this.meters = meters;
        this.channel = channel;
        this.topic = topic;
        this.metrics = prefix + ".consumer";
    }

    private KafkaConsumer<Object, Object> consumer() {
        return kafka.getConsumer(channel);
    }

    /** Whether the channel has partitions assigned (so that a pause holds every partition). */
    public boolean assigned() {
        return !consumer().getAssignments().await().atMost(Duration.ofSeconds(10)).isEmpty();
    }

    /** Publishes while the consumer is paused, so that everything published comes in the next poll: one batch. */
    public void inOneBatch(Runnable publish) throws InterruptedException {
        consumer().pause().await().atMost(Duration.ofSeconds(10));
        try {
            // a fetch in flight when the pause came (fetch.max.wait.ms 500) returns before we publish
            Thread.sleep(1000);
            publish.run();
        } finally {
            consumer().resume().await().atMost(Duration.ofSeconds(10));
        }
    }

    /** Events of the topic by outcome: applied, skipped or dead-lettered. */
    public double events(String outcome) {
        Counter c = meters.find(metrics + ".events").tags("topic", topic, "outcome", outcome).counter();
        return c == null ? 0 : c.count();
    }

    /** Batches of the topic by path: batch or one-by-one. */
    public double batches(String path) {
        Counter c = meters.find(metrics + ".batches").tags("topic", topic, "path", path).counter();
        return c == null ? 0 : c.count();
    }

    /** The largest batch of the topic so far. */
    public double largestBatch() {
        DistributionSummary s = meters.find(metrics + ".batch.size").tags("topic", topic).summary();
        return s == null ? 0 : s.max();
    }
}
