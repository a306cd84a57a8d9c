package org.donorcrm.platform.consume;

import org.jboss.logging.Logger;

import java.sql.SQLException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Applies an event again while the failure is the infrastructure's (the database is down or restarting, a
 * connection or transaction failed), with a growing pause, before giving up. Only an event that cannot be
 * applied as it is goes to the dead-letter topic: a good event must never be parked there because MariaDB
 * was restarting (the crash tests kill it mid-load).
 */
public final class TransientRetry {

    private static final Logger LOG = Logger.getLogger(TransientRetry.class);
    /** About three and a half minutes in all: 0.5, 1, 2, 4, 8, 16, 30, 30 … seconds. */
    private static final int ATTEMPTS = 12;
    private static final long MAX_PAUSE_MS = 30_000;

    private TransientRetry() {
    }

    public static void run(Runnable apply) {
        call(() -> {
            apply.run();
            return null;
        });
    }

    /** The same with a result. */
    public static <T> T call(Supplier<T> apply) {
        return call(apply, ATTEMPTS);
    }

    /**
     * At most {@code attempts} attempts. A batch (one transaction) is retried as a whole, so a retry never
     * half-applies it; it gets few attempts because its caller falls back to one event per transaction, each with
     * the full retry above.
     */
    public static <T> T call(Supplier<T> apply, int attempts) {
        long pause = 500;
        for (int attempt = 1; ; attempt++) {
            try {
                return apply.get();
            } catch (RuntimeException e) {
                if (!isTransient(e) || attempt >= attempts) {
                    throw e;
                }
                LOG.warnf("applying events failed (%s); attempt %d of %d in %d ms", e.getClass().getSimpleName(),
                        attempt + 1, attempts, pause);
                try {
                    Thread.sleep(pause);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
                pause = Math.min(pause * 2, MAX_PAUSE_MS);
            }
        }
    }

    /** A failure of the database or the transaction, not of the event. */
    public static boolean isTransient(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable t = failure; t != null && seen.add(t); t = t.getCause()) {
            String name = t.getClass().getName();
            if (t instanceof SQLException || name.startsWith("org.hibernate.exception.JDBCConnection")
                    || name.startsWith("jakarta.transaction.") || name.startsWith("com.arjuna.")
                    || name.equals("org.hibernate.exception.GenericJDBCException")
                    || name.equals("jakarta.persistence.PessimisticLockException")
                    || name.equals("jakarta.persistence.LockTimeoutException")
                    || name.equals("org.hibernate.exception.LockAcquisitionException")) {
                return true;
            }
        }
        return false;
    }
}
