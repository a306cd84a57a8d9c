-- The platform's table of Idempotency-Keys, created here (before the platform's own db/platform migration) because
-- the remembered writes of idempotency_record move into it.

-- Writes a user may repeat, under the Idempotency-Key alone: a key names one request of one operation.
CREATE TABLE idempotent_request (
    idempotency_key VARCHAR(100) NOT NULL,
    operation       VARCHAR(50)  NOT NULL,
    request_hash    CHAR(64)     NOT NULL,
    resource_id     CHAR(36)     NOT NULL,
    created_by      VARCHAR(100) NOT NULL,
    created_at      TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (idempotency_key)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The remembered writes move over: the scope ("donor", "interaction") becomes the operation, the user is the one who
-- registered the donor or wrote the interaction. A key that was used in both scopes keeps its first use (the
-- platform remembers a key once). Their hashes are of the body alone and the platform's of operation and body, so
-- a key used before this migration is not used again for anything: a repeat under it is refused (422), never
-- stored twice.
INSERT INTO idempotent_request (idempotency_key, operation, request_hash, resource_id, created_by, created_at)
SELECT r.idem_key,
       r.scope,
       r.request_hash,
       r.resource_id,
       COALESCE(CASE r.scope
                    WHEN 'donor' THEN (SELECT d.created_by FROM donor d WHERE d.id = r.resource_id)
                    WHEN 'interaction' THEN (SELECT i.author FROM interaction i WHERE i.id = r.resource_id)
                    END, 'unknown'),
       r.created_at
FROM idempotency_record r
WHERE NOT EXISTS (SELECT 1
                  FROM idempotency_record earlier
                  WHERE earlier.idem_key = r.idem_key
                    AND (earlier.created_at < r.created_at
                        OR (earlier.created_at = r.created_at AND earlier.scope < r.scope)));

DROP TABLE idempotency_record;
