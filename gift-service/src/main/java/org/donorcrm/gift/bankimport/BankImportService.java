package org.donorcrm.gift.bankimport;

import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
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
import java.io.Reader;
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
 * Imports bank statements (CAMT.053) and online-donation exports (CSV) and works the review queue. A file is
 * checked completely (well-formed, supported version, our account, mapped columns) before anything is written,
 * and imported in one transaction: a statement seen before (same account, statement id, sequence number and
 * creation time) adds nothing, and a transaction seen in an earlier overlapping statement is not added twice.
 */
@ApplicationScoped
public class BankImportService implements DonorRecords {

    private static final int FLUSH_EVERY = 500;

    private final EntityManager entityManager;
    private final EntryMatcher matcher;
    private final DonorMatchLookup donorRecords;
    private final GiftService gifts;
    private final AuditTrail audit;
    private final Set<String> ourAccounts;

    public BankImportService(EntityManager entityManager, EntryMatcher matcher, DonorMatchLookup donorRecords,
                             GiftService gifts, AuditTrail audit, BankConfig config) {
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
     * done when they are skipped). Called inside the import's transaction, after every transaction of the file;
     * whoever listens decides how often to pass it on (the import job: about once a second).
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

    public Imported importCamt(InputStream xml, String user, Progress progress) {
        List<ParsedStatement> parsed = CamtParser.parse(xml);
        for (int i = 0; i < parsed.size(); i++) {
            String account = parsed.get(i).account().toUpperCase(Locale.ROOT);
            if (!ourAccounts.contains(account)) {
                throw new StatementRejected(422, "statement " + (i + 1) + " is of an account that is not ours",
                        List.of(new StatementRejected.Field("#/statements/" + i + "/account",
                                "not one of the organisation's accounts (crm.bank.accounts)")),
                        StatementRejected.Reason.NOT_OUR_ACCOUNT, i + 1);
            }
        }
        return storeOnce(parsed, "CAMT053", Channel.BANK_TRANSFER, user, progress, askDonorService(parsed));
    }

    public Imported importCsv(Reader csv, byte[] content, CsvMapping mapping, String user) {
        return importCsv(csv, content, mapping, user, Progress.NONE);
    }

    public Imported importCsv(Reader csv, byte[] content, CsvMapping mapping, String user, Progress progress) {
        ParsedStatement parsed = CsvParser.parse(csv, mapping, sha256(content));
        return storeOnce(List.of(parsed), "CSV", Channel.ONLINE, user, progress, askDonorService(List.of(parsed)));
    }

    /**
     * Which donors hold the credits' accounts and own the donor numbers in their texts, asked of donor-service
     * before the import's transaction begins (in calls of up to 500 each); when it cannot be asked, the credits that
     * need it wait as TO_MATCH.
     */
    private DonorMatchLookup.Answer askDonorService(List<ParsedStatement> parsed) {
        EntryMatcher.Wanted wanted = EntryMatcher.Wanted.of(parsed);
        return donorRecords.find(wanted.ibans(), wanted.numbers());
    }

