package org.donorcrm.gift.bankimport;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.donorcrm.platform.consume.TransientRetry;
import org.donorcrm.platform.i18n.Formats;
import org.donorcrm.platform.i18n.Languages;
import org.donorcrm.platform.i18n.Texts;
import org.donorcrm.platform.jobs.Job;
import org.donorcrm.platform.jobs.JobAlreadyRunning;
import org.donorcrm.platform.jobs.JobContext;
import org.donorcrm.platform.jobs.JobHandler;
import org.donorcrm.platform.jobs.Jobs;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.donorcrm.gift.gift.Channel;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.UUID;

/**
 * The bank import of the screens as a background job of the platform's facility (kind {@value #KIND}): the upload
 * stores the file ({@link BankUpload}, its bytes in parts) in one short transaction and starts a job whose subject is
 * the file's SHA-256, so the same file imports once at a time across every replica (a second start is
 * {@link JobAlreadyRunning}); the browser goes to the job's page ({@code /jobs/{id}}) at once. The job streams the
 * stored parts into the staging tables ({@link BankImportService#stageCamt}/{@link BankImportService#stageCsv}) and
 * books them in chunks ({@link BankImportService#book}), writing its checkpoint {@value #BOOKED}{@code <seq>} in each
 * chunk's transaction and reporting the transactions done of the file's total; its result is a short summary with the
 * statement's address, in the language the upload was made in. A refused file fails the job with the parser's reason.
 * Once the job succeeded or failed, the file's bytes and its staged rows are deleted and the upload keeps only what
 * the job came to.
 * <p>
 * A run that is resumed after a crash (the platform runs it again, on any replica) starts after its last committed
 * chunk when its file was staged, and otherwise stages the file again: the statement's bank identity
 * ({@code uk_statement_identity}) and each transaction's bank references ({@code uk_entry_key}) find what was booked
 * before, and nothing is booked twice ({@code BankImportStreamTest}, {@code BankImportJobTest}). A resumed run after
 * the outcome was written answers that outcome again.
 */
@ApplicationScoped
public class BankImportJob implements JobHandler {

    public static final String KIND = "bank-import";
    /** The file is kept in parts of this size: below max_allowed_packet of MySQL (64 MB) and MariaDB (16 MB). */
    static final int PART_BYTES = 2 * 1024 * 1024;
    /** The checkpoint of a run that started staging the file: a run that finds it is a resumption, and stages again. */
    static final String BOOKING = "booking";
    /** The checkpoint of a run whose file is staged: {@code booked:<seq>}, the last seq booked (0: none yet). */
    static final String BOOKED = "booked:";
    /** Progress goes to the job's row at most about this often (each report is a transaction of its own). */
    private static final long PROGRESS_EVERY_NANOS = 1_000_000_000L;

    /** The job's input: which upload, and the language of the person who started it. No personal data. */
    public record Params(String upload, String language) {
    }

    /** A file the job refused (or could not import): the job fails with this message, which holds no personal data. */
    static final class ImportRefused extends Exception {

        ImportRefused(String message) {
            super(message);
        }
    }

    private final EntityManager entityManager;
    private final BankImportService imports;
    private final Jobs jobs;
    private final ObjectMapper json;
    private final Staging staging;
    private final DataSource dataSource;

