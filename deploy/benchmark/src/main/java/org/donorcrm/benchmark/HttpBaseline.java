package org.donorcrm.benchmark;

import static org.donorcrm.benchmark.Format.fmt;
import static org.donorcrm.benchmark.Format.ms;
import static org.donorcrm.benchmark.Log.log;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The HTTP ceiling of a service on this machine, the baseline of (a): a no-op endpoint, closed loop. */
final class HttpBaseline {

    private HttpBaseline() {
    }

    /** {@code concurrency} threads GET {@code url} back to back for {@code seconds}: rate and latencies. */
    static Stats noOp(String url, int concurrency, int seconds) throws Exception {
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        List<Thread> threads = new ArrayList<>();
        long t0 = System.nanoTime();
        for (int i = 0; i < concurrency; i++) {
            Thread t = new Thread(() -> {
                while (System.nanoTime() < end) {
                    long s = System.nanoTime();
                    try {
                        CrmHttp.HTTP.send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
                                HttpResponse.BodyHandlers.discarding());
                        latencies.add(System.nanoTime() - s);
                    } catch (Exception e) {
                        Timing.sleep(10);
                    }
                }
            });
            t.start();
            threads.add(t);
        }
        for (Thread t : threads) {
            t.join();
        }
        Stats s = Stats.of(new ArrayList<>(latencies));
        s.rate = latencies.size() / ((System.nanoTime() - t0) / 1e9);
        log("(baseline) HTTP %s: %s req/s, p50 %s p99 %s", url, fmt(s.rate), ms(s.p50), ms(s.p99));
        return s;
    }
}
