package org.donorcrm.donor.statement;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import org.donorcrm.donor.StatementRunMsg;
import org.donorcrm.donor.donor.DonorGone;
import org.donorcrm.donor.donor.DonorMoved;
import org.donorcrm.donor.mail.MailMessage;
import org.donorcrm.donor.mail.MailQueue;
import org.donorcrm.platform.i18n.Formats;
import org.donorcrm.platform.i18n.Languages;
import org.donorcrm.platform.i18n.Texts;
import org.donorcrm.platform.jobs.Job;
import org.donorcrm.platform.jobs.JobContext;
import org.donorcrm.platform.jobs.JobHandler;
import org.donorcrm.platform.jobs.Jobs;

import java.util.List;
import java.util.Optional;

/**
 * The annual statements of all donors of a year, as a background job of the platform (kind {@value #KIND}, subject
 * the year, so one run per year at a time): it makes the statement PDF of every donor of the year's run
 * ({@link StatementRuns}) and stores it, one donor per transaction together with its checkpoint (the donor number),
 * reporting progress. A resumed run starts after its checkpoint and skips a donor already stored for the run, so no
 * donor is stored twice. A donor erased or merged after the run found them is left out. Started with "ook per
 * e-mail versturen" (its params), the run also queues, in the same transaction as each stored statement, the e-mail
 * with that statement to a donor who may get it by e-mail ({@link StatementMails}); a donor gets one per year at
 * most, so a resumed or repeated run mails nobody twice. What it came to ("312 jaaroverzichten, waarvan 120 per
 * e-mail, 4 overgeslagen (geen adres)") is written in the language the run was started in (its params); its result
 * is the run's page with the zip.
 */
@ApplicationScoped
public class AnnualStatementRun implements JobHandler {

    public static final String KIND = "annual-statements";
    /** The params' mark of a run that also e-mails the statements: {@code nl;email}. */
    private static final String BY_EMAIL = ";email";

    private final StatementRuns runs;
    private final StatementMails mails;
    private final MailQueue queue;
    private final Jobs jobs;

    public AnnualStatementRun(StatementRuns runs, StatementMails mails, MailQueue queue, Jobs jobs) {
        this.runs = runs;
        this.mails = mails;
        this.queue = queue;
        this.jobs = jobs;
    }

    /**
     * Starts the run of a year in the background and returns its job at once.
     *
     * @throws org.donorcrm.platform.jobs.JobAlreadyRunning when the year's run is queued or running
     */
    public Job start(int year, boolean byEmail, String user) {
        return jobs.start(KIND, String.valueOf(year), Languages.code(Languages.current()) + (byEmail ? BY_EMAIL : ""),
                user);
    }

    /** Whether the run (by its params) also e-mails the statements. */
    public static boolean byEmail(String params) {
        return params != null && params.endsWith(BY_EMAIL);
    }

    /** The language the run was started in (its params without the e-mail mark). */
    private static String language(String params) {
        return params == null ? null : params.split(";", 2)[0];
    }

    /** A run of a year as the signed-in person may see it: one they started (an admin: any), else empty. */
    public Optional<Job> visible(String jobId, String user, boolean admin) {
        return jobs.find(jobId).filter(job -> KIND.equals(job.kind))
                .filter(job -> admin || job.startedBy.equals(user));
    }

    /** The runs of a year, newest first: the person's own (an admin: everyone's), of their latest 50 jobs. */
    public List<Job> ofYear(int year, String user, boolean admin) {
        return jobs.latest(admin ? null : user, 50).stream()
                .filter(job -> KIND.equals(job.kind) && job.subject.equals(String.valueOf(year))).toList();
    }

    /** The year's run queued or running, if any. */
    public Optional<Job> running(int year) {
        return jobs.running(KIND, String.valueOf(year));
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public String title() {
        return Texts.of(StatementRunMsg.class).jobTitle();
    }

    /** The run's page: what it came to and its zip. */
    @Override
    public String resultLink(Job job) {
        return "/annual-statements/runs/" + job.id;
    }

    @Override
    @ActivateRequestContext // its reads run outside a request
    public String run(JobContext context) {
        int year = Integer.parseInt(context.subject());
        boolean byEmail = byEmail(context.params());
        long after = context.checkpoint() == null ? 0 : Long.parseLong(context.checkpoint());
        long total = runs.reachable(year);
        long done = runs.stored(context.jobId());
        context.progress(done, total);
        List<StatementRuns.Candidate> candidates = runs.candidates(year, after);
        for (StatementRuns.Candidate candidate : candidates) {
            long before = done;
            try {
                boolean stored = QuarkusTransaction.requiringNew().call(() -> {
                    boolean now = runs.store(context.jobId(), year, candidate.donorId());
                    if (byEmail) {
                        // also when stored by an earlier attempt of the run: queued once per donor and year anyway
                        mails.queue(context.jobId(), year, candidate.donorId(), context.startedBy());
                    }
                    long counted = now ? before + 1 : before;
                    context.checkpoint(String.valueOf(candidate.number()), counted, Math.max(total, counted));
                    return now;
                });
                if (stored) {
                    done++;
                }
            } catch (DonorGone | DonorMoved gone) {
                // erased or merged since the run found them: no statement (a merged donor's gifts are its survivor's)
            }
        }
        StatementRunMsg msg = MessageBundles.get(StatementRunMsg.class,
                Localized.Literal.of(Languages.code(Languages.of(language(context.params())))));
        String stored = Formats.number(runs.stored(context.jobId()));
        String skipped = Formats.number(runs.withoutAddress(year));
        return byEmail ? msg.doneByEmail(stored, Formats.number(queue.ofRun(context.jobId(),
                MailMessage.Kind.ANNUAL_STATEMENT)), skipped) : msg.done(stored, skipped);
    }
}
