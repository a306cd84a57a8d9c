package org.donorcrm.platform.jobs;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.donorcrm.platform.consume.TransientRetry;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The background-job facility of every service: {@link #start} queues a job in the service's database and returns
 * at once; a runner of this replica (or of any other, whichever claims it first) runs the job's {@link JobHandler},
 * which reports progress and checkpoints into the job's row; the job's page and {@code GET /api/v1/jobs/{id}} show
 * them live.
 * <ul>
 * <li><b>Once at a time.</b> While a job is queued or running its {@code guard_key} (kind and subject) is set, and
 * it is unique: a second start of the same work, on any replica, fails on the database's constraint and is answered
 * with {@link JobAlreadyRunning} naming the running job (409).</li>
 * <li><b>Once across replicas.</b> A runner claims a job with one conditional update (free, or its runner's heartbeat
 * older than {@code crm.jobs.stale-after}); only one claim can succeed.</li>
 * <li><b>Resumed after a crash.</b> The runner's heartbeat is renewed every few seconds; a job whose runner died
 * (kill -9, a lost node) is found by the sweep of any replica once its heartbeat is stale and run again from its
 * last checkpoint. A graceful shutdown hands its jobs back at once.</li>
 * </ul>
 */
@ApplicationScoped
public class Jobs {

    private static final Logger LOG = Logger.getLogger(Jobs.class);

    /** Who starts the jobs of {@link #startOnce}: the schedule, not a person. */
    public static final String SCHEDULE = "system";

    private final EntityManager entityManager;
    private final Map<String, JobHandler> handlers = new HashMap<>();
    private final Duration staleAfter;
    private final Duration heartbeat;
    private final int threads;
    /** This instance, as the owner column names it. */
    private final String me = "instance-" + UUID.randomUUID();
    private ExecutorService runners;
    private ScheduledExecutorService timers;

    public Jobs(EntityManager entityManager, Instance<JobHandler> handlers,
                @ConfigProperty(name = "crm.jobs.stale-after", defaultValue = "30s") Duration staleAfter,
                @ConfigProperty(name = "crm.jobs.heartbeat", defaultValue = "5s") Duration heartbeat,
                @ConfigProperty(name = "crm.jobs.threads", defaultValue = "2") int threads) {
        this.entityManager = entityManager;
        for (JobHandler handler : handlers) {
            this.handlers.put(handler.kind(), handler);
        }
        this.staleAfter = staleAfter;
        this.heartbeat = heartbeat;
        this.threads = threads;
    }

    void start(@Observes StartupEvent startup) {
        if (handlers.isEmpty()) {
            return;
        }
        runners = Executors.newFixedThreadPool(threads, daemon("job-runner"));
        timers = Executors.newSingleThreadScheduledExecutor(daemon("job-timer"));
        timers.scheduleWithFixedDelay(this::beat, heartbeat.toMillis(), heartbeat.toMillis(), TimeUnit.MILLISECONDS);
        // the sweep takes up what a crashed runner left, on whichever replica sweeps first
        timers.scheduleWithFixedDelay(this::sweep, 1_000, heartbeat.toMillis(), TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent shutdown) {
        if (runners == null) {
            return;
        }
        timers.shutdownNow();
        runners.shutdownNow();
        try {
            // hand this instance's jobs back, so that another replica (or the next start) resumes them at once
            QuarkusTransaction.requiringNew().run(() -> entityManager.createQuery(
                            "update Job j set j.owner = null where j.owner = :me and j.guardKey is not null")
                    .setParameter("me", me).executeUpdate());
        } catch (RuntimeException e) {
            LOG.warnf("jobs not handed back on shutdown (%s); they are resumed once their heartbeat is stale",
                    e.getClass().getSimpleName());
        }
    }

    /**
     * Queues a job and returns it at once; it runs in the background.
     *
     * @param subject what it works on; with the kind, what may run only once at a time
     * @param params  its input for the handler (no personal data: the job's row is shown to its user and admins)
     * @throws JobAlreadyRunning when the same kind and subject is queued or running
     */
    public Job start(String kind, String subject, String params, String user) {
        if (!handlers.containsKey(kind)) {
            throw new IllegalArgumentException("no handler for jobs of kind " + kind);
        }
        String id = UUID.randomUUID().toString();
        try {
            QuarkusTransaction.requiringNew().run(() -> queue(id, kind, subject, params, user));
        } catch (RuntimeException e) {
            Optional<Job> running = running(kind, subject);
            if (running.isPresent()) {
                throw new JobAlreadyRunning(kind, subject, running.get().id);
            }
            throw e;
        }
        submit(id);
        return find(id).orElseThrow();
    }

    /**
     * Starts the job of one occurrence of work on a timer (the nightly run of a day, the run of a month end) unless
     * some replica already started it, now or before: the occurrence is written in {@code platform_job_occurrence}
     * in the transaction that queues the job, and its primary key (kind, occurrence) lets exactly one start succeed
     * across replicas and restarts. The job then runs on one replica and is resumed on another if that one is lost,
     * like every job. Every replica's timer calls this; the job's subject is the occurrence.
     *
     * @return the job, or empty when this occurrence was started already (or the same work is running)
     */
    public Optional<Job> startOnce(String kind, String occurrence, String params) {
        if (!handlers.containsKey(kind)) {
            throw new IllegalArgumentException("no handler for jobs of kind " + kind);
        }
        String id = UUID.randomUUID().toString();
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                entityManager.createNativeQuery("insert into platform_job_occurrence (kind, occurrence, job_id, "
                                + "created_at) values (?1, ?2, ?3, ?4)")
                        .setParameter(1, kind).setParameter(2, occurrence).setParameter(3, id)
                        .setParameter(4, Instant.now()).executeUpdate();
                queue(id, kind, occurrence, params, SCHEDULE);
            });
        } catch (RuntimeException e) {
            if (occurrenceStarted(kind, occurrence) || running(kind, occurrence).isPresent()) {
                return Optional.empty();
            }
            throw e;
        }
        submit(id);
        return find(id);
    }

    private boolean occurrenceStarted(String kind, String occurrence) {
        return QuarkusTransaction.requiringNew().call(() -> !entityManager.createNativeQuery(
                        "select job_id from platform_job_occurrence where kind = ?1 and occurrence = ?2")
                .setParameter(1, kind).setParameter(2, occurrence).getResultList().isEmpty());
    }

    private void queue(String id, String kind, String subject, String params, String user) {
        Job job = new Job();
        job.id = id;
        job.kind = kind;
        job.subject = subject;
        job.guardKey = guardKey(kind, subject);
        job.status = Job.Status.QUEUED;
        job.params = params;
        job.startedBy = user;
        job.createdAt = Instant.now();
        entityManager.persist(job);
    }

    private void submit(String id) {
        if (runners != null) {
            runners.submit(() -> runIfClaimed(id));
        }
    }

    /** The job queued or running for this kind and subject, if any. */
    @Transactional
    public Optional<Job> running(String kind, String subject) {
        return entityManager.createQuery("select j from Job j where j.guardKey = :key", Job.class)
                .setParameter("key", guardKey(kind, subject)).getResultList().stream().findFirst();
    }

    @Transactional
    public Optional<Job> find(String id) {
        return Optional.ofNullable(entityManager.find(Job.class, id));
    }

    /** The latest jobs, of one user or (null) of everyone, newest first. */
    @Transactional
    public List<Job> latest(String user, int max) {
        return entityManager.createQuery("select j from Job j where (:user is null or j.startedBy = :user) "
                        + "order by j.createdAt desc", Job.class)
                .setParameter("user", user).setMaxResults(max).getResultList();
    }

    /** Runs the job if this instance wins the claim; nothing when another runner holds it. */
    void runIfClaimed(String id) {
        Job job;
        try {
            if (!claim(id)) {
                return;
            }
            job = find(id).orElseThrow();
        } catch (RuntimeException e) {
            LOG.warnf("job %s not claimed (%s); the sweep tries again", id, e.getClass().getSimpleName());
            return;
        }
        JobHandler handler = handlers.get(job.kind);
        try {
            String result = handler.run(new Context(job));
            end(id, Job.Status.SUCCEEDED, result, null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // shutting down: stop() hands the job back
        } catch (Exception e) {
            if (TransientRetry.isTransient(e) || Thread.currentThread().isInterrupted()) {
                LOG.warnf("job %s (%s) stopped by a database failure (%s); it is resumed from its checkpoint",
                        id, job.kind, e.getClass().getSimpleName());
                release(id);
            } else {
                LOG.warnf("job %s (%s) failed: %s", id, job.kind, e.getMessage());
                end(id, Job.Status.FAILED, null, e.getMessage() == null ? e.getClass().getSimpleName()
                        : e.getMessage());
            }
        }
    }

    private boolean claim(String id) {
        Instant now = Instant.now();
        return QuarkusTransaction.requiringNew().call(() -> entityManager.createQuery(
                        "update Job j set j.status = :running, j.owner = :me, j.heartbeatAt = :now, "
                                + "j.startedAt = coalesce(j.startedAt, :now), j.attempts = j.attempts + 1 "
                                + "where j.id = :id and j.guardKey is not null "
                                + "and (j.owner is null or j.heartbeatAt < :stale)")
                .setParameter("running", Job.Status.RUNNING).setParameter("me", me).setParameter("now", now)
                .setParameter("id", id).setParameter("stale", now.minus(staleAfter))
                .executeUpdate() == 1);
    }

    private void end(String id, Job.Status status, String result, String error) {
        TransientRetry.run(() -> QuarkusTransaction.requiringNew().run(() -> entityManager.createQuery(
                        "update Job j set j.status = :status, j.guardKey = null, j.owner = null, j.result = :result, "
                                + "j.error = :error, j.finishedAt = :now where j.id = :id and j.owner = :me")
                .setParameter("status", status).setParameter("result", result)
                .setParameter("error", error == null ? null : error.substring(0, Math.min(error.length(), 1000)))
                .setParameter("now", Instant.now()).setParameter("id", id).setParameter("me", me)
                .executeUpdate()));
    }

    private void release(String id) {
        try {
            QuarkusTransaction.requiringNew().run(() -> entityManager.createQuery(
                            "update Job j set j.owner = null where j.id = :id and j.owner = :me")
                    .setParameter("id", id).setParameter("me", me).executeUpdate());
        } catch (RuntimeException e) {
            // the database is still away: the heartbeat stops, and the sweep resumes the job once it is stale
        }
    }

    private void beat() {
        try {
            QuarkusTransaction.requiringNew().run(() -> entityManager.createQuery(
                            "update Job j set j.heartbeatAt = :now where j.owner = :me and j.guardKey is not null")
                    .setParameter("now", Instant.now()).setParameter("me", me).executeUpdate());
        } catch (RuntimeException e) {
            LOG.debugf("job heartbeat failed: %s", e.getClass().getSimpleName());
        }
    }

    /** Takes up the jobs nobody runs: queued ones whose start was lost, and those whose runner stopped beating. */
    void sweep() {
        try {
            Instant stale = Instant.now().minus(staleAfter);
            List<String> orphans = QuarkusTransaction.requiringNew().call(() -> entityManager.createQuery(
                            "select j.id from Job j where j.guardKey is not null and j.kind in :kinds "
                                    + "and ((j.owner is null and (j.status = :running or j.createdAt < :recent)) "
                                    + "or j.heartbeatAt < :stale) order by j.createdAt", String.class)
                    .setParameter("kinds", handlers.keySet()).setParameter("running", Job.Status.RUNNING)
                    .setParameter("recent", Instant.now().minusSeconds(5)).setParameter("stale", stale)
                    .getResultList());
            for (String id : orphans) {
                runners.submit(() -> runIfClaimed(id));
            }
        } catch (RuntimeException e) {
            LOG.debugf("job sweep failed: %s", e.getClass().getSimpleName());
        }
    }

    private static String guardKey(String kind, String subject) {
        return kind + "|" + subject;
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }

    /** A running job as its handler sees it. */
    private final class Context implements JobContext {

        private final Job job;

        private Context(Job job) {
            this.job = job;
        }

        @Override
        public String jobId() {
            return job.id;
        }

        @Override
        public String startedBy() {
            return job.startedBy;
        }

        @Override
        public String subject() {
            return job.subject;
        }

        @Override
        public String params() {
            return job.params;
        }

        @Override
        public String checkpoint() {
            return job.checkpoint;
        }

        @Override
        public void progress(long done, Long total) {
            QuarkusTransaction.requiringNew().run(() -> update(null, done, total));
        }

        @Override
        public void checkpoint(String checkpoint, long done, Long total) {
            if (QuarkusTransaction.isActive()) {
                update(checkpoint, done, total);
            } else {
                QuarkusTransaction.requiringNew().run(() -> update(checkpoint, done, total));
            }
            job.checkpoint = checkpoint;
        }

        /** Fails (rolling back the caller's chunk) when another runner took the job over meanwhile. */
        private void update(String checkpoint, long done, Long total) {
            int updated = entityManager.createQuery("update Job j set j.done = :done, j.total = :total, "
                            + "j.heartbeatAt = :now, j.checkpoint = coalesce(:checkpoint, j.checkpoint) "
                            + "where j.id = :id and j.owner = :me")
                    .setParameter("done", done).setParameter("total", total).setParameter("now", Instant.now())
                    .setParameter("checkpoint", checkpoint).setParameter("id", job.id).setParameter("me", me)
                    .executeUpdate();
            if (updated == 0) {
                throw new IllegalStateException("job " + job.id + " was taken over by another runner");
            }
        }
    }

    /** Where a job's result is shown (only once it SUCCEEDED), or null. */
    public String resultLink(Job job) {
        JobHandler handler = handlers.get(job.kind);
        if (handler == null || job.status != Job.Status.SUCCEEDED) {
            return null;
        }
        try {
            return handler.resultLink(job);
        } catch (RuntimeException e) {
            LOG.warnf("no link to the result of job %s (%s)", job.id, e.getClass().getSimpleName());
            return null;
        }
    }

    /** What a job works on, as its page names it. */
    public String subjectLabel(Job job) {
        JobHandler handler = handlers.get(job.kind);
        return handler == null ? job.subject : handler.subjectLabel(job);
    }

    /** What a job of this kind is called on its page, in the language of the request. */
    public String title(String kind) {
        JobHandler handler = handlers.get(kind);
        return handler == null ? kind : handler.title();
    }

}
