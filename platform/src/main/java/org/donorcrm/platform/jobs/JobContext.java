package org.donorcrm.platform.jobs;

/** What a running job's handler may read and report. */
public interface JobContext {

    String jobId();

    /** Who started the job (for the audit trail of what it does). */
    String startedBy();

    /** What the job works on, as given to {@link Jobs#start}. */
    String subject();

    /** The input given to {@link Jobs#start}. */
    String params();

    /** Where a resumed run starts again; null on a first run. */
    String checkpoint();

    /** Reports progress (in a transaction of its own): {@code done} of {@code total} (null when unknown). */
    void progress(long done, Long total);

    /**
     * Reports progress and the point a resumed run would start from. Call it inside the transaction that committed
     * the work up to that point (it joins the caller's transaction), so that the two are never apart.
     */
    void checkpoint(String checkpoint, long done, Long total);
}
