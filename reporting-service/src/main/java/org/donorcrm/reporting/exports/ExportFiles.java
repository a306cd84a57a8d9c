package org.donorcrm.reporting.exports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.sql.Blob;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The files the export jobs write (table {@code export_file}), one per job, each fetched by the person who started
 * its export (or an admin). Files are kept for {@link #KEPT}: writing a new one deletes those older, in the same
 * transaction.
 */
@ApplicationScoped
public class ExportFiles {

    /** How long an export file is kept. */
    public static final Duration KEPT = Duration.ofDays(7);

    /** A file as written, without its content. */
    public record Written(String id, String fileName, long rows) {
    }

    /** A file to download. */
    public record ExportFile(String id, String fileName, String mediaType, byte[] content, String createdBy) {
    }

    private final EntityManager em;

    public ExportFiles(EntityManager em) {
        this.em = em;
    }

    /** Stores a job's file and deletes the files older than {@link #KEPT}; the new file's id. */
    @Transactional
    public String store(String jobId, String fileName, String mediaType, byte[] content, long rows, String user) {
        Instant now = Instant.now();
        // found without locks, deleted by id: two exports written at once never lock a range of the other's
        List<?> old = em.createNativeQuery("select id from export_file where created_at < ?1")
                .setParameter(1, Timestamp.from(now.minus(KEPT))).getResultList();
        for (Object id : old) {
            em.createNativeQuery("delete from export_file where id = ?1").setParameter(1, id).executeUpdate();
        }
        String fileId = UUID.randomUUID().toString();
        em.createNativeQuery("insert into export_file (id, job_id, file_name, media_type, content, rows_written, "
                        + "created_at, created_by) values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)")
                .setParameter(1, fileId).setParameter(2, jobId).setParameter(3, fileName).setParameter(4, mediaType)
                .setParameter(5, content).setParameter(6, rows).setParameter(7, Timestamp.from(now))
                .setParameter(8, user).executeUpdate();
        return fileId;
    }

    /** The file a job wrote, if it wrote one (a resumed job's run before the crash). */
    @Transactional
    public Optional<Written> ofJob(String jobId) {
        List<Object[]> rows = em.createNativeQuery("select id, file_name, rows_written from export_file "
                + "where job_id = ?1", Object[].class).setParameter(1, jobId).getResultList();
        return rows.stream().findFirst().map(r -> new Written((String) r[0], (String) r[1],
                ((Number) r[2]).longValue()));
    }

    /** A file to download, unless it was deleted (older than {@link #KEPT}) or never was. */
    @Transactional
    public Optional<ExportFile> find(String id) {
        List<Object[]> rows = em.createNativeQuery("select id, file_name, media_type, content, created_by "
                + "from export_file where id = ?1 and created_at >= ?2", Object[].class)
                .setParameter(1, id).setParameter(2, Timestamp.from(Instant.now().minus(KEPT))).getResultList();
        return rows.stream().findFirst().map(r -> new ExportFile((String) r[0], (String) r[1], (String) r[2],
                bytes(r[3]), (String) r[4]));
    }

    private static byte[] bytes(Object value) {
        if (value instanceof Blob blob) {
            try {
                return blob.getBytes(1, (int) blob.length());
            } catch (SQLException e) {
                throw new IllegalStateException("export file not readable", e);
            }
        }
        return (byte[]) value;
    }
}
