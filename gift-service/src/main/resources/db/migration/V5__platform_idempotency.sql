-- The platform's table of Idempotency-Keys, created here (before the platform's own db/platform migration) because
-- the keys of the gifts and batches move into it.
CREATE TABLE idempotent_request (
    idempotency_key VARCHAR(100) NOT NULL,
    operation       VARCHAR(50)  NOT NULL,
    request_hash    CHAR(64)     NOT NULL,
    resource_id     CHAR(36)     NOT NULL,
    created_by      VARCHAR(100) NOT NULL,
    created_at      TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (idempotency_key)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
-- The keys gifts and batches were created under move from their rows to idempotent_request, under the operations
-- the code names (GiftService.RECORD, BatchService.POST); a key used for both keeps its gift.
INSERT INTO idempotent_request (idempotency_key, operation, request_hash, resource_id, created_by, created_at)
SELECT idempotency_key, 'gift.record', COALESCE(request_hash, ''), id, recorded_by, recorded_at
FROM gift
WHERE idempotency_key IS NOT NULL;

INSERT INTO idempotent_request (idempotency_key, operation, request_hash, resource_id, created_by, created_at)
SELECT b.idempotency_key, 'batch.post', COALESCE(b.request_hash, ''), b.id, b.posted_by, b.posted_at
FROM gift_batch b
WHERE b.idempotency_key IS NOT NULL
  AND NOT EXISTS (SELECT 1 FROM gift g WHERE g.idempotency_key = b.idempotency_key);

ALTER TABLE gift
    DROP KEY uk_gift_idempotency_key,
    DROP COLUMN idempotency_key,
    DROP COLUMN request_hash;

ALTER TABLE gift_batch
    DROP KEY uk_batch_idempotency_key,
    DROP COLUMN idempotency_key,
    DROP COLUMN request_hash;
