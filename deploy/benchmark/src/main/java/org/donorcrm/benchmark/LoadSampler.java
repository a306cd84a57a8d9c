package org.donorcrm.benchmark;

import static org.donorcrm.benchmark.Log.log;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The 1-minute load average every 2 s: the machine may be shared, so the results file notes the load of every
 * section (2 cores: load 2 = fully busy).
 */
final class LoadSampler {

    /** {epoch ms, 1-minute load average}. */
    private final List<double[]> loads = Collections.synchronizedList(new ArrayList<>());
    private final Map<String, String> sectionLoads = Collections.synchronizedMap(new LinkedHashMap<>());

    /** Starts sampling and notes the load at the start. */
    LoadSampler() {
        Thread sampler = new Thread(this::sample, "load-sampler");
        sampler.setDaemon(true);
        sampler.start();
        sectionLoads.put("start", String.format(Locale.ROOT, "%.1f", Machine.load1()));
    }

    private void sample() {
        while (true) {
            loads.add(new double[] {System.currentTimeMillis(), Machine.load1()});
            Timing.sleep(2000);
        }
    }

    /** Notes the load during a section: mean and max of the samples between {@code from} and {@code to}. */
    void note(String id, long from, long to) {
        double sum = 0;
        double max = 0;
        int n = 0;
        synchronized (loads) {
            for (double[] l : loads) {
                if (l[0] >= from && l[0] <= to) {
                    sum += l[1];
                    max = Math.max(max, l[1]);
                    n++;
                }
            }
        }
        if (n > 0) {
            String note = String.format(Locale.ROOT, "mean %.1f, max %.1f over %d min", sum / n, max, (to - from) / 60_000);
            sectionLoads.merge(id, note, (a, b) -> a + "; " + b);
            log("(%s) load average during the section: %s", id, note);
        }
    }

    /** "at the start 0.5; (a) mean 3.1, max 4.0 over 7 min; ..." for the results file. */
    String summary() {
        synchronized (sectionLoads) {
            return String.join("; ", sectionLoads.entrySet().stream()
                    .map(e -> ("start".equals(e.getKey()) ? "at the start " : "(" + e.getKey() + ") ") + e.getValue())
                    .toList());
        }
    }
}
