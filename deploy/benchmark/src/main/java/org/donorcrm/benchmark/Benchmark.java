package org.donorcrm.benchmark;

import static org.donorcrm.benchmark.Log.log;
import static org.donorcrm.benchmark.Settings.CAMT_LINES;
import static org.donorcrm.benchmark.Settings.LATENCY_RATE;
import static org.donorcrm.benchmark.Settings.OUT;
import static org.donorcrm.benchmark.Settings.RATES;
import static org.donorcrm.benchmark.Settings.STEP_SECONDS;
import static org.donorcrm.benchmark.Settings.STORED_GIFTS;

import java.util.Arrays;
import java.util.List;

/**
 * The benchmarks behind docs/performance.md, each measured in the same run as its baseline, against a running
 * stack (deploy/benchmark/run starts its own). Sizes and durations come from BENCH_* environment variables
 * ({@link Settings}, listed in deploy/benchmark/run); BENCH_ONLY selects benchmarks, which run in this order:
 * a (gift recording), b (bank import), d (figures with many gifts stored, which also measures the live consumers'
 * replay of c), c (rebuild), f (donor search), r (the outbox relay with one and two replicas; run alone: its stack
 * runs two instances of every service), e (memory, then the sizing rows s). Writes {@code <BENCH_RESULTS>.md} and
 * {@code .csv} and prints the table; exits 1 when a benchmark FAILED (could not run), not when a figure is slow.
 */
public final class Benchmark {

    private Benchmark() {
    }

    public static void main(String[] args) throws Exception {
        long startedAt = System.currentTimeMillis();
        log("benchmark: rates %s/s x %d s, latency at %d/s, CAMT %,d lines, %,d stored gifts, results %s",
                Arrays.toString(RATES), STEP_SECONDS, LATENCY_RATE, CAMT_LINES, STORED_GIFTS, OUT);
        Results results = new Results();
        MemoryBenchmark memory = new MemoryBenchmark(results);
        LoadSampler load = new LoadSampler();
        memory.sampleUnderLoad();
        List<String> donors = TestDonors.register();
        section("a", new GiftRecordingBenchmark(results, donors), results, load);
        section("b", new BankImportBenchmark(results, donors), results, load);
        section("d", new FigureLatencyBenchmark(results), results, load);
        section("c", new ReplayBenchmark(results), results, load);
        section("f", new DonorSearchBenchmark(results), results, load);
        section("r", new RelayBenchmark(results), results, load);
        section("e", memory, results, load);
        section("e", new StorageBenchmark(results), results, load);
        ReportWriter.write(OUT, results.rows(), load.summary(), startedAt);
        // a benchmark that could not run (an exception, not a slow figure) fails the command, so CI notices
        if (results.anyFailed()) {
            log("benchmark: at least one benchmark FAILED (see the table)");
            System.exit(1);
        }
    }

    /** Runs a benchmark if BENCH_ONLY selects it; notes the load during it; a failure becomes its FAILED row. */
    private static void section(String id, Section benchmark, Results results, LoadSampler load) {
        if (!Settings.selected(id)) {
            return;
        }
        long from = System.currentTimeMillis();
        try {
            benchmark.run();
        } catch (Exception | AssertionError e) {
            log("benchmark (%s) failed: %s", id, e);
            e.printStackTrace();
            results.addFailed(id, e);
        } finally {
            load.note(id, from, System.currentTimeMillis());
        }
    }
}
