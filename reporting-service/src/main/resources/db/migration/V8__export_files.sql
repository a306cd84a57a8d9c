-- Export files: a long table (the allocations behind a figure, LYBUNT, SYBUNT) exported from a screen is written by a
-- background job (kind 'export') into this table; the job's page links its download, /exports/files/{id}, which only
-- the person who started the export (and an admin) may fetch. Donor cells hold ids only, as in every export. A file
-- is kept for 7 days: writing a new one deletes those older. One file per job (a resumed job finds the file it wrote
-- before its runner died).
CREATE TABLE export_file (
    id           CHAR(36)     NOT NULL,
    job_id       CHAR(36)     NOT NULL,
    file_name    VARCHAR(200) NOT NULL,
    media_type   VARCHAR(100) NOT NULL,
    content      LONGBLOB     NOT NULL,
    rows_written BIGINT       NOT NULL,
    created_at   TIMESTAMP(6) NOT NULL,
    created_by   VARCHAR(100) NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_export_file_job (job_id),
    KEY ix_export_file_created (created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
