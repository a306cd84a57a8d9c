package org.donorcrm.benchmark;

import static org.donorcrm.benchmark.CrmHttp.JSON;
import static org.donorcrm.benchmark.CrmHttp.bearer;
import static org.donorcrm.benchmark.CrmHttp.send;
import static org.donorcrm.benchmark.Format.abbreviate;
import static org.donorcrm.benchmark.Format.fmt;
import static org.donorcrm.benchmark.Format.pct;
import static org.donorcrm.benchmark.Log.log;

import com.fasterxml.jackson.databind.JsonNode;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * (c) Replay of the read models. The live consumers' replay of what (d) publishes at once is measured while (d)
 * loads ({@link StoredGiftsLoad}); this adds their baseline and reporting's explicit rebuild,
 * {@code POST /api/v1/admin/rebuild} (a background job: empties its derived tables, replays the three topics from
 * offset 0; followed through {@code GET /api/v1/jobs/{id}} until it ends), over
 * everything in the topics at this point. Baseline in the same run: a plain consumer reading the same topics from
 * offset 0, no processing, 500 records per poll (the consumers' batch size).
 */
final class ReplayBenchmark implements Section {

    private static final List<String> TOPICS = List.of("crm.gifts", "crm.donors", "crm.campaigns");

    private final Results results;

    ReplayBenchmark(Results results) {
        this.results = results;
    }

    @Override
    public void run() throws Exception {
        log("(c) raw consume of %s from offset 0", TOPICS);
        KafkaBaseline.Consumed raw = KafkaBaseline.consumeFromStart(TOPICS);
        double rawRate = raw.rate();
        results.setLiveReplayBaseline("raw consume of crm.gifts, crm.donors, crm.campaigns from offset 0", rawRate);
        log("  %,d events at %s events/s; now POST /api/v1/admin/rebuild", raw.events(), fmt(rawRate));
        long r0 = System.nanoTime();
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(Stack.REPORTING + "/api/v1/admin/rebuild"))
                .timeout(Duration.ofMinutes(1)).header("Authorization", bearer("admin"))
                .POST(HttpRequest.BodyPublishers.noBody()).build());
        if (r.statusCode() != 202) {
            throw new IllegalStateException("rebuild: HTTP " + r.statusCode() + " " + abbreviate(r.body()));
        }
        // the rebuild runs as a background job: follow it until it ends
        String job = JSON.readTree(r.body()).get("id").asText();
        JsonNode report;
        while (true) {
            report = CrmHttp.getJson(Stack.REPORTING + "/api/v1/jobs/" + job, "admin");
            String status = report.get("status").asText();
            if (status.equals("FAILED")) {
                throw new IllegalStateException("rebuild failed: " + report.get("error").asText());
            }
            if (status.equals("SUCCEEDED")) {
                break;
            }
            Thread.sleep(200);
        }
        log("  rebuild: %s (%.1f s)", report.get("result").asText(), (System.nanoTime() - r0) / 1e9);
        long events = report.get("done").asLong();
        long millis = Math.max(1, Duration.between(java.time.Instant.parse(report.get("startedAt").asText()),
                java.time.Instant.parse(report.get("finishedAt").asText())).toMillis());
        double rebuildRate = events * 1000.0 / millis;
        results.add(new Row("c", String.format(Locale.ROOT, "reporting rebuild (POST /api/v1/admin/rebuild) of %,d events",
                events),
                String.format(Locale.ROOT, "%s events/s (%.1f s)", fmt(rebuildRate), millis / 1000.0),
                String.format(Locale.ROOT, "raw consume of the same topics from offset 0 (%,d events, 500 per poll)", raw.events()),
                fmt(rawRate) + " events/s", pct(rebuildRate / rawRate), "crm.gifts, crm.donors, crm.campaigns"));
    }
}
