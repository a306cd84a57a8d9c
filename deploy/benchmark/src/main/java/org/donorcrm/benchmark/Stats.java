package org.donorcrm.benchmark;

import static org.donorcrm.benchmark.Format.ms;

import java.util.Collections;
import java.util.List;

/**
 * What a measurement found: percentiles of its latencies (nanoseconds, nearest rank), its rate where it has one,
 * and the requests that did not answer as expected.
 */
final class Stats {
    double rate;
    long p50;
    long p99;
    long max;
    int n;
    int errors;
    String lastError;

    /** The percentiles of the given latencies (sorts the list); p50 and p99 are -1 when there are none. */
    static Stats of(List<Long> nanos) {
        Stats s = new Stats();
        if (nanos.isEmpty()) {
            s.p50 = s.p99 = -1;
            return s;
        }
        Collections.sort(nanos);
        s.n = nanos.size();
        s.p50 = nanos.get((int) Math.min(s.n - 1, Math.ceil(s.n * 0.50) - 1));
        s.p99 = nanos.get((int) Math.min(s.n - 1, Math.max(0, Math.ceil(s.n * 0.99) - 1)));
        s.max = nanos.get(s.n - 1);
        return s;
    }

    /** "p50 12.3 ms, p99 45.6 ms". */
    String percentiles() {
        return "p50 " + ms(p50) + ", p99 " + ms(p99);
    }
}
