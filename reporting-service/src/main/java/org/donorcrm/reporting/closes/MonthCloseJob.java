package org.donorcrm.reporting.closes;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import org.donorcrm.platform.http.Conflict;
import org.donorcrm.platform.http.RuleViolation;
import org.donorcrm.platform.i18n.Texts;
import org.donorcrm.platform.jobs.Job;
import org.donorcrm.platform.jobs.JobAlreadyRunning;
import org.donorcrm.platform.jobs.JobContext;
import org.donorcrm.platform.jobs.JobHandler;
import org.donorcrm.platform.jobs.Jobs;
import org.donorcrm.reporting.JobLanguage;
import org.donorcrm.reporting.JobMsg;
import org.donorcrm.reporting.figures.KeyFigures;

import java.time.YearMonth;
import java.util.Optional;

/**
 * A month close as a background job of the platform's facility (kind {@value #KIND}, subject the month as
 * {@code YYYY-MM}: one close of a month at a time across every replica, its progress on its page {@code /jobs/{id}}):
 * it runs {@link MonthCloses#close}, reporting each KPI frozen, done of all. The close is one transaction, so a run
 * that crashed left the whole close or none of it; a resumed run finds the month closed and ends pointing at that
 * close (never a second one), or closes it. The job's params are the code of the language it was started in, in
 * which it writes what it came to.
 */
@ApplicationScoped
public class MonthCloseJob implements JobHandler {

    public static final String KIND = "month-close";

    private final MonthCloses closes;
    private final Jobs jobs;

    public MonthCloseJob(MonthCloses closes, Jobs jobs) {
        this.closes = closes;
        this.jobs = jobs;
    }

    /**
     * Starts the close of a month in the background and returns its job at once, after checking that the month may
     * be closed (so that what is wrong is said at once, not on the job's page).
     *
     * @throws RuleViolation     (422) for a month still running
     * @throws Conflict          (409) for a month closed before
     * @throws JobAlreadyRunning (409) when the month's close is queued or running (the screen follows that job)
     */
    public Job start(int year, int month, String actor) {
        closes.checkClosable(year, month);
        return jobs.start(KIND, subject(year, month), JobLanguage.current(), actor);
    }

    /** The close of this month queued or running now, if any. */
    public Optional<Job> running(int year, int month) {
        return jobs.running(KIND, subject(year, month));
    }

    /** The month as the job's subject: 2026-03. */
    public static String subject(int year, int month) {
        return YearMonth.of(year, month).toString();
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public String title() {
        return Texts.of(JobMsg.class).closeJobTitle();
    }

    /** The close's page: its frozen figures. */
    @Override
    public String resultLink(Job job) {
        YearMonth month = YearMonth.parse(job.subject);
        return "/closes/" + month.getYear() + "/" + month.getMonthValue();
    }

    @Override
    @ActivateRequestContext // its reads run outside a transaction, which needs a request context
    public String run(JobContext context) {
        YearMonth month = YearMonth.parse(context.subject());
        int year = month.getYear();
        int m = month.getMonthValue();
        long total = KeyFigures.CLOSE_KPIS.size();
        context.progress(0, total);
        if (closes.summary(year, m).isEmpty()) {
            try {
                closes.close(year, m, context.startedBy(), (done, all) -> context.progress(done, (long) all));
            } catch (Conflict e) {
                // closed meanwhile, through the API: the job ends pointing at that close
            }
        }
        MonthCloses.CloseSummary close = closes.summary(year, m)
                .orElseThrow(() -> new IllegalStateException(month + " was not closed"));
        context.progress(total, total);
        return JobLanguage.bundle(JobMsg.class, context.params()).closeJobDone(year, m, close.closedBy());
    }
}
