package org.donorcrm.gift.bankimport;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.transaction.Transactional;
import org.donorcrm.gift.audit.AuditTrail;
import org.donorcrm.gift.gift.Channel;
import org.donorcrm.gift.gift.Gift;
import org.donorcrm.gift.gift.GiftService;
import org.donorcrm.gift.gift.RecordGift;
import org.donorcrm.gift.replica.DonorRecords;
import org.donorcrm.gift.replica.EarmarkClass;
import org.donorcrm.platform.http.Conflict;
import org.donorcrm.platform.http.RuleViolation;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.security.DigestInputStream;
import java.util.HashMap;
import java.util.LinkedHashSet;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Imports bank statements (CAMT.053) and online-donation exports (CSV) and works the review queue. A file is read in
 * one streaming pass into the staging tables ({@link Staging}) and checked completely (well-formed, supported version,
 * our account, mapped columns) before anything is booked; it is then booked in chunks of {@value #CHUNK}
 * transactions, each in a transaction of its own with its checkpoint ({@link #book}): a statement seen before (same
 * account, statement id, sequence number and creation time) adds nothing, and a transaction seen in an earlier
 * overlapping statement is not added twice.
 */
@ApplicationScoped
public class BankImportService implements DonorRecords {

    /** Transactions booked per chunk, each chunk in a transaction of its own. */
    static final int CHUNK = 1000;
    private static final int CHUNK_TIMEOUT_SECONDS = 600;

    private final EntityManager entityManager;
    private final EntryMatcher matcher;
    private final DonorMatchLookup donorRecords;
    private final GiftService gifts;
    private final AuditTrail audit;
    private final Set<String> ourAccounts;
    private final Staging staging;
    private final ChunkRows rows;

    public BankImportService(EntityManager entityManager, EntryMatcher matcher, DonorMatchLookup donorRecords,
                             GiftService gifts, AuditTrail audit, BankConfig config, Staging staging,
                             ChunkRows rows) {
        this.staging = staging;
        this.rows = rows;
        this.entityManager = entityManager;
        this.matcher = matcher;
        this.donorRecords = donorRecords;
        this.gifts = gifts;
        this.audit = audit;
        this.ourAccounts = new HashSet<>();
        config.accounts().forEach(a -> ourAccounts.add(a.replace(" ", "").toUpperCase(Locale.ROOT)));
    }

    /** The statements of one import and whether all of them were there before (nothing added). */
    public record Imported(List<BankStatement> statements, boolean replayed) {
    }

    /**
     * What the booking of an import reports as it goes: {@code done} of the {@code total} transactions of the file
     * (those of a statement imported before, and those already imported with an overlapping statement, count as
     * done when they are skipped). Called after every chunk, outside its transaction; whoever listens decides how
     * often to pass it on (the import job: about once a second).
     */
    @FunctionalInterface
    public interface Progress {

        Progress NONE = (done, total) -> {
        };

        void booked(long done, long total);
    }

    public Imported importCamt(InputStream xml, String user) {
        return importCamt(xml, user, Progress.NONE);
    }

    /**
     * Imports a CAMT.053 file in the request (the synchronous API): staged under a one-off id, booked in chunks,
     * and the staged rows deleted again, whatever happens.
     */
    public Imported importCamt(InputStream xml, String user, Progress progress) {
        String importId = UUID.randomUUID().toString();
        try {
            stageCamt(importId, xml);
            return book(importId, "CAMT053", Channel.BANK_TRANSFER, user, 0, progress, Checkpoint.NONE);
        } finally {
            staging.delete(importId);
        }
    }

    public Imported importCsv(InputStream csv, CsvMapping mapping, String user) {
        String importId = UUID.randomUUID().toString();
        try {
            stageCsv(importId, csv, mapping);
            return book(importId, "CSV", Channel.ONLINE, user, 0, Progress.NONE, Checkpoint.NONE);
        } finally {
            staging.delete(importId);
        }
    }

    /**
     * Reads a CAMT.053 file into the staging tables in one streaming pass (StAX); refused (nothing staged) when it is
     * not a readable statement or one of its statements is of an account that is not ours.
     */
    void stageCamt(String importId, InputStream xml) {
        List<Staging.StagedStatement> staged = staging.stage(importId, sink -> CamtParser.read(xml, sink));
        for (int i = 0; i < staged.size(); i++) {
            String account = staged.get(i).header().account().toUpperCase(Locale.ROOT);
            if (!ourAccounts.contains(account)) {
                staging.delete(importId);
                throw new StatementRejected(422, "statement " + (i + 1) + " is of an account that is not ours",
                        List.of(new StatementRejected.Field("#/statements/" + i + "/account",
                                "not one of the organisation's accounts (crm.bank.accounts)")),
                        StatementRejected.Reason.NOT_OUR_ACCOUNT, i + 1);
            }
        }
    }

    /**
     * Reads an online-donation export into the staging tables row by row; its statement's identity is the SHA-256 of
     * the bytes read. Bytes that are not UTF-8 are refused (not replaced).
     */
    void stageCsv(String importId, InputStream csv, CsvMapping mapping) {
        MessageDigest digest = digest();
        Reader reader = new InputStreamReader(new DigestInputStream(csv, digest), StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
        staging.stage(importId, sink -> CsvParser.read(reader, mapping,
                () -> HexFormat.of().formatHex(digest.digest()), sink));
    }

    /** Where the booking of a staged import got: called inside each chunk's transaction, after its last seq. */
    @FunctionalInterface
    public interface Checkpoint {

        Checkpoint NONE = (seq, total) -> {
        };

        void booked(long seq, long total);
    }

    /**
     * Books a staged import from {@code afterSeq} on, in chunks of {@value #CHUNK} transactions, each in a transaction
     * of its own that also writes the {@link Checkpoint}: a run resumed after a crash passes the last checkpoint and
     * books each transaction exactly once. Per chunk: one donor-service lookup (before its transaction) for the
     * chunk's accounts and donor numbers, one query each for the transactions already booked, the confirmed accounts
     * and mandate accounts of its IBANs and the donors it may name. A statement imported before (same bank identity,
     * booked by another import) adds nothing; a transaction already booked with an overlapping statement is counted as
     * its duplicate.
     */
    public Imported book(String importId, String source, Channel channel, String user, long afterSeq,
                         Progress progress, Checkpoint checkpoint) {
        List<Staging.StagedStatement> statements = staging.statements(importId);
        long total = statements.stream().mapToLong(Staging.StagedStatement::transactions).sum();
        Map<Integer, String> ids = new HashMap<>();
        Set<Integer> earlier = new HashSet<>();
        boolean replayed = decide(source, statements, ids, earlier);
        Map<Integer, Staging.StagedStatement> byNo = new HashMap<>();
        statements.forEach(s -> byNo.put(s.stmtNo(), s));
        long last = afterSeq;
        progress.booked(last, total);
        while (true) {
            List<Staging.StagedEntry> chunk = staging.chunk(importId, last, CHUNK);
            if (chunk.isEmpty()) {
                break;
            }
            EntryMatcher.Wanted wanted = new EntryMatcher.Wanted(new LinkedHashSet<>(), new LinkedHashSet<>());
            for (Staging.StagedEntry e : chunk) {
                ParsedStatement.Transaction t = e.transaction();
                if (!earlier.contains(e.stmtNo()) && t.credit() && !t.returned()) {
                    wanted.add(t.counterpartyIban(), t.remittance(), t.bookingDate());
                }
            }
            DonorMatchLookup.Answer records = wanted.ibans().isEmpty() && wanted.numbers().isEmpty()
                    ? new DonorMatchLookup.Answer(true, Map.of(), Map.of())
                    : donorRecords.find(wanted.ibans(), wanted.numbers());
            long to = chunk.get(chunk.size() - 1).seq();
            Map<Integer, String> created;
            try {
                created = bookChunk(importId, source, channel, user, chunk, byNo, ids, earlier, records, checkpoint,
                        total);
            } catch (RuntimeException e) {
                if (!isDuplicateKey(e)) {
                    throw e;
                }
                // a concurrent import of the same file committed the statement or a transaction a moment ago:
                // decided again, the chunk finds them and adds nothing twice
                ids.clear();
                earlier.clear();
                replayed = decide(source, staging.statements(importId), ids, earlier);
                created = bookChunk(importId, source, channel, user, chunk, byNo, ids, earlier, records, checkpoint,
                        total);
            }
            ids.putAll(created);
            last = to;
            progress.booked(last, total);
            afterChunk.accept(last);
        }
        // a statement without transactions is stored too
        List<Staging.StagedStatement> empty = statements.stream()
                .filter(s -> s.transactions() == 0 && !ids.containsKey(s.stmtNo())).toList();
        if (!empty.isEmpty()) {
            ids.putAll(QuarkusTransaction.requiringNew().call(() -> {
                Map<Integer, String> made = new HashMap<>();
                for (Staging.StagedStatement s : empty) {
                    String id = createStatement(importId, source, s, user);
                    made.put(s.stmtNo(), id);
                    audited(id, source, s);
                }
                return made;
            }));
        }
        List<String> statementIds = statements.stream().map(s -> ids.get(s.stmtNo())).toList();
        boolean repeated = replayed;
        return QuarkusTransaction.requiringNew().call(() -> new Imported(statementIds.stream()
                .map(id -> entityManager.find(BankStatement.class, id)).toList(), repeated));
    }

    static boolean isDuplicateKey(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLIntegrityConstraintViolationException
                    || t instanceof org.hibernate.exception.ConstraintViolationException) {
                return true;
            }
        }
        return false;
    }

    /** Test hook: called after each committed chunk with its last seq (a test fails the run here on purpose). */
    static volatile java.util.function.LongConsumer afterChunk = seq -> {
    };

    /**
     * Which staged statements this import booked already (their statement is in the staging row), which were
     * imported before by another import ({@code earlier}), and whether all of them were (a repeated import).
     */
    private boolean decide(String source, List<Staging.StagedStatement> statements, Map<Integer, String> ids,
                           Set<Integer> earlier) {
        boolean replayed = true;
        for (Staging.StagedStatement s : statements) {
            if (s.statementId() != null) {
                ids.put(s.stmtNo(), s.statementId());
                replayed = false;
                continue;
            }
            String identity = identityHash(source, s.header());
            Optional<String> before = QuarkusTransaction.requiringNew().call(() -> entityManager.createQuery(
                            "select s.id from BankStatement s where s.identityHash = :h", String.class)
                    .setParameter("h", identity).getResultList().stream().findFirst());
            if (before.isPresent()) {
                ids.put(s.stmtNo(), before.get());
                earlier.add(s.stmtNo());
            } else {
                replayed = false;
            }
        }
        return replayed;
    }

    /** One chunk in one transaction, with its checkpoint; the statements it created, by their number in the file. */
    private Map<Integer, String> bookChunk(String importId, String source, Channel channel, String user,
                                           List<Staging.StagedEntry> chunk, Map<Integer, Staging.StagedStatement> byNo,
                                           Map<Integer, String> ids, Set<Integer> earlier,
                                           DonorMatchLookup.Answer records, Checkpoint checkpoint, long total) {
        return QuarkusTransaction.requiringNew().timeout(CHUNK_TIMEOUT_SECONDS).call(() -> {
            Map<Integer, String> created = new HashMap<>();
            Map<Integer, String> statementIds = new HashMap<>(ids);
            List<Staging.StagedEntry> booking = chunk.stream().filter(e -> !earlier.contains(e.stmtNo())).toList();
            for (Staging.StagedEntry e : booking) {
                if (!statementIds.containsKey(e.stmtNo())) {
                    String id = createStatement(importId, source, byNo.get(e.stmtNo()), user);
                    statementIds.put(e.stmtNo(), id);
                    created.put(e.stmtNo(), id);
                }
            }
            // no automatic flush before every lookup query of the matching: the lines are flushed at the commit
            entityManager.setFlushMode(FlushModeType.COMMIT);
            Map<Long, String> keys = new HashMap<>();
            for (Staging.StagedEntry e : booking) {
                ParsedStatement header = byNo.get(e.stmtNo()).header();
                keys.put(e.seq(), entryKey(header.account(), header.statementRef(), e.transaction()));
            }
            Map<String, String> booked = bookedKeys(keys.values());
            Map<String, Integer> lines = new HashMap<>();
            Map<String, Integer> duplicates = new HashMap<>();
            Set<String> ibans = new HashSet<>();
            booking.forEach(e -> {
                if (e.transaction().counterpartyIban() != null) {
                    ibans.add(CamtParser.truncate(e.transaction().counterpartyIban(), 34));
                }
            });
            ChunkRows.Pending pending = new ChunkRows.Pending();
            EntryMatcher.Lookups lookups = matcher.prepare(records, ibans).writingGiftsTo(pending.gifts::add);
            preloadDonors(booking, records, lookups);
            Set<String> seen = new HashSet<>();
            for (Staging.StagedEntry e : booking) {
                String statementId = statementIds.get(e.stmtNo());
                String key = keys.get(e.seq());
                String owner = booked.get(key);
                if (owner != null) {
                    if (!owner.equals(statementId)) {
                        duplicates.merge(statementId, 1, Integer::sum);
                    }
                    continue;
                }
                if (!seen.add(key)) {
                    continue;
                }
                int line = lines.computeIfAbsent(statementId, this::lastLine) + 1;
                lines.put(statementId, line);
                ParsedStatement.Transaction t = e.transaction();
                BankEntry entry = new BankEntry();
                entry.id = UUID.randomUUID().toString();
                entry.statementId = statementId;
                entry.lineNo = line;
                entry.entryKey = key;
                entry.direction = t.credit() ? "CRDT" : "DBIT";
                entry.amount = t.amount();
                entry.currency = t.currency() == null ? "EUR" : t.currency();
                entry.bookingDate = t.bookingDate();
                entry.valueDate = t.valueDate();
                entry.entryRef = CamtParser.truncate(t.entryRef(), 100);
                entry.acctSvcrRef = CamtParser.truncate(t.acctSvcrRef(), 100);
                entry.endToEndId = CamtParser.truncate(t.endToEndId(), 100);
                entry.mandateRef = CamtParser.truncate(t.mandateRef(), 100);
                entry.bankTxCode = CamtParser.truncate(t.bankTxCode(), 40);
                entry.returnReason = CamtParser.truncate(t.returnReason(), 10);
                entry.counterpartyName = t.counterpartyName();
                entry.counterpartyIban = CamtParser.truncate(t.counterpartyIban(), 34);
                entry.counterpartyCity = t.counterpartyCity();
                entry.remittance = t.remittance();
                if (!t.credit() || t.returned()) {
                    // a return looks for the gift of an earlier credit, perhaps of this chunk: written first
                    rows.write(pending);
                }
                matcher.apply(entry, t.returned(), channel, t.donorIdColumn(), lookups, user);
                pending.entries.add(entry);
            }
            rows.write(pending);
            entityManager.flush();
            duplicates.forEach((statementId, count) -> entityManager.createNativeQuery(
                            "update bank_statement set duplicate_count = duplicate_count + ?1 where id = ?2")
                    .setParameter(1, count).setParameter(2, statementId).executeUpdate());
            long to = chunk.get(chunk.size() - 1).seq();
            for (Staging.StagedStatement s : byNo.values()) {
                // the statement's last transaction is in this chunk: its import is audited with it
                if (!earlier.contains(s.stmtNo()) && s.transactions() > 0 && s.lastSeq() >= chunk.get(0).seq()
                        && s.lastSeq() <= to) {
                    audited(statementIds.get(s.stmtNo()), source, s);
                }
            }
            checkpoint.booked(to, total);
            return created;
        });
    }

    /** Stores the bank_statement of a staged statement and remembers it in the staging row (caller's transaction). */
    private String createStatement(String importId, String source, Staging.StagedStatement staged, String user) {
        ParsedStatement parsed = staged.header();
        BankStatement statement = new BankStatement();
        statement.id = UUID.randomUUID().toString();
        statement.identityHash = identityHash(source, parsed);
        statement.source = source;
        statement.formatVersion = parsed.formatVersion();
        statement.account = parsed.account();
        statement.statementRef = CamtParser.truncate(parsed.statementRef(), 100);
        statement.sequenceNo = CamtParser.truncate(parsed.sequenceNo(), 30);
        statement.createdByBank = CamtParser.truncate(parsed.createdByBank(), 40);
        statement.currency = parsed.currency();
        statement.openingBalance = parsed.openingBalance();
        statement.closingBalance = parsed.closingBalance();
        statement.entryCount = parsed.entryCount();
        statement.creditCount = parsed.creditCount();
        statement.creditTotal = parsed.creditTotal();
        statement.debitCount = parsed.debitCount();
        statement.debitTotal = parsed.debitTotal();
        statement.importedBy = user;
        statement.importedAt = Instant.now();
        statement.duplicateCount = 0;
        entityManager.persist(statement);
        entityManager.flush();
        entityManager.createNativeQuery("update bank_staged_statement set statement_id = ?1 where upload_id = ?2 "
                        + "and stmt_no = ?3")
                .setParameter(1, statement.id).setParameter(2, importId).setParameter(3, staged.stmtNo())
                .executeUpdate();
        return statement.id;
    }

    /** The audit of a statement's import, written with its last chunk: what it added and what it had twice. */
    private void audited(String statementId, String source, Staging.StagedStatement staged) {
        ParsedStatement parsed = staged.header();
        Object[] counts = (Object[]) entityManager.createNativeQuery("select (select count(*) from bank_entry e "
                        + "where e.statement_id = s.id), s.duplicate_count from bank_statement s where s.id = ?1")
                .setParameter(1, statementId).getSingleResult();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("source", source);
        details.put("formatVersion", parsed.formatVersion());
        details.put("entries", parsed.entryCount());
        details.put("transactionsAdded", ((Number) counts[0]).intValue());
        details.put("duplicates", ((Number) counts[1]).intValue());
        details.put("creditTotal", parsed.creditTotal().toPlainString());
        details.put("debitTotal", parsed.debitTotal().toPlainString());
        audit.record("BANK_STATEMENT", statementId, "IMPORTED", user(statementId), details);
    }

    private String user(String statementId) {
        return entityManager.find(BankStatement.class, statementId).importedBy;
    }

    private int lastLine(String statementId) {
        Number last = (Number) entityManager.createNativeQuery(
                        "select coalesce(max(line_no), 0) from bank_entry where statement_id = ?1")
                .setParameter(1, statementId).getSingleResult();
        return last.intValue();
    }

    /** The statement each of these entry keys was booked with, where one was: one query per chunk. */
    @SuppressWarnings("unchecked")
    private Map<String, String> bookedKeys(java.util.Collection<String> keys) {
        Map<String, String> booked = new HashMap<>();
        if (keys.isEmpty()) {
            return booked;
        }
        List<Object[]> rows = entityManager.createNativeQuery(
                        "select entry_key, statement_id from bank_entry where entry_key in (?1)")
                .setParameter(1, new ArrayList<>(new HashSet<>(keys))).getResultList();
        rows.forEach(row -> booked.put((String) row[0], (String) row[1]));
        return booked;
    }

    /**
     * Reads the donors the chunk may be matched to into the persistence context in one query (and their survivors,
     * in one more), so that the matcher's look-ups of a donor by id find them without a query of their own.
     */
    private void preloadDonors(List<Staging.StagedEntry> chunk, DonorMatchLookup.Answer records,
                               EntryMatcher.Lookups lookups) {
        Set<String> wanted = new HashSet<>();
        records.holders().values().forEach(wanted::addAll);
        wanted.addAll(records.donors().values());
        wanted.addAll(lookups.knownAccounts().values());
        wanted.addAll(lookups.mandateAccounts().values());
        for (Staging.StagedEntry e : chunk) {
            ParsedStatement.Transaction t = e.transaction();
            if (t.donorIdColumn() != null) {
                wanted.add(t.donorIdColumn().strip().toLowerCase());
            }
            if (t.remittance() != null) {
                java.util.regex.Matcher m = UUID_IN_TEXT.matcher(t.remittance());
                while (m.find()) {
                    wanted.add(m.group().toLowerCase());
                }
            }
        }
        for (int round = 0; round < 3 && !wanted.isEmpty(); round++) {
            List<org.donorcrm.gift.replica.DonorReplica> donors = entityManager.createQuery(
                            "from DonorReplica d where d.donorId in :ids", org.donorcrm.gift.replica.DonorReplica.class)
                    .setParameter("ids", wanted).getResultList();
            wanted = new HashSet<>();
            for (org.donorcrm.gift.replica.DonorReplica donor : donors) {
                if (donor.survivorId != null && entityManager.find(org.donorcrm.gift.replica.DonorReplica.class,
                        donor.survivorId) == null) {
                    wanted.add(donor.survivorId);
                }
            }
        }
    }

    private static final java.util.regex.Pattern UUID_IN_TEXT = java.util.regex.Pattern.compile(
            org.donorcrm.gift.gift.Patterns.UUID);

    /** The bank's identity of a statement: a second import of the same identity adds nothing. */
    static String identityHash(String source, ParsedStatement statement) {
        return sha256((source + "|" + statement.account() + "|" + statement.statementRef() + "|"
                + statement.sequenceNo() + "|" + statement.createdByBank()).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * A transaction's identity across statements: the account, direction, amount, booking date and the bank's
     * references; without any reference, its place in this statement.
     */
    static String entryKey(String account, String statementRef, ParsedStatement.Transaction t) {
        String reference = CamtParser.firstNonNull(t.acctSvcrRef(), t.entryRef(), t.endToEndId());
        if (reference == null) {
            reference = "#" + statementRef + "#" + t.entryNo();
        }
        return sha256(String.join("|", account, t.credit() ? "C" : "D", t.amount().toPlainString(),
                t.bookingDate().toString(), reference, String.valueOf(t.endToEndId()), String.valueOf(t.txNo()))
                .getBytes(StandardCharsets.UTF_8));
    }

    /** Finance assigns a credit in the review queue to a donor (and funds): it becomes a gift. */
    @Transactional
    public BankEntry assign(String entryId, String donorId, List<RecordGift.Line> lines, String campaignId,
                            boolean rememberAccount, String user) {
        return assignOne(entryId, donorId, lines, campaignId, rememberAccount, user);
    }

    /** What one assignment booked: how many credits (this one and others of its account) and their total. */
    public record Booked(BankEntry entry, int count, BigDecimal total) {
    }

    /**
     * Finance assigns a credit in the review queue to a donor, as {@link #assign}, and with {@code sameAccount} books
     * every other credit of the same account that waits in review (in euro) to the same donor too, each as an
     * unearmarked gift of its whole amount, all in one transaction.
     */
    @Transactional
    public Booked assign(String entryId, String donorId, List<RecordGift.Line> lines, String campaignId,
                         boolean rememberAccount, boolean sameAccount, String user) {
        BankEntry entry = assignOne(entryId, donorId, lines, campaignId, rememberAccount, user);
        int count = 1;
        BigDecimal total = entry.amount;
        if (sameAccount && entry.counterpartyIban != null) {
            for (String other : lockedOthersOfAccount(entry)) {
                BankEntry booked = assignOne(other, entry.donorId, null, null, false, user);
                count++;
                total = total.add(booked.amount);
            }
        }
        return new Booked(entry, count, total);
    }

    /**
     * The other credits of this entry's account that wait in review, in euro, oldest first, locked until the
     * transaction ends (a locking read sees what a concurrent assignment committed): none is booked twice.
     */
    @SuppressWarnings("unchecked")
    private List<String> lockedOthersOfAccount(BankEntry entry) {
        return entityManager.createNativeQuery("select id from bank_entry where counterparty_iban = :iban "
                        + "and status = 'REVIEW' and direction = 'CRDT' and currency = 'EUR' and id <> :id "
                        + "order by booking_date, statement_id, line_no for update")
                .setParameter("iban", entry.counterpartyIban).setParameter("id", entry.id).getResultList();
    }

    /** The other credits of this entry's account that wait in review, in euro, oldest first. */
    private List<BankEntry> othersOfAccount(BankEntry entry) {
        return entityManager.createQuery("from BankEntry e where e.counterpartyIban = :iban and e.status = :review "
                        + "and e.direction = 'CRDT' and e.currency = 'EUR' and e.id <> :id "
                        + "order by e.bookingDate, e.statementId, e.lineNo", BankEntry.class)
                .setParameter("iban", entry.counterpartyIban).setParameter("review", EntryStatus.REVIEW)
                .setParameter("id", entry.id).getResultList();
    }

    /**
     * Matches a credit in review again by donor-service's records (steps 2 to 5 of the matching), with the other
     * credits of its account that wait in review: after a donor was registered with the account, or a donor number
     * was added. Asks donor-service before the transaction; when it does not answer, nothing changes.
     */
    public Rematched rematch(String entryId, String user) {
        BankEntry entry = entry(entryId);
        if (entry.status != EntryStatus.REVIEW) {
            throw new Conflict("Conflict", null, "entry " + entryId + " is " + entry.status
                    + ", not in the review queue", "entryNotInQueue");
        }
        List<BankEntry> lines = new ArrayList<>(List.of(entry));
        if (entry.counterpartyIban != null) {
            lines.addAll(othersOfAccount(entry));
        }
        EntryMatcher.Wanted wanted = new EntryMatcher.Wanted(new java.util.LinkedHashSet<>(),
                new java.util.LinkedHashSet<>());
        lines.forEach(e -> wanted.add(e.counterpartyIban, e.remittance, e.bookingDate));
        DonorMatchLookup.Answer records = donorRecords.find(wanted.ibans(), wanted.numbers());
        if (!records.available()) {
            return new Rematched(false, 0, BigDecimal.ZERO);
        }
        List<String> ids = lines.stream().map(e -> e.id).toList();
        return io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> rematch(ids, records, user));
    }

    /** What matching again did: whether donor-service answered, and the credits it booked and their total. */
    public record Rematched(boolean asked, int count, BigDecimal total) {
    }

    @SuppressWarnings("unchecked")
    private Rematched rematch(List<String> ids, DonorMatchLookup.Answer records, String user) {
        // held until the transaction ends, and read as committed: a credit another person booked meanwhile is left
        List<String> waiting = entityManager.createNativeQuery("select id from bank_entry where id in (:ids) "
                        + "and status = 'REVIEW' and currency = 'EUR' order by booking_date, statement_id, line_no "
                        + "for update")
                .setParameter("ids", ids).getResultList();
        EntryMatcher.Lookups lookups = matcher.prepare(records);
        int count = 0;
        BigDecimal total = BigDecimal.ZERO;
        for (String id : waiting) {
            BankEntry entry = entityManager.find(BankEntry.class, id);
            Channel channel = "CSV".equals(statement(entry.statementId).source) ? Channel.ONLINE : Channel.BANK_TRANSFER;
            entry.suggestedDonors = null;
            matcher.matchByRecords(entry, channel, lookups, user);
            if (entry.status == EntryStatus.REVIEW) {
                // still nobody to book: the line says why as the matching decided it now
                continue;
            }
            count++;
            total = total.add(entry.amount);
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("status", entry.status.name());
            if (entry.donorId != null) {
                details.put("donorId", entry.donorId);
            }
            if (entry.giftId != null) {
                details.put("giftId", entry.giftId);
            }
            audit.record("BANK_ENTRY", entry.id, "MATCHED_AGAIN", user, details);
        }
        return new Rematched(true, count, total);
    }

    private BankEntry assignOne(String entryId, String donorId, List<RecordGift.Line> lines, String campaignId,
                                boolean rememberAccount, String user) {
        // the line is held until the transaction ends: of two people assigning it at once, the second finds it booked
        entityManager.createNativeQuery("select id from bank_entry where id = :id for update")
                .setParameter("id", entryId).getResultList();
        BankEntry entry = entry(entryId);
        if (entry.status != EntryStatus.REVIEW) {
            throw new Conflict("Conflict", null, "entry " + entryId + " is " + entry.status
                    + ", not in the review queue", "entryNotInQueue");
        }
        if (!"EUR".equals(entry.currency)) {
            throw new RuleViolation("#", "an amount in " + entry.currency + " cannot be booked as a euro gift",
                    "notInEuro", entry.currency);
        }
        List<RecordGift.Line> allocations = lines == null || lines.isEmpty()
                ? List.of(new RecordGift.Line(EarmarkClass.UNEARMARKED, null, entry.amount))
                : lines;
        Channel channel = "CSV".equals(statement(entry.statementId).source) ? Channel.ONLINE : Channel.BANK_TRANSFER;
        Gift gift = gifts.record(new RecordGift(donorId, entry.amount, "EUR", entry.bookingDate,
                entry.valueDate != null ? entry.valueDate : entry.bookingDate, channel, campaignId, null, null,
                allocations), user);
        entry.status = EntryStatus.ASSIGNED;
        entry.matchReason = "assigned to the donor by finance";
        entry.suggestedDonors = null;
        entry.donorId = gift.donorId;
        entry.giftId = gift.id;
        entry.resolvedBy = user;
        entry.resolvedAt = Instant.now();
        if (rememberAccount && entry.counterpartyIban != null) {
            String hash = matcher.hash(entry.counterpartyIban);
            KnownAccount known = entityManager.find(KnownAccount.class, hash);
            boolean isNew = known == null;
            if (isNew) {
                known = new KnownAccount();
                known.ibanHash = hash;
            }
            known.donorId = gift.donorId;
            known.createdBy = user;
            known.createdAt = Instant.now();
            if (isNew) {
                entityManager.persist(known);
            }
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("donorId", gift.donorId);
        details.put("giftId", gift.id);
        details.put("amount", entry.amount.toPlainString());
        details.put("accountRemembered", rememberAccount && entry.counterpartyIban != null);
        audit.record("BANK_ENTRY", entry.id, "ASSIGNED", user, details);
        return entry;
    }

    /** Finance marks a credit (or an unmatched return) as not a gift. */
    @Transactional
    public BankEntry ignore(String entryId, String reason, String user) {
        BankEntry entry = entry(entryId);
        if (entry.status != EntryStatus.REVIEW && entry.status != EntryStatus.RETURN_UNMATCHED) {
            throw new Conflict("Conflict", null, "entry " + entryId + " is " + entry.status
                    + ", not in the review queue", "entryNotInQueue");
        }
        EntryStatus previous = entry.status;
        entry.status = EntryStatus.IGNORED;
        entry.matchReason = "not a gift: " + reason;
        entry.suggestedDonors = null;
        entry.resolvedBy = user;
        entry.resolvedAt = Instant.now();
        audit.record("BANK_ENTRY", entry.id, "IGNORED", user, Map.of("previousStatus", previous.name(), "reason", reason));
        return entry;
    }

    /**
     * A merged donor's bank lines and the accounts confirmed as theirs go to the survivor; so does a suggestion of
     * the merged donor in the review queue.
     */
    @Override
    public void merge(String mergedId, String survivorId) {
        for (String entity : new String[] {"BankEntry", "KnownAccount"}) {
            entityManager.createQuery("update " + entity + " e set e.donorId = :survivor where e.donorId = :merged")
                    .setParameter("survivor", survivorId)
                    .setParameter("merged", mergedId)
                    .executeUpdate();
        }
        for (BankEntry entry : suggesting(Set.of(mergedId))) {
            List<String> suggested = new ArrayList<>();
            for (String id : entry.suggestedDonors.split(",")) {
                String now = id.equals(mergedId) ? survivorId : id;
                if (!suggested.contains(now)) {
                    suggested.add(now);
                }
            }
            entry.suggestedDonors = String.join(",", suggested);
        }
    }

    /** The entries whose suggestions name one of these donors. */
    private List<BankEntry> suggesting(Set<String> donorIds) {
        List<BankEntry> found = new ArrayList<>();
        for (String id : donorIds) {
            entityManager.createQuery("from BankEntry e where e.suggestedDonors like :id", BankEntry.class)
                    .setParameter("id", "%" + id + "%").getResultList().stream()
                    .filter(e -> !found.contains(e)).forEach(found::add);
        }
        return found;
    }

    /** An erased donor's bank lines lose the counterparty's name, IBAN, town and remittance; its known accounts go. */
    @Override
    public void erase(Set<String> donorIds) {
        entityManager.createQuery("update BankEntry e set e.counterpartyName = null, e.counterpartyIban = null, "
                        + "e.counterpartyCity = null, e.remittance = null where e.donorId in :donors")
                .setParameter("donors", donorIds)
                .executeUpdate();
        entityManager.createQuery("delete from KnownAccount k where k.donorId in :donors")
                .setParameter("donors", donorIds)
                .executeUpdate();
        for (BankEntry entry : suggesting(donorIds)) {
            List<String> kept = new ArrayList<>(List.of(entry.suggestedDonors.split(",")));
            kept.removeAll(donorIds);
            entry.suggestedDonors = kept.isEmpty() ? null : String.join(",", kept);
        }
    }

    public BankEntry entry(String id) {
        return Optional.ofNullable(entityManager.find(BankEntry.class, id))
                .orElseThrow(() -> new jakarta.ws.rs.NotFoundException("no bank entry " + id));
    }

    public BankStatement statement(String id) {
        return Optional.ofNullable(entityManager.find(BankStatement.class, id))
                .orElseThrow(() -> new jakarta.ws.rs.NotFoundException("no bank statement " + id));
    }

    public List<BankStatement> statements(int page, int size) {
        return entityManager.createQuery("from BankStatement s order by s.importedAt desc, s.id", BankStatement.class)
                .setFirstResult(page * size).setMaxResults(size).getResultList();
    }

    public long statementCount() {
        return entityManager.createQuery("select count(s) from BankStatement s", Long.class).getSingleResult();
    }

    public record Found(List<BankEntry> items, long total) {
    }

    public Found entries(String statementId, EntryStatus status, int page, int size) {
        String where = " where (:s is null or e.statementId = :s) and (:st is null or e.status = :st)";
        List<BankEntry> items = entityManager.createQuery("from BankEntry e" + where
                        + " order by e.bookingDate, e.statementId, e.lineNo", BankEntry.class)
                .setParameter("s", statementId).setParameter("st", status)
                .setFirstResult(page * size).setMaxResults(size).getResultList();
        long total = entityManager.createQuery("select count(e) from BankEntry e" + where, Long.class)
                .setParameter("s", statementId).setParameter("st", status).getSingleResult();
        return new Found(items, total);
    }

    /** Count and total per status of a statement's transactions. */
    public Map<EntryStatus, Object[]> totalsByStatus(String statementId) {
        Map<EntryStatus, Object[]> totals = new LinkedHashMap<>();
        entityManager.createQuery("select e.status, count(e), sum(e.amount) from BankEntry e "
                        + "where e.statementId = :s group by e.status", Object[].class)
                .setParameter("s", statementId)
                .getResultList()
                .forEach(row -> totals.put((EntryStatus) row[0], new Object[] {row[1], row[2]}));
        return totals;
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static BigDecimal zeroIfNull(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }
}
