package org.donorcrm.benchmark;

/** One benchmark: adds its rows (with its baseline's) to the results; an exception makes it a FAILED row. */
interface Section {
    void run() throws Exception;
}
