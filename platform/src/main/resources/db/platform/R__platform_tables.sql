-- The tables of the platform library's entities, in every service's database (Hibernate validates every entity
-- of the platform at start, so every service has all four). A repeatable migration of the location db/platform,
-- which each service adds to its Flyway locations: Flyway runs it after the service's own versioned migrations,
-- and again only when this file changes. IF NOT EXISTS leaves a table that a service's own migration created (the
-- outbox of the services that publish, a service's idempotency table it filled from an older one) as it is; a
-- change to a platform table's columns is a versioned migration in each service.
CREATE TABLE IF NOT EXISTS outbox_event (
    seq          BIGINT       NOT NULL AUTO_INCREMENT,
    event_id     CHAR(36)     NOT NULL,
    event_type   VARCHAR(100) NOT NULL,
    aggregate_id CHAR(36)     NOT NULL,
    partition_key CHAR(36)    NOT NULL,
    occurred_at  TIMESTAMP(6) NOT NULL,
    payload      MEDIUMTEXT   NOT NULL,
    sent_at      TIMESTAMP(6) NULL,
    PRIMARY KEY (seq),
    UNIQUE KEY uk_outbox_event_id (event_id),
    KEY ix_outbox_pending (sent_at, seq)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE TABLE IF NOT EXISTS processed_event (
    event_id     CHAR(36)     NOT NULL,
    event_type   VARCHAR(100) NOT NULL,
    processed_at TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (event_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE TABLE IF NOT EXISTS idempotent_request (
    idempotency_key VARCHAR(100) NOT NULL,
    operation       VARCHAR(50)  NOT NULL,
    request_hash    CHAR(64)     NOT NULL,
    resource_id     CHAR(36)     NOT NULL,
    created_by      VARCHAR(100) NOT NULL,
    created_at      TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (idempotency_key)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE TABLE IF NOT EXISTS platform_job (
    id           CHAR(36)      NOT NULL,
    kind         VARCHAR(60)   NOT NULL,
    subject      VARCHAR(200)  NOT NULL,
    guard_key    VARCHAR(261)  NULL,
    status       VARCHAR(20)   NOT NULL,
    params       MEDIUMTEXT    NULL,
    done         BIGINT        NOT NULL DEFAULT 0,
    total        BIGINT        NULL,
    checkpoint   VARCHAR(200)  NULL,
    result       MEDIUMTEXT    NULL,
    error        VARCHAR(1000) NULL,
    started_by   VARCHAR(100)  NOT NULL,
    owner        VARCHAR(100)  NULL,
    heartbeat_at TIMESTAMP(6)  NULL,
    created_at   TIMESTAMP(6)  NOT NULL,
    started_at   TIMESTAMP(6)  NULL,
    finished_at  TIMESTAMP(6)  NULL,
    attempts     INT           NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    UNIQUE KEY uk_platform_job_guard (guard_key),
    KEY ix_platform_job_user (started_by, created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
-- One row per occurrence of work on a timer that some replica started (Jobs.startOnce): its primary key lets
-- exactly one replica start the nightly run of a day, however many replicas' timers fire.
CREATE TABLE IF NOT EXISTS platform_job_occurrence (
    kind       VARCHAR(60)  NOT NULL,
    occurrence VARCHAR(200) NOT NULL,
    job_id     CHAR(36)     NOT NULL,
    created_at TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (kind, occurrence)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
-- The outbox relay's lanes (OutboxRelay.LANES = 16): a relay locks a lane's row (FOR UPDATE SKIP LOCKED) while it
-- publishes the pending events whose key falls in that lane, so replicas publish different lanes at once and one
-- key's events stay in order.
CREATE TABLE IF NOT EXISTS platform_outbox_lane (
    lane INT NOT NULL,
    PRIMARY KEY (lane)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
INSERT IGNORE INTO platform_outbox_lane (lane)
VALUES (0), (1), (2), (3), (4), (5), (6), (7), (8), (9), (10), (11), (12), (13), (14), (15);
