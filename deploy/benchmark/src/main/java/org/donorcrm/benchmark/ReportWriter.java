package org.donorcrm.benchmark;

import static org.donorcrm.benchmark.Log.log;
import static org.donorcrm.benchmark.Settings.CAMT_LINES;
import static org.donorcrm.benchmark.Settings.DONORS;
import static org.donorcrm.benchmark.Settings.LATENCY_RATE;
import static org.donorcrm.benchmark.Settings.RATES;
import static org.donorcrm.benchmark.Settings.RAW_MESSAGES;
import static org.donorcrm.benchmark.Settings.SAMPLES;
import static org.donorcrm.benchmark.Settings.SETTLE_SECONDS;
import static org.donorcrm.benchmark.Settings.STEP_SECONDS;
import static org.donorcrm.benchmark.Settings.STORED_GIFTS;
import static org.donorcrm.benchmark.Settings.WARMUP_RATE;
import static org.donorcrm.benchmark.Settings.WARMUP_SECONDS;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Writes the results file: {@code <out>.md} (machine, settings, load per section and the table that
 * docs/performance.md quotes) and {@code <out>.csv} (the same rows), and prints the markdown.
 */
final class ReportWriter {

    private ReportWriter() {
    }

    static void write(Path out, List<Row> rows, String loads, long startedAt) throws IOException {
        Files.createDirectories(out.toAbsolutePath().getParent());
        String host = Machine.host();
        StringBuilder md = new StringBuilder();
        md.append("# Benchmark run ").append(LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")))
                .append(" on ").append(host).append("\n\n");
        md.append("Machine: ").append(Runtime.getRuntime().availableProcessors()).append(" cores, ")
                .append(Machine.memTotal()).append(", Java ").append(System.getProperty("java.version")).append(" (")
                .append(System.getProperty("java.vm.name")).append(")\n\n");
        md.append(String.format(Locale.ROOT, "Settings: BENCH_RATES=%s BENCH_STEP_SECONDS=%d BENCH_LATENCY_RATE=%d BENCH_SETTLE_SECONDS=%d "
                        + "BENCH_DONORS=%d BENCH_CAMT_LINES=%d BENCH_STORED_GIFTS=%d BENCH_FIGURE_SAMPLES=%d BENCH_RAW_MESSAGES=%d "
                        + "BENCH_WARMUP_SECONDS=%d BENCH_WARMUP_RATE=%d; "
                        + "took %d min\n\n", String.join(",", Arrays.stream(RATES).mapToObj(String::valueOf).toList()), STEP_SECONDS,
                LATENCY_RATE, SETTLE_SECONDS, DONORS, CAMT_LINES, STORED_GIFTS, SAMPLES, RAW_MESSAGES, WARMUP_SECONDS, WARMUP_RATE,
                (System.currentTimeMillis() - startedAt) / 60_000));
        md.append("Load average (1 min, /proc/loadavg, sampled every 2 s; the machine is shared with other engineers' builds "
                + "and stacks): ");
        md.append(loads);
        md.append("\n\n");
        md.append("| # | benchmark | figure | baseline | baseline figure | ratio | notes |\n");
        md.append("|---|---|---|---|---|---|---|\n");
        StringBuilder csv = new StringBuilder("id,benchmark,figure,baseline,baseline_figure,ratio,notes\n");
        for (Row r : rows) {
            md.append("| ").append(String.join(" | ", cell(r.id()), cell(r.benchmark()), cell(r.figure()), cell(r.baseline()),
                    cell(r.baselineFigure()), cell(r.ratio()), cell(r.note()))).append(" |\n");
            csv.append(String.join(",", csvCell(r.id()), csvCell(r.benchmark()), csvCell(r.figure()), csvCell(r.baseline()),
                    csvCell(r.baselineFigure()), csvCell(r.ratio()), csvCell(r.note()))).append('\n');
        }
        Path mdFile = Path.of(out + ".md");
        Path csvFile = Path.of(out + ".csv");
        Files.writeString(mdFile, md);
        Files.writeString(csvFile, csv);
        System.out.println();
        System.out.println(md);
        log("results: %s and %s", mdFile, csvFile);
    }

    private static String cell(String s) {
        return s == null ? "" : s.replace("|", "\\|").replace("\n", " ");
    }

    private static String csvCell(String s) {
        return "\"" + (s == null ? "" : s.replace("\"", "\"\"")) + "\"";
    }
}
