package org.donorcrm.platform.consume;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.smallrye.reactive.messaging.ce.IncomingCloudEventMetadata;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A replica that is being restarted may still be handed a poll after its database was closed (seen in the rolling
 * restart: "EntityManagerFactory is closed"): those events are not poison, so they must not go to the dead-letter
 * topic, and the batch must not be acked (its offsets stay uncommitted for the partition's next owner). A real
 * poison event still goes to the dead-letter topic.
 */
class StoppingConsumerTest {

    private final AtomicInteger acks = new AtomicInteger();
    private final AtomicInteger nacks = new AtomicInteger();

    @Test
    void aBatchThatFailsBecauseTheDatabaseWasClosedIsLeftToTheNextOwner() {
        BatchConsumer consumer = new BatchConsumer(new SimpleMeterRegistry(), "test");

        CompletionStage<Void> done = consumer.consume(batch(2), failing(
                new IllegalStateException("EntityManagerFactory is closed")));

        assertThat(done.toCompletableFuture().isDone()).as("the batch is not acknowledged").isFalse();
        assertThat(acks.get()).isZero();
        assertThat(nacks.get()).as("nothing dead-lettered").isZero();
    }

    @Test
    void aPoisonEventStillGoesToTheDeadLetterTopic() {
        BatchConsumer consumer = new BatchConsumer(new SimpleMeterRegistry(), "test");

        CompletionStage<Void> done = consumer.consume(batch(2), failing(new UnreadableEvent("no amount")));

        assertThat(done.toCompletableFuture().isDone()).isTrue();
        assertThat(nacks.get()).isEqualTo(2);
        assertThat(acks.get()).isEqualTo(1);
    }

    private static EventApplier failing(RuntimeException failure) {
        return new EventApplier() {
            @Override
            public boolean apply(String eventId, String type, String data) {
                throw failure;
            }

            @Override
            public BatchResult applyBatch(List<Envelope> events) {
                throw failure;
            }
        };
    }

    @SuppressWarnings("unchecked")
    private KafkaRecordBatch<String, String> batch(int size) {
        List<KafkaRecord<String, String>> records = new java.util.ArrayList<>();
        for (int i = 0; i < size; i++) {
            String id = "event-" + i;
            IncomingCloudEventMetadata<String> event = (IncomingCloudEventMetadata<String>) Proxy.newProxyInstance(
                    getClass().getClassLoader(), new Class<?>[] {IncomingCloudEventMetadata.class},
                    (proxy, method, args) -> switch (method.getName()) {
                        case "getId" -> id;
                        case "getType" -> "crm.gift.recorded.v1";
                        default -> null;
                    });
            records.add((KafkaRecord<String, String>) Proxy.newProxyInstance(getClass().getClassLoader(),
                    new Class<?>[] {KafkaRecord.class}, (proxy, method, args) -> switch (method.getName()) {
                        case "getMetadata" -> args != null && args.length == 1 && args[0] instanceof Class<?>
                                ? Optional.of(event) : null;
                        case "getTopic" -> "crm.gifts";
                        case "getPartition" -> 0;
                        case "getPayload" -> "{}";
                        case "nack" -> {
                            nacks.incrementAndGet();
                            yield CompletableFuture.completedFuture(null);
                        }
                        default -> null;
                    }));
        }
        return (KafkaRecordBatch<String, String>) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {KafkaRecordBatch.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getRecords" -> records;
                    case "ack" -> {
                        acks.incrementAndGet();
                        yield CompletableFuture.completedFuture(null);
                    }
                    default -> null;
                });
    }
}
