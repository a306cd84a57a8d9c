package org.donorcrm.platform.jobs;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * A piece of long work (a bank import, a close, a rebuild, an export, a statement run) with its state and progress,
 * in the service's own database, so that every replica sees it, the person who started it can follow it after a
 * reload, and a crash does not lose it: a job whose runner stopped sending heartbeats is taken over and resumed from
 * its last checkpoint by any replica.
 * <p>
 * {@code guardKey} is set while the job is queued or running and emptied when it ends; it is unique, so a second
 * start of the same work (same kind and subject), on any replica, fails on the database's own constraint.
 */
@Entity
@Table(name = "platform_job")
public class Job {

    public enum Status { QUEUED, RUNNING, SUCCEEDED, FAILED }

    @Id
    @Column(length = 36)
    public String id;

    @Column(length = 60, nullable = false)
    public String kind;

    /** What the job works on (a statement id, a month, "all"); with the kind, what may run only once at a time. */
    @Column(length = 200, nullable = false)
    public String subject;

    @Column(name = "guard_key", length = 261, unique = true)
    public String guardKey;

    @Enumerated(EnumType.STRING)
    @Column(length = 20, nullable = false)
    public Status status;

    /** The job's input as its handler wrote it (JSON or plain text); never personal data. */
    @Column(columnDefinition = "MEDIUMTEXT")
    public String params;

    @Column(nullable = false)
    public long done;

    /** How much there is in all, when known. */
    public Long total;

    /** Where a resumed run starts again; the handler's own words (an offset, a last id). */
    @Column(length = 200)
    public String checkpoint;

    /** What the job came to, for its page (a summary, or a link to its result). */
    @Column(columnDefinition = "MEDIUMTEXT")
    public String result;

    @Column(length = 1000)
    public String error;

    @Column(name = "started_by", length = 100, nullable = false)
    public String startedBy;

    /** The service instance running it, while it runs. */
    @Column(length = 100)
    public String owner;

    @Column(name = "heartbeat_at")
    public Instant heartbeatAt;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "started_at")
    public Instant startedAt;

    @Column(name = "finished_at")
    public Instant finishedAt;

    /** How many times a runner took it up (1 normally; more after a crash). */
    @Column(nullable = false)
    public int attempts;

    /** The share done, 0–100, or null while the total is unknown. */
    public Integer percent() {
        if (status == Status.SUCCEEDED) {
            return 100;
        }
        return total == null || total == 0 ? null : (int) Math.min(100, done * 100 / total);
    }

    public boolean finished() {
        return status == Status.SUCCEEDED || status == Status.FAILED;
    }
}
