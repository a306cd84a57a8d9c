package org.donorcrm.benchmark;

import static org.donorcrm.benchmark.CrmHttp.HTTP;
import static org.donorcrm.benchmark.CrmHttp.JSON;
import static org.donorcrm.benchmark.Format.fmt;
import static org.donorcrm.benchmark.Format.ms;
import static org.donorcrm.benchmark.Log.log;
import static org.donorcrm.benchmark.Settings.SETTLE_SECONDS;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One step of (a): gifts recorded through {@code POST /api/v1/gifts} at a fixed rate, open loop (each request
 * sent at its due time, whatever the answers before), finance's token, all on one income date that no other step
 * uses, while a {@link DrillDownPoller} notes when each accepted gift shows in reporting's drill-down.
 */
final class RateStep {

    /** More requests waiting than this: the next is not sent but counted as an error, rather than queue forever. */
    private static final int MAX_IN_FLIGHT = 4000;

    double achieved;
    double catchUpSeconds;
    long backlog;
    int errors;
    /** Requests the generator did not send because 4,000 were already waiting: counted in errors. */
    int shed;
    int rate;
    Stats post;
    Stats visible;
    boolean complete;

    /**
     * Keeps up: at least 95 % of the rate answered 201, no errors, every accepted gift in the figure within
     * BENCH_SETTLE_SECONDS of the last 201, and gift-service's outbox has nothing left to send.
     */
    boolean keptUp() {
        return errors == 0 && achieved >= 0.95 * rate && complete && catchUpSeconds <= SETTLE_SECONDS
                && backlog == 0;
    }

    /** Records gifts at {@code rate}/s for {@code seconds} for the given donors, all dated {@code date}. */
    static RateStep run(int rate, int seconds, LocalDate date, List<String> donors) throws Exception {
        log("(a) %d gifts/s for %d s, income date %s", rate, seconds, date);
        int total = rate * seconds;
        Map<String, Long> acked = new ConcurrentHashMap<>();
        long[] sentAt = new long[total];
        long[] ackAt = new long[total];
        AtomicInteger errors = new AtomicInteger();
        AtomicInteger shed = new AtomicInteger();
        AtomicInteger inFlight = new AtomicInteger();
        CountDownLatch done = new CountDownLatch(total);
        Map<String, Long> seen = new ConcurrentHashMap<>();
        DrillDownPoller poller = new DrillDownPoller(date, seen);
        poller.start();
        String token = CrmHttp.token("finance");
        long t0 = System.nanoTime() + 200_000_000L;
        long interval = 1_000_000_000L / rate;
        for (int i = 0; i < total; i++) {
            Timing.waitUntil(t0 + i * interval);
            if (i % rate == 0) {
                token = CrmHttp.token("finance");
            }
            if (inFlight.get() > MAX_IN_FLIGHT) { // overloaded: count as failed rather than queue forever
                errors.incrementAndGet();
                shed.incrementAndGet();
                done.countDown();
                continue;
            }
            String body = "{\"donorId\":\"" + donors.get(i % donors.size()) + "\",\"amount\":\"10.00\","
                    + "\"currency\":\"EUR\",\"incomeDate\":\"" + date + "\",\"channel\":\"ONLINE\"}";
            HttpRequest request = HttpRequest.newBuilder(URI.create(Stack.GIFT + "/api/v1/gifts"))
                    .timeout(Duration.ofSeconds(60)).header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/json").header("Idempotency-Key", UUID.randomUUID().toString())
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build();
            final int n = i;
            sentAt[n] = System.nanoTime();
            inFlight.incrementAndGet();
            HTTP.sendAsync(request, HttpResponse.BodyHandlers.ofString()).whenComplete((response, failure) -> {
                long now = System.nanoTime();
                inFlight.decrementAndGet();
                try {
                    if (failure == null && response.statusCode() == 201) {
                        ackAt[n] = now;
                        acked.put(JSON.readTree(response.body()).get("id").asText(), now);
                    } else {
                        if (errors.incrementAndGet() <= 3) {
                            log("  gift %d: %s", n, failure != null ? failure : response.statusCode() + " " + response.body());
                        }
                    }
                } catch (Exception e) {
                    errors.incrementAndGet();
                } finally {
                    done.countDown();
                }
            });
        }
        long lastSent = System.nanoTime();
        done.await(120, TimeUnit.SECONDS);
        long lastAck = Arrays.stream(ackAt).max().orElse(lastSent);
        long backlogAtEnd = Database.outboxBacklog();
        // wait until the figure holds every accepted gift (or the settle time passed, times 3 to see how far)
        long deadline = System.nanoTime() + SETTLE_SECONDS * 3_000_000_000L;
        while (System.nanoTime() < deadline && !seen.keySet().containsAll(acked.keySet())) {
            Thread.sleep(50);
        }
        poller.stop();
        RateStep step = new RateStep();
        step.rate = rate;
        step.errors = errors.get();
        step.shed = shed.get();
        step.achieved = acked.size() / ((Math.max(lastAck, lastSent) - t0) / 1e9);
        step.complete = seen.keySet().containsAll(acked.keySet());
        long lastVisible = acked.keySet().stream().mapToLong(id -> seen.getOrDefault(id, Long.MAX_VALUE)).max().orElse(lastAck);
        step.catchUpSeconds = step.complete ? Math.max(0, (lastVisible - lastAck) / 1e9) : Double.POSITIVE_INFINITY;
        step.backlog = Database.outboxBacklog(); // after the settle wait: a relay that keeps up has nothing pending
        List<Long> post = new ArrayList<>();
        for (int i = 0; i < total; i++) {
            if (ackAt[i] > 0) {
                post.add(ackAt[i] - sentAt[i]);
            }
        }
        step.post = Stats.of(post);
        List<Long> vis = new ArrayList<>();
        acked.forEach((id, at) -> {
            Long s = seen.get(id);
            if (s != null) {
                vis.add(Math.max(0, s - at));
            }
        });
        step.visible = Stats.of(vis);
        log("  accepted %d/%d (%s/s), %d errors (%d not sent), complete=%s %.1f s after the last 201, outbox backlog at end of load %d, "
                        + "POST p99 %s, visible p50 %s p99 %s", acked.size(), total, fmt(step.achieved), step.errors,
                step.shed, step.complete, step.catchUpSeconds, backlogAtEnd, ms(step.post.p99), ms(step.visible.p50),
                ms(step.visible.p99));
        Thread.sleep(2000);
        return step;
    }
}
