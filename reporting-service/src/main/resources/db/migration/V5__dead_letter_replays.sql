-- Replays of dead-lettered events (admin screen /admin/dead-letters, POST /api/v1/admin/dead-letters/…/replay):
-- who sent which record of a dead-letter topic back to its source topic, and when. Owned here (an audit of
-- operations, not a read model): the rebuild never empties it. A record may be replayed more than once.
CREATE TABLE dead_letter_replay (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    dlq_topic       VARCHAR(249)  NOT NULL,
    dlq_partition   INT           NOT NULL,
    dlq_offset      BIGINT        NOT NULL,
    source_topic    VARCHAR(249)  NOT NULL,
    event_id        VARCHAR(100)  NULL,
    event_type      VARCHAR(100)  NULL,
    replayed_by     VARCHAR(100)  NOT NULL,
    replayed_at     DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    KEY ix_dead_letter_replay_record (dlq_topic, dlq_partition, dlq_offset)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
