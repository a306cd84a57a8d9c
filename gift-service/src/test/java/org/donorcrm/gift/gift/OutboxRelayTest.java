package org.donorcrm.gift.gift;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.donorcrm.gift.support.Replicas;
import org.donorcrm.platform.outbox.OutboxRelay;
import org.donorcrm.testing.TestTokens;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The platform's outbox relay in gift-service, with its database: a batch the relay holds locked does not hold up
 * the gifts recorded meanwhile.
 */
@QuarkusTest
class OutboxRelayTest {

    @Inject
    Replicas replicas;

    @Inject
    OutboxRelay relay;

    /**
     * Recording a gift inserts an outbox row while the relay may hold its batch locked for seconds (it waits for
     * Kafka's acks). Under InnoDB's default REPEATABLE READ a locking read also locks the gap where new rows go:
     * gifts would wait for the relay, and under load InnoDB would fail some of them as deadlock victims (HTTP 500).
     * The relay reads READ COMMITTED, which locks only the rows it finds.
     */
    @Test
    void aBatchLockedByTheRelayDoesNotHoldUpNewGifts() throws Exception {
        replicas.standardFunds();
        String donorId = replicas.individual();
        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread holder = new Thread(() -> QuarkusTransaction.requiringNew().run(() -> {
            relay.lockPending(200);
            locked.countDown();
            try {
                release.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
        holder.start();
        try {
            assertThat(locked.await(30, TimeUnit.SECONDS)).isTrue();
            long start = System.nanoTime();
            given().auth().oauth2(TestTokens.forRoles("finance"))
                    .contentType(ContentType.JSON)
                    .body("""
                            {"donorId":"%s","amount":"25.00","incomeDate":"2026-05-02"}
                            """.formatted(donorId))
                    .when().post("/api/v1/gifts")
                    .then().statusCode(201);
            assertThat(Duration.ofNanos(System.nanoTime() - start))
                    .as("the gift was recorded while the relay held its batch, without waiting for it")
                    .isLessThan(Duration.ofSeconds(5));
        } finally {
            release.countDown();
            holder.join(30_000);
        }
    }
}
