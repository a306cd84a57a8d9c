package org.donorcrm.benchmark;

import java.util.concurrent.locks.LockSupport;

/** Waiting: the open-loop generators send each message at its due time, whatever the answers before. */
final class Timing {

    private Timing() {
    }

    /** Parks until System.nanoTime() reaches {@code due}; returns at once when it has passed. */
    static void waitUntil(long due) {
        long wait = due - System.nanoTime();
        if (wait > 0) {
            LockSupport.parkNanos(wait);
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
