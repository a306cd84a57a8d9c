package org.donorcrm.reporting.exports;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import org.donorcrm.platform.i18n.Texts;
import org.donorcrm.platform.jobs.Job;
import org.donorcrm.platform.jobs.JobContext;
import org.donorcrm.platform.jobs.JobHandler;
import org.donorcrm.platform.jobs.Jobs;
import org.donorcrm.reporting.JobLanguage;
import org.donorcrm.reporting.JobMsg;
import org.donorcrm.reporting.Msg;
import org.donorcrm.reporting.figures.DrillDown;
import org.donorcrm.reporting.figures.FigureTables;
import org.donorcrm.reporting.figures.PagePeriod;
import org.donorcrm.reporting.table.Table;
import org.donorcrm.reporting.table.TableExports;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The export of a long table ({@link Table#EXPORTED_IN_BACKGROUND}: the allocations behind a figure, LYBUNT,
 * SYBUNT) as a background job of the platform's facility (kind {@value #KIND}): it builds the table of the screen's
 * query, writes it as CSV or XLSX reporting the rows written of all, and stores the file ({@link ExportFiles}); what
 * it came to names the file's download, {@code /exports/files/{id}}. The subject is the file, the query and the
 * person who asked for it, so that the same export asked twice while it runs is the one job (a colleague asking
 * the same gets a job and a file of their own). A resumed run finds the file its run before the crash stored (one
 * file per job) or writes it again from the start. Headers and codes are in the language the export was asked in.
 */
@ApplicationScoped
public class ExportJob implements JobHandler {

    public static final String KIND = "export";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String CSV = "text/csv; charset=UTF-8";
    /** Progress goes to the job's row at most this often (each report is a transaction of its own). */
    private static final long PROGRESS_EVERY_NANOS = 1_000_000_000L;
    /** The longest subject a job has (the platform's column). */
    private static final int SUBJECT_LENGTH = 200;

    /**
     * A job's input: the table, the file's format (csv or xlsx), the screen's query as the screen's links write it
     * (period and filters; ids and codes, never personal data) and the language to write headers and codes in.
     */
    public record Params(String table, String format, String query, String language) {
    }

    private final FigureTables tables;
    private final ExportFiles files;
    private final Jobs jobs;
    private final ObjectMapper objectMapper;

    public ExportJob(FigureTables tables, ExportFiles files, Jobs jobs, ObjectMapper objectMapper) {
        this.tables = tables;
        this.files = files;
        this.jobs = jobs;
        this.objectMapper = objectMapper;
    }

    /**
     * Starts the export in the background and returns its job at once.
     *
     * @param query the screen's period and filters, e.g. {@code year=2026&earmarkClass=UNEARMARKED} (checked)
     * @throws org.donorcrm.platform.jobs.JobAlreadyRunning when this person's same export is queued or running
     */
    public Job start(String table, String format, String query, String user) {
        Params params = new Params(table, format, query, JobLanguage.current());
        try {
            return jobs.start(KIND, subject(table + "." + format + "?" + query, user),
                    objectMapper.writeValueAsString(params), user);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("export params not writable", e);
        }
    }

    /**
     * "allocations.csv?year=2026 · femke": the export and who asked for it; one that would be longer than a job's
     * subject is cut and ends in a hash of the whole, so that two different exports never share a subject.
     */
    static String subject(String export, String user) {
        String subject = export + " · " + user;
        if (subject.length() <= SUBJECT_LENGTH) {
            return subject;
        }
        try {
            String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(subject.getBytes(StandardCharsets.UTF_8))).substring(0, 16);
            return subject.substring(0, SUBJECT_LENGTH - hash.length() - 1) + "#" + hash;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public String title() {
        return Texts.of(JobMsg.class).exportJobTitle();
    }

    /** The file's download (for its starter or an admin; the file is kept 7 days). */
    @Override
    public String resultLink(Job job) {
        return files.ofJob(job.id).map(file -> "/exports/files/" + file.id()).orElse(null);
    }

    @Override
    @ActivateRequestContext // its reads run outside a transaction, which needs a request context
    public String run(JobContext context) throws JsonProcessingException {
        Params params = objectMapper.readValue(context.params(), Params.class);
        JobMsg msg = JobLanguage.bundle(JobMsg.class, params.language());
        Optional<ExportFiles.Written> written = files.ofJob(context.jobId());
        if (written.isPresent()) { // stored by this job's run before its runner died
            ExportFiles.Written file = written.get();
            return msg.exportJobDone(file.fileName(), (int) file.rows());
        }
        Table table = table(params, JobLanguage.bundle(Msg.class, params.language()));
        long total = table.rows().size();
        context.progress(0, total);
        long[] reported = {System.nanoTime()};
        TableExports.RowsWritten progress = rows -> {
            if (System.nanoTime() - reported[0] > PROGRESS_EVERY_NANOS) {
                context.progress(rows, total);
                reported[0] = System.nanoTime();
            }
        };
        boolean csv = params.format().equals("csv");
        byte[] content = csv ? TableExports.csv(table, progress).getBytes(StandardCharsets.UTF_8)
                : TableExports.xlsx(table, progress);
        String fileName = table.name() + "." + params.format();
        files.store(context.jobId(), fileName, csv ? CSV : XLSX, content, total, context.startedBy());
        context.progress(total, total);
        return msg.exportJobDone(fileName, (int) total);
    }

    /** The table of the screen's query, every row (up to {@link FigureTables#MAX_EXPORT_ROWS}), donors by id. */
    private Table table(Params params, Msg msg) {
        Map<String, String> query = query(params.query());
        return switch (params.table()) {
            case "allocations" -> {
                PagePeriod period = new PagePeriod();
                period.year = query.get("year");
                period.month = query.get("month");
                period.quarter = query.get("quarter");
                period.asOf = query.get("asOf");
                DrillDown drill = new DrillDown();
                drill.earmarkClass = query.get("earmarkClass");
                drill.incomeCategory = query.get("incomeCategory");
                drill.donorKind = query.get("donorKind");
                drill.institutional = query.get("institutional");
                drill.campaignId = query.get("campaignId");
                drill.donorId = query.get("donorId");
                drill.fundCode = query.get("fundCode");
                yield tables.allocations(drill.filter(period.period()), msg);
            }
            case "lybunt", "sybunt" -> tables.lapsed(LocalDate.parse(query.get("asOf")),
                    params.table().equals("lybunt"), msg);
            default -> throw new IllegalArgumentException("no background export of " + params.table());
        };
    }

    /** "year=2026&earmarkClass=UNEARMARKED" as names and values (the screens' codes and ids: nothing to decode). */
    private static Map<String, String> query(String query) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String pair : query.split("&")) {
            int at = pair.indexOf('=');
            if (at > 0) {
                values.put(pair.substring(0, at), pair.substring(at + 1));
            }
        }
        return values;
    }
}
