package org.donorcrm.gift.bankimport;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * A statement file uploaded on the screens, waiting for (or done with) its import job, {@link BankImportJob}. The
 * file itself is in {@code bank_upload_part}, in parts, until the job succeeded or failed; then the parts are deleted
 * and this row keeps what the job came to ({@link #result} or {@link #error}), which a resumed run of the same job
 * answers again.
 */
@Entity
@Table(name = "bank_upload")
public class BankUpload {

    /** CAMT.053 or an online-donation export with a column mapping. */
    public enum Format { CAMT053, CSV }

    @Id
    @Column(length = 36)
    public String id;

    /** The SHA-256 of the file: the job's subject, so that the same file imports once at a time. */
    @Column(name = "content_hash", length = 64, nullable = false)
    public String contentHash;

    /** The file's name on the uploader's computer, shown on the job's page. */
    @Column(name = "file_name", length = 255)
    public String fileName;

    @Enumerated(EnumType.STRING)
    @Column(length = 10, nullable = false)
    public Format format;

    /** The {@link CsvMapping} of a CSV file as JSON (column names only). */
    @Column(name = "csv_mapping", columnDefinition = "TEXT")
    public String csvMapping;

    @Column(name = "size_bytes", nullable = false)
    public long sizeBytes;

    @Column(name = "uploaded_by", length = 100, nullable = false)
    public String uploadedBy;

    @Column(name = "uploaded_at", nullable = false)
    public Instant uploadedAt;

    /** When its job succeeded or failed (the file is gone then); null while it waits or runs. */
    @Column(name = "finished_at")
    public Instant finishedAt;

    @Column(columnDefinition = "TEXT")
    public String result;

    /** The page the finished job links to: the statement's, or the statements' list. */
    @Column(name = "result_link", length = 200)
    public String resultLink;

    @Column(length = 1000)
    public String error;
}
