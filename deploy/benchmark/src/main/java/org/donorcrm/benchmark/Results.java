package org.donorcrm.benchmark;

import static org.donorcrm.benchmark.Format.fmt;
import static org.donorcrm.benchmark.Format.pct;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The rows of the results table, in the order they were measured. */
final class Results {

    private final List<Row> rows = new ArrayList<>();
    /**
     * The rows of the live consumers' replay (measured while (d) loads its gifts) and their rates: (c) fills in
     * their baseline, the raw consume of the same topics, once it has measured it.
     */
    private final Map<Integer, Double> liveReplayRates = new LinkedHashMap<>();

    void add(Row row) {
        rows.add(row);
    }

    /** A benchmark that could not run (an exception, not a slow figure): the command fails on it. */
    void addFailed(String id, Throwable e) {
        rows.add(new Row(id, "FAILED", String.valueOf(e), "", "", "", "see the run log"));
    }

    boolean anyFailed() {
        return rows.stream().anyMatch(row -> "FAILED".equals(row.benchmark()));
    }

    /** A live consumer's replay; {@code rate} is null when it did not catch up (its row then gets no ratio). */
    void addLiveReplay(Row row, Double rate) {
        if (rate != null) {
            liveReplayRates.put(rows.size(), rate);
        }
        rows.add(row);
    }

    /** Sets the raw consume rate as the baseline of every live replay row. */
    void setLiveReplayBaseline(String baseline, double rawRate) {
        liveReplayRates.forEach((index, rate) -> {
            Row row = rows.get(index);
            rows.set(index, new Row(row.id(), row.benchmark(), row.figure(), baseline, fmt(rawRate) + " events/s",
                    pct(rate / rawRate), row.note()));
        });
    }

    List<Row> rows() {
        return Collections.unmodifiableList(rows);
    }
}
