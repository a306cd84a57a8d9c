package org.donorcrm.platform.jobs;

/** The same work (same kind and subject) is already queued or running, on this replica or another: 409. */
public class JobAlreadyRunning extends RuntimeException {

    private final String jobId;

    public JobAlreadyRunning(String kind, String subject, String jobId) {
        super("A job '" + kind + "' for '" + subject + "' is already running.");
        this.jobId = jobId;
    }

    /** The running job, for a link to its page. */
    public String jobId() {
        return jobId;
    }
}
