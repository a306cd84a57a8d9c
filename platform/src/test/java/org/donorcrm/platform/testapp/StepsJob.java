package org.donorcrm.platform.testapp;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.donorcrm.platform.jobs.JobContext;
import org.donorcrm.platform.jobs.JobHandler;

/**
 * A job of {@value #STEPS} steps, each committed with its checkpoint in one transaction (a row in
 * {@code test_job_step}), as a real job commits its chunks. After step {@value #HOLD_AT} it passes the {@link Gate},
 * where a test can hold it. A resumed run starts after its checkpoint. Params "fail" make it fail at once.
 */
@ApplicationScoped
public class StepsJob implements JobHandler {

    public static final String KIND = "steps";
    public static final int STEPS = 10;
    public static final int HOLD_AT = 3;
    public static final String FAILURE = "The file has no header line.";

    private final Gate gate;
    private final EntityManager entityManager;

    public StepsJob(Gate gate, EntityManager entityManager) {
        this.gate = gate;
        this.entityManager = entityManager;
    }

    @Override
    public String kind() {
        return KIND;
    }

    /** The page of what the steps worked on. */
    @Override
    public String resultLink(org.donorcrm.platform.jobs.Job job) {
        return "/statements/" + job.subject;
    }

    @Override
    public String subjectLabel(org.donorcrm.platform.jobs.Job job) {
        return "steps for " + job.subject;
    }

    @Override
    public String run(JobContext context) throws Exception {
        gate.started(context.subject(), context.checkpoint());
        try {
            if ("fail".equals(context.params())) {
                throw new IllegalArgumentException(FAILURE);
            }
            int from = context.checkpoint() == null ? 0 : Integer.parseInt(context.checkpoint());
            context.progress(from, (long) STEPS);
            for (int step = from + 1; step <= STEPS; step++) {
                int done = step;
                QuarkusTransaction.requiringNew().run(() -> {
                    entityManager.createNativeQuery("insert into test_job_step (job_id, step) values (?1, ?2)")
                            .setParameter(1, context.jobId()).setParameter(2, done).executeUpdate();
                    context.checkpoint(String.valueOf(done), done, (long) STEPS);
                });
                if (step == HOLD_AT) {
                    gate.pass(context.subject());
                }
            }
            return (STEPS - from) + " steps done after step " + from;
        } finally {
            gate.ended(context.subject());
        }
    }
}
