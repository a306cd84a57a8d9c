-- A bank statement file uploaded on the screens, kept until its import has run as a background job of the platform
-- (platform_job, kind bank-import, subject the file's SHA-256): the job reads the file from here, so that any replica
-- can run it, or resume it after a crash. The file is kept in parts of at most 4 MB (bank_upload_part), below the
-- database's max_allowed_packet; the parts are deleted once the job succeeded or failed, and the upload row then
-- keeps only what the job came to.

CREATE TABLE bank_upload (
    id           CHAR(36)      NOT NULL,
    content_hash CHAR(64)      NOT NULL,
    -- the name the file had on the uploader's computer (a bank's export name), shown on the job's page
    file_name    VARCHAR(255)  NULL,
    format       VARCHAR(10)   NOT NULL,
    -- the columns of an online-donation export (CsvMapping as JSON): column names, no personal data
    csv_mapping  TEXT          NULL,
    size_bytes   BIGINT        NOT NULL,
    uploaded_by  VARCHAR(100)  NOT NULL,
    uploaded_at  TIMESTAMP(6)  NOT NULL,
    finished_at  TIMESTAMP(6)  NULL,
    result       TEXT          NULL,
    -- where the job's page links to: the statement's page, or the statements' list for a file of several
    result_link  VARCHAR(200)  NULL,
    error        VARCHAR(1000) NULL,
    PRIMARY KEY (id),
    KEY ix_upload_hash (content_hash)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The uploaded file, in order; personal data (names, IBANs, remittance texts) until the import is done.
CREATE TABLE bank_upload_part (
    upload_id CHAR(36)   NOT NULL,
    part_no   INT        NOT NULL,
    content   MEDIUMBLOB NOT NULL,
    PRIMARY KEY (upload_id, part_no),
    CONSTRAINT fk_upload_part_upload FOREIGN KEY (upload_id) REFERENCES bank_upload (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