    /**
     * Stores the statements; when the same statement (or one of its transactions) was committed by a concurrent
     * import of the same file a moment ago, this import's transaction fails on the unique keys and is rolled back
     * whole — it is then run once more, finds the statement, and answers as a repeated import (nothing added),
     * instead of an error for a file that was in fact imported.
     */
    private Imported storeOnce(List<ParsedStatement> parsed, String source, Channel channel, String user,
                               Progress progress, DonorMatchLookup.Answer records) {
        try {
            return store(parsed, source, channel, user, progress, records);
        } catch (RuntimeException e) {
            if (!isDuplicateKey(e)) {
                throw e;
            }
            return store(parsed, source, channel, user, progress, records);
        }
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

    @Transactional
    @TransactionConfiguration(timeout = 3600)
    public Imported store(List<ParsedStatement> parsed, String source, Channel channel, String user,
                          Progress progress, DonorMatchLookup.Answer records) {
        List<String> ids = new ArrayList<>();
        boolean replayed = true;
        Booking booking = new Booking(progress,
                parsed.stream().mapToLong(statement -> statement.transactions().size()).sum());
        booking.report();
        for (ParsedStatement statement : parsed) {
            String identity = identityHash(source, statement);
            Optional<BankStatement> earlier = entityManager.createQuery(
                            "from BankStatement s where s.identityHash = :h", BankStatement.class)
                    .setParameter("h", identity).getResultList().stream().findFirst();
            if (earlier.isPresent()) {
                ids.add(earlier.get().id);
                booking.skipped(statement.transactions().size());
                continue;
            }
            replayed = false;
            ids.add(store(statement, identity, source, channel, user, booking, records));
        }
        entityManager.flush();
        entityManager.clear();
        return new Imported(ids.stream().map(id -> entityManager.find(BankStatement.class, id)).toList(), replayed);
    }

    /** The bank's identity of a statement: a second import of the same identity adds nothing. */
    static String identityHash(String source, ParsedStatement statement) {
        return sha256((source + "|" + statement.account() + "|" + statement.statementRef() + "|"
                + statement.sequenceNo() + "|" + statement.createdByBank()).getBytes(StandardCharsets.UTF_8));
    }

    /** How far the booking of one import is, passed on to its {@link Progress}. */
    private static final class Booking {

        private final Progress progress;
        private final long total;
        private long done;

        private Booking(Progress progress, long total) {
            this.progress = progress;
            this.total = total;
        }

        void report() {
            progress.booked(done, total);
        }

        void skipped(long transactions) {
            done += transactions;
            report();
        }

        void next() {
            done++;
            report();
        }
    }

    private String store(ParsedStatement parsed, String identity, String source, Channel channel, String user,
                         Booking booking, DonorMatchLookup.Answer records) {
        List<String> keys = parsed.transactions().stream().map(t -> entryKey(parsed, t)).toList();
        Set<String> seen = existingKeys(keys);

        BankStatement statement = new BankStatement();
        statement.id = UUID.randomUUID().toString();
        statement.identityHash = identity;
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
        int duplicates = 0;
        for (String key : keys) {
            if (seen.contains(key)) {
                duplicates++;
            }
        }
        statement.duplicateCount = duplicates;
        entityManager.persist(statement);
        String statementId = statement.id;

        // no automatic flush before every lookup query of the matching: that dirty-checks every pending line and
        // makes a 10,000-line import four times slower; the lines are flushed in blocks
        FlushModeType flushMode = entityManager.getFlushMode();
        entityManager.setFlushMode(FlushModeType.COMMIT);
        EntryMatcher.Lookups lookups = matcher.prepare(records);
        int line = 0;
        try {
        for (int i = 0; i < keys.size(); i++) {
            if (!seen.add(keys.get(i))) {
                booking.next();
                continue;
            }
            ParsedStatement.Transaction t = parsed.transactions().get(i);
            BankEntry entry = new BankEntry();
            entry.id = UUID.randomUUID().toString();
            entry.statementId = statementId;
            entry.lineNo = ++line;
            entry.entryKey = keys.get(i);
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
            matcher.apply(entry, t.returned(), channel, t.donorIdColumn(), lookups, user);
            entityManager.persist(entry);
            if (line % FLUSH_EVERY == 0) {
                // keeps a 100,000-line statement from filling the persistence context
                entityManager.flush();
                entityManager.clear();
            }
            booking.next();
        }
        } finally {
            entityManager.setFlushMode(flushMode);
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("source", source);
        details.put("formatVersion", parsed.formatVersion());
        details.put("entries", parsed.entryCount());
        details.put("transactionsAdded", line);
        details.put("duplicates", duplicates);
        details.put("creditTotal", parsed.creditTotal().toPlainString());
        details.put("debitTotal", parsed.debitTotal().toPlainString());
        audit.record("BANK_STATEMENT", statementId, "IMPORTED", user, details);
        return statementId;
    }

    private Set<String> existingKeys(List<String> keys) {
        Set<String> existing = new HashSet<>();
        for (int from = 0; from < keys.size(); from += 1000) {
            existing.addAll(entityManager.createQuery("select e.entryKey from BankEntry e where e.entryKey in :keys",
                            String.class)
                    .setParameter("keys", keys.subList(from, Math.min(keys.size(), from + 1000)))
                    .getResultList());
        }
        return existing;
    }

    /**
     * A transaction's identity across statements: the account, direction, amount, booking date and the bank's
     * references; without any reference, its place in this statement.
     */
    private static String entryKey(ParsedStatement s, ParsedStatement.Transaction t) {
        String reference = CamtParser.firstNonNull(t.acctSvcrRef(), t.entryRef(), t.endToEndId());
        if (reference == null) {
            reference = "#" + s.statementRef() + "#" + t.entryNo();
        }
        return sha256(String.join("|", s.account(), t.credit() ? "C" : "D", t.amount().toPlainString(),
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
