package org.donorcrm.benchmark;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.util.Map;

/**
 * Polls reporting's drill-down for one income date and notes when each gift first shows: the "visible" end of
 * (a)'s gift-to-figure latency (resolution: the 100 ms between polls once it has read every page).
 */
final class DrillDownPoller {

    private static final int PAGE = 500;

    private final LocalDate date;
    private final Map<String, Long> seen;
    private volatile boolean running = true;
    private Thread thread;

    /** {@code seen}: gift id -> System.nanoTime() of the poll that first returned it. */
    DrillDownPoller(LocalDate date, Map<String, Long> seen) {
        this.date = date;
        this.seen = seen;
    }

    void start() {
        thread = new Thread(() -> {
            int known = 0;
            while (running) {
                try {
                    int page = known / PAGE;
                    JsonNode body = CrmHttp.getJson(Stack.REPORTING + "/api/v1/figures/allocations?year=" + date.getYear()
                            + "&month=" + date.getMonthValue() + "&size=" + PAGE + "&page=" + page, "director");
                    long now = System.nanoTime();
                    int items = 0;
                    for (JsonNode item : body.get("items")) {
                        seen.putIfAbsent(item.get("giftId").asText(), now);
                        items++;
                    }
                    known = page * PAGE + items;
                    if (items < PAGE) {
                        Thread.sleep(100);
                    }
                } catch (Exception e) {
                    Timing.sleep(200);
                }
            }
        }, "figure-poller");
        thread.setDaemon(true);
        thread.start();
    }

    void stop() throws InterruptedException {
        running = false;
        thread.join(5000);
    }
}
