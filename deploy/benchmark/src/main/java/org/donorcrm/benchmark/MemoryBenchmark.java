package org.donorcrm.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * (e) Memory: the RSS summed over each piece's process group ($CRM_STATE_DIR/pids/), at rest after the start
 * (when this is made, before anything else), its peak under load (sampled every 0.5 s from
 * {@link #sampleUnderLoad()} on) and at rest after the run (when this runs, last but sizing).
 */
final class MemoryBenchmark implements Section {

    private final Results results;
    /** piece -> {at rest, peak under load, at rest after the run} in kB. */
    private final Map<String, long[]> rss = new ConcurrentHashMap<>();
    private volatile boolean sampling;

    /** Notes every piece's RSS at rest and starts the sampler (which samples from {@link #sampleUnderLoad()} on). */
    MemoryBenchmark(Results results) {
        this.results = results;
        for (String piece : Stack.pieces()) {
            rss.put(piece, new long[] {rssKb(piece), 0, 0});
        }
        Thread sampler = new Thread(this::sample, "rss-sampler");
        sampler.setDaemon(true);
        sampler.start();
    }

    void sampleUnderLoad() {
        sampling = true;
    }

    private void sample() {
        while (true) {
            if (sampling) {
                for (String piece : Stack.pieces()) {
                    long v = rssKb(piece);
                    rss.computeIfPresent(piece, (k, a) -> {
                        a[1] = Math.max(a[1], v);
                        return a;
                    });
                }
            }
            Timing.sleep(500);
        }
    }

    @Override
    public void run() throws Exception {
        Thread.sleep(5000);
        for (String piece : Stack.pieces()) {
            long[] a = rss.get(piece);
            a[2] = rssKb(piece);
            boolean service = Stack.isService(piece);
            results.add(Row.alone("e", "RSS of " + piece + (service ? "" : " (engine)"),
                    String.format(Locale.ROOT, "at rest %d MB, under load (peak) %d MB, at rest after the run %d MB",
                            a[0] / 1024, a[1] / 1024, a[2] / 1024),
                    service ? Stack.heapOf(piece) + " heap" : ""));
        }
    }

    /** The summed RSS (kB) of the process group recorded in $CRM_STATE_DIR/pids/<piece>.pid; 0 without one. */
    static long rssKb(String piece) {
        try {
            String pgid = Files.readString(Stack.STATE.resolve("pids/" + piece + ".pid")).trim();
            long sum = 0;
            try (var procs = Files.list(Path.of("/proc"))) {
                for (Path p : (Iterable<Path>) procs::iterator) {
                    String name = p.getFileName().toString();
                    if (!name.chars().allMatch(Character::isDigit)) {
                        continue;
                    }
                    try {
                        String stat = Files.readString(p.resolve("stat"));
                        String[] f = stat.substring(stat.lastIndexOf(") ") + 2).split(" ");
                        if (f[2].equals(pgid)) {
                            for (String line : Files.readAllLines(p.resolve("status"))) {
                                if (line.startsWith("VmRSS:")) {
                                    sum += Long.parseLong(line.replaceAll("[^0-9]", ""));
                                }
                            }
                        }
                    } catch (IOException | RuntimeException ignored) {
                        // gone meanwhile
                    }
                }
            }
            return sum;
        } catch (IOException e) {
            return 0;
        }
    }
}
