-- The standard funds of Defence for Children - ECPAT Nederland: the general unearmarked fund and the four
-- programme funds. Project funds come and go with grants; finance adds them through the API.
INSERT INTO fund (id, code, name, earmark_class, active_from, active_to, funder_donor_id, status,
                  created_by, created_at, updated_by, updated_at)
VALUES ('a1000000-0000-4000-8000-000000000001', 'ALG', 'Algemeen fonds', 'UNEARMARKED', '2020-01-01', NULL, NULL,
        'ACTIVE', 'system', UTC_TIMESTAMP(6), 'system', UTC_TIMESTAMP(6)),
       ('a1000000-0000-4000-8000-000000000002', 'PRG-SEX', 'Programma seksuele uitbuiting', 'PROGRAMME', '2020-01-01',
        NULL, NULL, 'ACTIVE', 'system', UTC_TIMESTAMP(6), 'system', UTC_TIMESTAMP(6)),
       ('a1000000-0000-4000-8000-000000000003', 'PRG-MIG', 'Programma migratie', 'PROGRAMME', '2020-01-01', NULL, NULL,
        'ACTIVE', 'system', UTC_TIMESTAMP(6), 'system', UTC_TIMESTAMP(6)),
       ('a1000000-0000-4000-8000-000000000004', 'PRG-FAM', 'Programma familie', 'PROGRAMME', '2020-01-01', NULL, NULL,
        'ACTIVE', 'system', UTC_TIMESTAMP(6), 'system', UTC_TIMESTAMP(6)),
       ('a1000000-0000-4000-8000-000000000005', 'PRG-HELP', 'Kinderrechtenhelpdesk', 'PROGRAMME', '2020-01-01', NULL,
        NULL, 'ACTIVE', 'system', UTC_TIMESTAMP(6), 'system', UTC_TIMESTAMP(6));

INSERT INTO audit_entry (entity_type, entity_id, action, actor, acted_at, before_state, after_state)
SELECT 'FUND', id, 'SEEDED', 'system', UTC_TIMESTAMP(6), NULL, NULL
FROM fund
ORDER BY code;

-- Announce them in the same migration, through the outbox, so gift-service and reporting-service learn the
-- standard funds exactly once (the relay publishes the rows at startup). The data is crm.fund.defined.v1.
INSERT INTO outbox_event (event_id, event_type, aggregate_id, partition_key, occurred_at, payload, sent_at)
SELECT UUID(), 'crm.fund.defined.v1', id, id, UTC_TIMESTAMP(6),
       CONCAT('{"fundId":"', id, '","code":"', code, '","name":"', name, '","earmarkClass":"', earmark_class,
              '","activeFrom":"', DATE_FORMAT(active_from, '%Y-%m-%d'),
              '","activeTo":null,"funderDonorId":null,"status":"', status,
              '","definedAt":"', DATE_FORMAT(created_at, '%Y-%m-%dT%H:%i:%s.%fZ'), '"}'),
       NULL
FROM fund
ORDER BY code;
