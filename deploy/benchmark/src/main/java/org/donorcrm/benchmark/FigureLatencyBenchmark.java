package org.donorcrm.benchmark;

import static org.donorcrm.benchmark.Format.fmtCount;
import static org.donorcrm.benchmark.Format.ratio;
import static org.donorcrm.benchmark.Settings.SAMPLES;

import java.net.http.HttpClient;

/**
 * (d) Figure endpoints with many gifts stored: after {@link StoredGiftsLoad} has loaded BENCH_STORED_GIFTS gifts,
 * each figure endpoint for 2025 and the dashboard (with a session from Keycloak's login form) are requested
 * BENCH_FIGURE_SAMPLES times in sequence after 3 warm-ups. Baseline in the same run: reporting's
 * {@code GET /q/health/live}, same count.
 */
final class FigureLatencyBenchmark implements Section {

    private static final String[] FIGURES = {"unearmarked-share", "continuity-reserve", "private-donors",
            "institutional-income", "retention", "lybunt", "sybunt", "campaign-results", "budget-realisation",
            "allocations"};
    private static final String[] DASHBOARD = {"/?year=2025", "/dashboard/tiles?year=2025", "/dashboard/charts?year=2025"};
    private static final String BASELINE = "GET /q/health/live (reporting)";

    private final Results results;

    FigureLatencyBenchmark(Results results) {
        this.results = results;
    }

    @Override
    public void run() throws Exception {
        long rowsNow = new StoredGiftsLoad(results).load();
        Stats baseline = CrmHttp.sequential(Stack.REPORTING + "/q/health/live", null, SAMPLES);
        for (String f : FIGURES) {
            Stats s = CrmHttp.sequential(Stack.REPORTING + "/api/v1/figures/" + f + "?year=2025", "director", SAMPLES);
            results.add(timed("GET /api/v1/figures/" + f + "?year=2025 with " + fmtCount(rowsNow) + " ledger rows", s,
                    baseline, SAMPLES + " sequential requests after 3 warm-ups"));
        }
        try {
            HttpClient browser = BrowserLogin.login(Stack.REPORTING + "/?year=2025", "director");
            for (String page : DASHBOARD) {
                Stats s = BrowserLogin.sequential(browser, Stack.REPORTING + page, SAMPLES);
                results.add(timed("dashboard GET " + page + " (session cookie) with " + fmtCount(rowsNow) + " ledger rows",
                        s, baseline, "the HTML page only (no scripts, styles, charts)"));
            }
        } catch (Exception e) {
            results.add(Row.alone("d", "dashboard", "not measured: " + e.getMessage(), "login through Keycloak failed"));
        }
    }

    /** A row of p50 and p99 (and the answers that were not 200) against the health endpoint's. */
    private static Row timed(String benchmark, Stats s, Stats baseline, String note) {
        return new Row("d", benchmark,
                s.percentiles() + (s.errors > 0 ? " (" + s.errors + " non-200: " + s.lastError + ")" : ""),
                BASELINE, baseline.percentiles(), ratio(s.p99, baseline.p99) + " (p99)", note);
    }
}
