package org.donorcrm.platform.testapp;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Lets a test hold a job's work at a point and release it, per subject (each test uses subjects of its own), and
 * tells the test which checkpoint a run of that subject started from.
 */
@ApplicationScoped
public class Gate {

    private final Map<String, CountDownLatch> holds = new ConcurrentHashMap<>();
    private final Map<String, String> startedFrom = new ConcurrentHashMap<>();
    private final Map<String, CountDownLatch> ended = new ConcurrentHashMap<>();

    /** The next run of this subject stops at its hold point until {@link #release}. */
    public void hold(String subject) {
        holds.put(subject, new CountDownLatch(1));
    }

    public void release(String subject) {
        CountDownLatch hold = holds.remove(subject);
        if (hold != null) {
            hold.countDown();
        }
    }

    /** Called by the handler at its hold point: waits while the subject is held (a minute at most). */
    void pass(String subject) throws InterruptedException {
        CountDownLatch hold = holds.get(subject);
        if (hold != null && !hold.await(60, TimeUnit.SECONDS)) {
            throw new IllegalStateException("held for a minute and never released");
        }
    }

    void started(String subject, String checkpoint) {
        startedFrom.put(subject, checkpoint == null ? "(none)" : checkpoint);
    }

    void ended(String subject) {
        ended.computeIfAbsent(subject, s -> new CountDownLatch(1)).countDown();
    }

    /** Whether a run of this subject left its handler (returned or threw) within the time given. */
    public boolean awaitEnd(String subject, long seconds) throws InterruptedException {
        return ended.computeIfAbsent(subject, s -> new CountDownLatch(1)).await(seconds, TimeUnit.SECONDS);
    }

    /** The checkpoint the last run of this subject started from: "(none)" for a first run, null if none ran. */
    public String startedFrom(String subject) {
        return startedFrom.get(subject);
    }
}
