package org.donorcrm.gift.sepa;

import jakarta.enterprise.context.ApplicationScoped;
import org.donorcrm.gift.gift.GiftService;
import org.donorcrm.platform.i18n.Formats;
import org.donorcrm.platform.i18n.Texts;
import org.donorcrm.platform.jobs.Job;
import org.donorcrm.platform.jobs.JobContext;
import org.donorcrm.platform.jobs.JobHandler;
import org.donorcrm.platform.jobs.Jobs;

import io.quarkus.scheduler.Scheduled;

import java.time.LocalDate;

/**
 * Every night the mandates unused for 36 months lapse ({@link MandateService#lapse}). Each replica's timer fires;
 * {@link Jobs#startOnce} lets exactly one of them start the night's job (subject: the date in Amsterdam), which runs
 * on one replica and is resumed on another if that one is lost. A rerun lapses nothing twice: only ACTIVE mandates
 * lapse, and the first run left none of them due.
 */
@ApplicationScoped
public class MandateLapseJob implements JobHandler {

    public static final String KIND = "mandate-lapse";

    private final MandateService mandates;
    private final Jobs jobs;

    public MandateLapseJob(MandateService mandates, Jobs jobs) {
        this.mandates = mandates;
        this.jobs = jobs;
    }

    @Scheduled(cron = "{crm.sepa.lapse-cron:0 30 2 * * ?}", timeZone = "Europe/Amsterdam",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void nightly() {
        startTonight(LocalDate.now(GiftService.AMSTERDAM));
    }

    /** Starts the night's job unless a replica already did; true when this call started it. */
    public boolean startTonight(LocalDate night) {
        return jobs.startOnce(KIND, night.toString(), null).isPresent();
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public String title() {
        return Texts.of(SepaMsg.class).lapseJobTitle();
    }

    @Override
    public String subjectLabel(Job job) {
        return Texts.of(SepaMsg.class).lapseJobSubject(Formats.shortDate(LocalDate.parse(job.subject)));
    }

    @Override
    public String run(JobContext context) {
        int lapsed = mandates.lapse(LocalDate.parse(context.subject()), Jobs.SCHEDULE);
        context.progress(1, 1L);
        return Texts.of(SepaMsg.class).lapseJobResult(lapsed);
    }
}