    public BankImportJob(EntityManager entityManager, BankImportService imports, Jobs jobs, ObjectMapper json,
                         Staging staging, DataSource dataSource) {
        this.staging = staging;
        this.dataSource = dataSource;
        this.entityManager = entityManager;
        this.imports = imports;
        this.jobs = jobs;
        this.json = json;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public String title() {
        return Texts.of(ImportMsg.class).importJobTitle();
    }

    /** The statement's page (or the statements' list, for a file of several statements). */
    @Override
    public String resultLink(Job job) {
        return upload(job).map(u -> u.resultLink).orElse(null);
    }

    /** The file's name as it was uploaded. */
    @Override
    public String subjectLabel(Job job) {
        return upload(job).map(u -> u.fileName).orElse(Texts.of(ImportMsg.class).importFile());
    }

    private Optional<BankUpload> upload(Job job) {
        try {
            String id = json.readValue(job.params, Params.class).upload();
            return Optional.ofNullable(QuarkusTransaction.requiringNew().call(() ->
                    entityManager.find(BankUpload.class, id)));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * Stores the uploaded file and starts its import in the background; returns the job at once.
     *
     * @param mapping  the columns of a CSV file; null for CAMT.053
     * @param language the language of the person uploading ("nl", "en"), which the job's result is written in
     * @throws JobAlreadyRunning when the same file is being imported (409); nothing is stored then
     */
    public Job start(Path file, String fileName, BankUpload.Format format, CsvMapping mapping, String user,
                     String language) {
        String hash = sha256(file);
        jobs.running(KIND, hash).ifPresent(running -> {
            throw new JobAlreadyRunning(KIND, hash, running.id);
        });
        String uploadId = store(file, fileName, hash, format, mapping, user);
        try {
            return jobs.start(KIND, hash, write(new Params(uploadId, Languages.code(Languages.of(language)))), user);
        } catch (RuntimeException e) {
            // not started (the same file started a moment ago on another replica): the file goes
            QuarkusTransaction.requiringNew().run(() -> {
                deleteParts(uploadId);
                entityManager.createQuery("delete from BankUpload u where u.id = :id").setParameter("id", uploadId)
                        .executeUpdate();
            });
            throw e;
        }
    }

    /** The bank imports queued or running now, on any replica, oldest first. */
    public List<Job> running() {
        return QuarkusTransaction.requiringNew().call(() -> entityManager.createQuery(
                        "from Job j where j.kind = :kind and j.guardKey is not null order by j.createdAt", Job.class)
                .setParameter("kind", KIND).getResultList());
    }

    /**
     * The import job that is booking this statement now, if one is (a statement exists from its first chunk on, and
     * its page shows how far the booking is); empty for a statement whose import is done, or that came in through
     * the synchronous API.
     */
    public Optional<Job> booking(String statementId) {
        List<?> uploads = QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                        "select upload_id from bank_staged_statement where statement_id = ?1")
                .setParameter(1, statementId).getResultList());
        if (uploads.isEmpty()) {
            return Optional.empty();
        }
        String upload = "\"upload\":\"" + uploads.get(0) + "\"";
        return running().stream().filter(job -> job.params != null && job.params.contains(upload)).findFirst();
    }

    @Override
    public String run(JobContext context) throws Exception {
        Params params = json.readValue(context.params(), Params.class);
        ImportMsg texts = MessageBundles.get(ImportMsg.class, Localized.Literal.of(params.language()));
        BankUpload upload = QuarkusTransaction.requiringNew().call(() ->
                entityManager.find(BankUpload.class, params.upload()));
        if (upload == null) {
            throw new ImportRefused(texts.importUploadGone());
        }
        if (upload.finishedAt != null) {
            // resumed after the outcome was written, before the job was marked ended: the same outcome again
            if (upload.error != null) {
                throw new ImportRefused(upload.error);
            }
            return upload.result;
        }
        String checkpoint = context.checkpoint();
        boolean resumed = checkpoint != null;
        int attempt = attempts(context.jobId());
        BankImportService.Imported imported;
        try {
            imported = book(upload, context, checkpoint);
        } catch (StatementRejected e) {
            String error = texts.importRefused(texts.refusal(e.reason().name(), e.arg(0), e.arg(1), e.arg(2)));
            finish(upload.id, null, null, error);
            throw new ImportRefused(error);
        } catch (RuntimeException e) {
            if (TransientRetry.isTransient(e) || Thread.currentThread().isInterrupted()
                    || attempts(context.jobId()) != attempt) {
                // the database went away, the service is stopping, or another runner took the job over: the job
                // is resumed (here or elsewhere), and needs the file
                throw e;
            }
            String error = texts.importFailed(e.getClass().getSimpleName());
            finish(upload.id, null, null, error);
            throw new ImportRefused(error);
        }
        String result = summary(imported, resumed, texts);
        List<BankStatement> statements = imported.statements();
        finish(upload.id, result, statements.size() == 1 ? "/bank/statements/" + statements.get(0).id : "/bank",
                null);
        return result;
    }

    /**
     * Stages the file (unless a resumed run finds it staged: its checkpoint is {@value #BOOKED}{@code <seq>}), then
     * books it in chunks, each chunk's checkpoint written in the chunk's transaction.
     */
    private BankImportService.Imported book(BankUpload upload, JobContext context, String checkpoint) {
        long after = 0;
        if (checkpoint != null && checkpoint.startsWith(BOOKED)) {
            after = Long.parseLong(checkpoint.substring(BOOKED.length()));
        } else {
            context.checkpoint(BOOKING, 0, null);
            try (InputStream content = new PartsInputStream(upload.id)) {
                if (upload.format == BankUpload.Format.CSV) {
                    imports.stageCsv(upload.id, content, read(upload.csvMapping, CsvMapping.class));
                } else {
                    imports.stageCamt(upload.id, content);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            context.checkpoint(BOOKED + 0, 0, null);
        }
        String source = upload.format == BankUpload.Format.CSV ? "CSV" : "CAMT053";
        Channel channel = upload.format == BankUpload.Format.CSV ? Channel.ONLINE : Channel.BANK_TRANSFER;
        return imports.book(upload.id, source, channel, context.startedBy(), after, throttled(context),
                (seq, total) -> context.checkpoint(BOOKED + seq, seq, total));
    }

    /**
     * The stored file as a stream, read one part ({@value #PART_BYTES} bytes) at a time with plain JDBC
     * ({@code ResultSet.getBinaryStream}): never the whole file in memory.
     */
    private final class PartsInputStream extends InputStream {

        private final String uploadId;
        private int next;
        private InputStream current = InputStream.nullInputStream();
        private boolean done;

        private PartsInputStream(String uploadId) {
            this.uploadId = uploadId;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            while (!done) {
                int read = current.read(buffer, offset, length);
                if (read >= 0) {
                    return read;
                }
                current = part(next++);
            }
            return -1;
        }

        private InputStream part(int partNo) throws IOException {
            try (Connection connection = dataSource.getConnection();
                 PreparedStatement select = connection.prepareStatement(
                         "select content from bank_upload_part where upload_id = ? and part_no = ?")) {
                select.setString(1, uploadId);
                select.setInt(2, partNo);
                try (ResultSet row = select.executeQuery()) {
                    if (!row.next()) {
                        done = true;
                        return InputStream.nullInputStream();
                    }
                    try (InputStream in = row.getBinaryStream(1)) {
                        // one part (2 MB) at a time, off the connection before it goes back to the pool
                        return new ByteArrayInputStream(in.readAllBytes());
                    }
                }
            } catch (SQLException e) {
                throw new IOException("reading part " + partNo + " of the upload failed", e);
            }
        }
    }

    /** Passes the booking's progress on to the job's row about once a second, and always its end. */
    private static BankImportService.Progress throttled(JobContext context) {
        long[] reported = {System.nanoTime() - PROGRESS_EVERY_NANOS};
        return (done, total) -> {
            long now = System.nanoTime();
            if (done == total || now - reported[0] >= PROGRESS_EVERY_NANOS) {
                context.progress(done, total);
                reported[0] = now;
            }
        };
    }

    /**
     * "Ingelezen: 1 afschrift met 3 bijschrijvingen (€ 77,50), waarvan 2 als gift geboekt en 1 te beoordelen. Het
     * afschrift: /bank/statements/…", or that the file had been imported before; the counts are the statements' now.
     */
    private String summary(BankImportService.Imported imported, boolean resumed, ImportMsg texts) {
        List<BankStatement> statements = imported.statements();
        long credits = 0;
        BigDecimal creditTotal = BigDecimal.ZERO.setScale(2);
        long booked = 0;
        long review = 0;
        long waiting = 0;
        for (BankStatement statement : statements) {
            credits += statement.creditCount;
            creditTotal = creditTotal.add(statement.creditTotal);
            Map<EntryStatus, Object[]> totals = QuarkusTransaction.requiringNew().call(() ->
                    imports.totalsByStatus(statement.id));
            booked += count(totals, EntryStatus.MATCHED);
            review += count(totals, EntryStatus.REVIEW);
            waiting += count(totals, EntryStatus.TO_MATCH);
        }
        StringBuilder text = new StringBuilder();
        // a resumed run finds what its first run booked: that is not an import of the same file "before"
        if (imported.replayed() && !resumed) {
            text.append(texts.importAgain());
        } else {
            text.append(texts.importSummary(statements.size(), Formats.number(statements.size()),
                    Formats.number(credits), credits, Formats.money(creditTotal), Formats.number(booked),
                    Formats.number(review)));
            if (waiting > 0) {
                // donor-service could not be asked: these are matched once it answers (ToMatchRetry)
                text.append(' ').append(texts.waitingForDonorService(waiting));
            }
        }
        return text.toString();
    }

    private static long count(Map<EntryStatus, Object[]> totals, EntryStatus status) {
        Object[] row = totals.get(status);
        return row == null ? 0 : (Long) row[0];
    }

    /** The outcome, written once the job succeeded or failed; the file's bytes go. */
    private void finish(String uploadId, String result, String link, String error) {
        TransientRetry.run(() -> staging.delete(uploadId));
        TransientRetry.run(() -> QuarkusTransaction.requiringNew().run(() -> {
            deleteParts(uploadId);
            BankUpload upload = entityManager.find(BankUpload.class, uploadId);
            upload.finishedAt = Instant.now();
            upload.result = result;
            upload.resultLink = link;
            upload.error = error;
        }));
    }

    private int attempts(String jobId) {
        return jobs.find(jobId).map(job -> job.attempts).orElse(-1);
    }

    /** Stores the file in one short transaction, in parts of {@value #PART_BYTES} bytes; the upload's id. */
    private String store(Path file, String fileName, String hash, BankUpload.Format format, CsvMapping mapping,
                         String user) {
        String id = UUID.randomUUID().toString();
        QuarkusTransaction.requiringNew().run(() -> {
            BankUpload upload = new BankUpload();
            upload.id = id;
            upload.contentHash = hash;
            upload.fileName = fileName == null || fileName.isBlank() ? null
                    : fileName.strip().substring(0, Math.min(255, fileName.strip().length()));
            upload.format = format;
            upload.csvMapping = mapping == null ? null : write(mapping);
            upload.uploadedBy = user;
            upload.uploadedAt = Instant.now();
            try (InputStream in = Files.newInputStream(file)) {
                upload.sizeBytes = Files.size(file);
                entityManager.persist(upload);
                entityManager.flush();
                int partNo = 0;
                byte[] part;
                while ((part = in.readNBytes(PART_BYTES)).length > 0) {
                    entityManager.createNativeQuery("insert into bank_upload_part (upload_id, part_no, content) "
                                    + "values (?1, ?2, ?3)")
                            .setParameter(1, id).setParameter(2, partNo++).setParameter(3, part).executeUpdate();
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return id;
    }

    private void deleteParts(String uploadId) {
        entityManager.createNativeQuery("delete from bank_upload_part where upload_id = ?1")
                .setParameter(1, uploadId).executeUpdate();
    }

    static String sha256(Path file) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
                in.transferTo(OutputStream.nullOutputStream());
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private <T> T read(String text, Class<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
