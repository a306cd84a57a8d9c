package org.donorcrm.platform.jobs;

import java.time.Duration;
import java.time.Instant;

/** A job as its page and the API show it. */
public record JobView(String id, String kind, String subject, String status, long done, Long total, Integer percent,
                      long elapsedSeconds, String startedBy, Instant createdAt, Instant startedAt, Instant finishedAt,
                      int attempts, String result, String error, String resultLink, String subjectLabel) {

    /** The job as stored (its subject as it is, no link to its result): for an answer that only starts it. */
    public static JobView of(Job job) {
        Instant from = job.startedAt != null ? job.startedAt : job.createdAt;
        Instant to = job.finishedAt != null ? job.finishedAt : Instant.now();
        return new JobView(job.id, job.kind, job.subject, job.status.name(), job.done, job.total, job.percent(),
                Math.max(0, Duration.between(from, to).toSeconds()), job.startedBy, job.createdAt, job.startedAt,
                job.finishedAt, job.attempts, job.result, job.error, null, job.subject);
    }

    /** The job as its handler names its subject and links its result. */
    public static JobView of(Job job, Jobs jobs) {
        Instant from = job.startedAt != null ? job.startedAt : job.createdAt;
        Instant to = job.finishedAt != null ? job.finishedAt : Instant.now();
        return new JobView(job.id, job.kind, job.subject, job.status.name(), job.done, job.total, job.percent(),
                Math.max(0, Duration.between(from, to).toSeconds()), job.startedBy, job.createdAt, job.startedAt,
                job.finishedAt, job.attempts, job.result, job.error, jobs.resultLink(job), jobs.subjectLabel(job));
    }

    public boolean finished() {
        return "SUCCEEDED".equals(status) || "FAILED".equals(status);
    }
}
