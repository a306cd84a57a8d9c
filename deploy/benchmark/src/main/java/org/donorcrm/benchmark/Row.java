package org.donorcrm.benchmark;

/**
 * One line of the results table (and of the CSV): the benchmark's id (a, b, c, d, e, s; a0 and a- for the
 * baselines and the warm-up of a), what was measured, its figure, and the baseline measured in the same run.
 */
record Row(String id, String benchmark, String figure, String baseline, String baselineFigure, String ratio,
           String note) {

    /** A row without a baseline. */
    static Row alone(String id, String benchmark, String figure, String note) {
        return new Row(id, benchmark, figure, "", "", "", note);
    }
}
