package org.donorcrm.benchmark;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;

/**
 * Sizes and durations of the benchmarks, from BENCH_* environment variables (listed at the top of
 * deploy/benchmark/run, whose --quick sets small ones). The defaults are the full sizes of docs/performance.md.
 */
final class Settings {

    static final int[] RATES = Arrays.stream(env("BENCH_RATES", "25,50,100,200,400").split(","))
            .map(String::trim).mapToInt(Integer::parseInt).toArray();
    static final int STEP_SECONDS = intEnv("BENCH_STEP_SECONDS", 20);
    static final int LATENCY_RATE = intEnv("BENCH_LATENCY_RATE", 200);
    static final int SETTLE_SECONDS = intEnv("BENCH_SETTLE_SECONDS", 10);
    static final int DONORS = intEnv("BENCH_DONORS", 100);
    static final int CAMT_LINES = intEnv("BENCH_CAMT_LINES", 100_000);
    /** Donors registered with an IBAN for (b): half of its credits come from their accounts. */
    static final int IBAN_DONORS = intEnv("BENCH_IBAN_DONORS", 1_000);
    static final int STORED_GIFTS = intEnv("BENCH_STORED_GIFTS", 1_000_000);
    /** Active donors in donor-service when the donor search of (f) is timed. */
    static final int SEARCH_DONORS = intEnv("BENCH_SEARCH_DONORS", 100_000);
    static final int SAMPLES = intEnv("BENCH_FIGURE_SAMPLES", 50);
    static final int RAW_MESSAGES = intEnv("BENCH_RAW_MESSAGES", 100_000);
    static final int BASELINE_SECONDS = intEnv("BENCH_BASELINE_SECONDS", 10);
    /** Gifts recorded before (a) is measured, not counted: the services' and the broker's JIT compile first. */
    static final int WARMUP_SECONDS = intEnv("BENCH_WARMUP_SECONDS", 60);
    static final int WARMUP_RATE = intEnv("BENCH_WARMUP_RATE", 50);
    /** The account the CAMT.053 statement of (b) is for: gift-service imports statements of its own accounts only. */
    static final String BANK_ACCOUNT = env("BENCH_BANK_ACCOUNT", "NL91ABNA0417164300");
    /** (r): pending outbox events published per phase (one relay, then two). */
    static final int RELAY_EVENTS = intEnv("BENCH_RELAY_EVENTS", 100_000);
    /** Which benchmarks run: a b c d e f (the sizing rows, s, come with e); r (relay with replicas) only alone. */
    static final String ONLY = env("BENCH_ONLY", "a,b,c,d,e,f");
    /** The results go to OUT.md and OUT.csv. */
    static final Path OUT = Path.of(env("BENCH_RESULTS", "deploy/benchmark/results/"
            + LocalDate.now() + "-" + Machine.host()));

    private Settings() {
    }

    static boolean selected(String id) {
        return Arrays.asList(ONLY.split(",")).contains(id);
    }

    static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }

    static int intEnv(String name, int fallback) {
        return Integer.parseInt(env(name, Integer.toString(fallback)));
    }
}
