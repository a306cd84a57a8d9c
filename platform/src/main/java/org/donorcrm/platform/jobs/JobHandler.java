package org.donorcrm.platform.jobs;

/**
 * The work of one kind of job. A service declares one bean per kind; {@link Jobs#start} queues a job of that kind
 * and a runner calls {@link #run} on some replica. A run may be a resumption after a crash: it starts again from
 * {@link JobContext#checkpoint()} and must not repeat an effect that was committed before that checkpoint (each
 * chunk's effect and its checkpoint are written in one transaction, or the effect is idempotent).
 */
public interface JobHandler {

    /** The kind this handler runs, e.g. {@code bank-import}. */
    String kind();

    /** What a job of this kind is called on its page, in the language of the request (e.g. "Bankafschrift inlezen"). */
    default String title() {
        return kind();
    }

    /**
     * Where the result of a job of this kind that SUCCEEDED is shown (a statement, a close, a file to download), or
     * null; the job's page links to it. Derived from the job (its subject, params or id), so nothing more is stored.
     */
    default String resultLink(Job job) {
        return null;
    }

    /** What the job works on, as its page names it (default: its subject), in the language of the request. */
    default String subjectLabel(Job job) {
        return job.subject;
    }

    /**
     * Does the work, reporting progress through {@code context}.
     *
     * @return what the job came to, shown on its page (a summary, or a link to its result)
     * @throws Exception the job fails with this exception's message (which must hold no personal data)
     */
    String run(JobContext context) throws Exception;
}
