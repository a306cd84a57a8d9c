package org.donorcrm.platform.consume;

import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.PessimisticLockException;
import jakarta.transaction.RollbackException;
import org.hibernate.exception.GenericJDBCException;
import org.hibernate.exception.JDBCConnectionException;
import org.hibernate.exception.LockAcquisitionException;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/** Which failures are the infrastructure's (retried) and which the event's (dead-lettered). */
class TransientRetryTest {

    @Test
    void databaseAndTransactionFailuresAreTransient() {
        assertThat(TransientRetry.isTransient(new SQLException("Connection refused"))).isTrue();
        assertThat(TransientRetry.isTransient(new SQLTransientConnectionException("pool exhausted"))).isTrue();
        assertThat(TransientRetry.isTransient(new JDBCConnectionException("gone", new SQLException("gone"))))
                .isTrue();
        assertThat(TransientRetry.isTransient(new GenericJDBCException("failed", new SQLException("failed"))))
                .isTrue();
        assertThat(TransientRetry.isTransient(new LockAcquisitionException("deadlock", new SQLException("40001"))))
                .isTrue();
        assertThat(TransientRetry.isTransient(new PessimisticLockException("locked"))).isTrue();
        assertThat(TransientRetry.isTransient(new LockTimeoutException("lock wait timeout"))).isTrue();
        assertThat(TransientRetry.isTransient(new RollbackException("rolled back"))).isTrue();
    }

    @Test
    void aTransientCauseDeepInsideMakesTheFailureTransient() {
        RuntimeException wrapped = new IllegalStateException("apply failed",
                new RuntimeException("flush", new SQLException("Communications link failure")));

        assertThat(TransientRetry.isTransient(wrapped)).isTrue();
    }

    @Test
    void theEventsOwnFailuresAreNotTransient() {
        assertThat(TransientRetry.isTransient(new UnreadableEvent("no amount"))).isFalse();
        assertThat(TransientRetry.isTransient(new NotBatchable("ABC"))).isFalse();
        assertThat(TransientRetry.isTransient(new IllegalArgumentException("bad data"))).isFalse();
        assertThat(TransientRetry.isTransient(new NullPointerException())).isFalse();
        assertThat(TransientRetry.isTransient(new UnreadableEvent("bad", new NumberFormatException("x")))).isFalse();
    }

    @Test
    void aCauseChainWithACycleEnds() {
        RuntimeException a = new RuntimeException("a");
        RuntimeException b = new RuntimeException("b", a);
        a.initCause(b);

        assertTimeoutPreemptively(Duration.ofSeconds(2), () -> assertThat(TransientRetry.isTransient(a)).isFalse());
    }

    @Test
    void aTransientFailureIsTriedAgainUntilItPasses() {
        AtomicInteger attempts = new AtomicInteger();

        String result = TransientRetry.call(() -> {
            if (attempts.incrementAndGet() < 2) {
                throw new JDBCConnectionException("restarting", new SQLException("restarting"));
            }
            return "applied";
        }, 3);

        assertThat(result).isEqualTo("applied");
        assertThat(attempts).hasValue(2);
    }

    @Test
    void aFailureOfTheEventIsThrownAtOnceAndATransientOneAfterTheLastAttempt() {
        AtomicInteger attempts = new AtomicInteger();
        assertThatThrownBy(() -> TransientRetry.call(() -> {
            attempts.incrementAndGet();
            throw new UnreadableEvent("no amount");
        }, 5)).isInstanceOf(UnreadableEvent.class);
        assertThat(attempts).hasValue(1);

        attempts.set(0);
        assertThatThrownBy(() -> TransientRetry.call(() -> {
            attempts.incrementAndGet();
            throw new JDBCConnectionException("down", new SQLException("down"));
        }, 2)).isInstanceOf(JDBCConnectionException.class);
        assertThat(attempts).hasValue(2);
    }
}
