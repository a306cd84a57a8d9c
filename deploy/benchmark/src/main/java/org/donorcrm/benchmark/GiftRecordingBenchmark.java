package org.donorcrm.benchmark;

import static org.donorcrm.benchmark.Format.fmt;
import static org.donorcrm.benchmark.Format.ms;
import static org.donorcrm.benchmark.Format.pct;
import static org.donorcrm.benchmark.Format.ratio;
import static org.donorcrm.benchmark.Log.log;
import static org.donorcrm.benchmark.Settings.BASELINE_SECONDS;
import static org.donorcrm.benchmark.Settings.LATENCY_RATE;
import static org.donorcrm.benchmark.Settings.RATES;
import static org.donorcrm.benchmark.Settings.RAW_MESSAGES;
import static org.donorcrm.benchmark.Settings.SETTLE_SECONDS;
import static org.donorcrm.benchmark.Settings.STEP_SECONDS;
import static org.donorcrm.benchmark.Settings.WARMUP_RATE;
import static org.donorcrm.benchmark.Settings.WARMUP_SECONDS;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * (a) Steady gift recording: after a warm-up that is not counted, gifts at each of BENCH_RATES per second (each
 * step its own income month), open loop; the highest rate at which the API, the outbox relay and every consumer
 * keep up ({@link RateStep#keptUp()}), and the gift-to-figure latency at BENCH_LATENCY_RATE. Baselines in the
 * same run: the raw Kafka round trip (as fast as possible and at the latency rate) and a no-op HTTP endpoint.
 */
final class GiftRecordingBenchmark implements Section {

    private final Results results;
    private final List<String> donors;

    GiftRecordingBenchmark(Results results, List<String> donors) {
        this.results = results;
        this.donors = donors;
    }

    @Override
    public void run() throws Exception {
        if (WARMUP_SECONDS > 0) {
            // A stack measured straight after its start measures the JIT: on 2 cores 25 gifts/s answered p50 4.2 s
            // on a just-started stack, 81 ms after this warm-up (results 2026-12-05-2250, 2026-12-06-0004).
            // Production services run warm.
            log("(a) warm-up, not counted: %d gifts/s for %d s", WARMUP_RATE, WARMUP_SECONDS);
            RateStep warm = RateStep.run(WARMUP_RATE, WARMUP_SECONDS, LocalDate.of(2020, 12, 15), donors);
            results.add(Row.alone("a-", "warm-up before (a), not counted: gifts via POST /api/v1/gifts at " + WARMUP_RATE
                    + "/s for " + WARMUP_SECONDS + " s (income date 2020-12-15)", fmt(warm.achieved) + " accepted/s",
                    "POST p50 " + ms(warm.post.p50) + " p99 " + ms(warm.post.p99)
                            + "; the services and the broker compile their hot paths first, as in production"));
        }
        Stats raw = KafkaBaseline.throughput();
        results.add(Row.alone("a0", "raw Kafka produce->consume, as fast as possible (" + RAW_MESSAGES + " msgs of 600 B, acks=all)",
                fmt(raw.rate) + " msg/s", "the broker's ceiling on this machine"));
        Stats rawLatency = KafkaBaseline.latency(LATENCY_RATE);
        results.add(Row.alone("a0", "raw Kafka produce->consume latency at " + LATENCY_RATE + "/s",
                rawLatency.percentiles(), ""));
        Stats http = HttpBaseline.noOp(Stack.GIFT + "/q/health/live", 16, BASELINE_SECONDS);
        results.add(Row.alone("a0", "raw HTTP no-op GET /q/health/live (gift-service, 16 concurrent)",
                fmt(http.rate) + " req/s", http.percentiles()));
        int highest = 0;
        int month = 1;
        for (int rate : RATES) {
            LocalDate date = LocalDate.of(2021, month++, 15);
            RateStep step = RateStep.run(rate, STEP_SECONDS, date, donors);
            String verdict = step.keptUp() ? "keeps up" : "FALLS BEHIND";
            results.add(new Row("a", "gifts via POST /api/v1/gifts at " + rate + "/s for " + STEP_SECONDS + " s",
                    String.format(Locale.ROOT, "%s: %s accepted/s, figure complete %.1f s after the last 201, "
                                    + "outbox backlog %d, %d errors%s", verdict, fmt(step.achieved), step.catchUpSeconds,
                            step.backlog, step.errors, step.shed == 0 ? "" : String.format(Locale.ROOT,
                                    " (of which %d not sent: 4,000 requests were already waiting)", step.shed)),
                    "raw Kafka produce->consume", fmt(raw.rate) + " msg/s",
                    pct(step.achieved / raw.rate),
                    "POST p50 " + ms(step.post.p50) + " p99 " + ms(step.post.p99)
                            + "; gift-to-figure p50 " + ms(step.visible.p50) + " p99 " + ms(step.visible.p99)));
            if (step.keptUp()) {
                highest = Math.max(highest, rate);
            }
            if (rate == LATENCY_RATE) {
                results.add(new Row("a", "gift-to-figure latency at " + rate + "/s (201 -> row in reporting's drill-down)",
                        step.visible.percentiles(),
                        "raw Kafka produce->consume at " + rate + "/s",
                        rawLatency.percentiles(),
                        ratio(step.visible.p99, rawLatency.p99) + " (p99)",
                        "visibility polled every 100 ms: +<=100 ms resolution"));
            }
        }
        results.add(new Row("a", "highest steady rate at which relay and every consumer keep up",
                highest + " gifts/s (of the rates tried: " + Arrays.toString(RATES) + ")",
                "raw Kafka produce->consume", fmt(raw.rate) + " msg/s", pct(highest / raw.rate),
                "keeps up = >=95% of the rate accepted, no errors, figure complete within " + SETTLE_SECONDS
                        + " s of the last 201, outbox empty"));
    }
}
