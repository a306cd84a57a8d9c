package org.donorcrm.gift.bankimport;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.donorcrm.gift.gift.Channel;
import org.donorcrm.gift.gift.Gift;
import org.donorcrm.gift.gift.GiftService;
import org.donorcrm.gift.gift.GiftStatus;
import org.donorcrm.gift.gift.Patterns;
import org.donorcrm.gift.gift.RecordGift;
import org.donorcrm.gift.gift.ReversalReason;
import org.donorcrm.gift.replica.DonorReplica;
import org.donorcrm.gift.replica.EarmarkClass;
import org.donorcrm.gift.replica.FundReplica;
import org.donorcrm.gift.sepa.CollectionService;
import org.donorcrm.gift.sepa.Mandate;
import org.donorcrm.gift.sepa.MandateService;
import org.donorcrm.gift.sepa.MandateStatus;
import org.donorcrm.gift.sepa.SepaCollection;
import org.donorcrm.platform.http.RuleViolation;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides what one statement transaction is and does it, inside the import's transaction: a return reverses the
 * original gift (a collection's through {@link CollectionService}, so it counts toward stopping the mandate); a
 * credit is matched to a donor and becomes a gift, in this order:
 * <ol>
 * <li>our own collections' references: the end-to-end id, the mandate reference (and an online-donation export's
 * donor id column);</li>
 * <li>the counterparty IBAN against the IBANs on donors' records in donor-service ({@link DonorMatchLookup}): one
 * holder is booked; an account held by more than one donor (a joint account) is booked to the holder whose donor
 * number the text names, else to the holder finance confirmed the account for, else goes to review with every
 * holder suggested;</li>
 * <li>an account finance confirmed earlier (the known accounts);</li>
 * <li>a donor number in the remittance text, read strictly ({@link DonorNumbers}), then a donor id in it;</li>
 * <li>the debtor account of an active mandate;</li>
 * </ol>
 * the rest goes to the review queue. A credit that needs donor-service (it has a counterparty IBAN or a donor number
 * in its text) while donor-service could not be asked waits as TO_MATCH, and is matched by {@link ToMatchRetry} once
 * it answers. Only donors the replica knows and that were not erased are matched. Every decision is written down as
 * the entry's reason.
 * <p>
 * Checks that could fail are made before calling {@link GiftService}: an exception thrown through its
 * transactional methods would roll back the whole import.
 */
@ApplicationScoped
public class EntryMatcher {

    private static final Pattern UUID = Pattern.compile(Patterns.UUID);
    private static final Pattern REASON_CODE = Pattern.compile("[A-Z0-9]{4}");
    static final String WAITING = "waiting for donor-service: matched automatically once it answers";
    static final String JOINT_ACCOUNT = "account held by more than one donor: choose the holder";

    private final EntityManager entityManager;
    private final GiftService gifts;
    private final MandateService mandates;
    private final CollectionService collections;
    private final String defaultFundCode;
    private final SecretKeySpec pepper;

    public EntryMatcher(EntityManager entityManager, GiftService gifts, MandateService mandates,
                        CollectionService collections, BankConfig config,
                        @ConfigProperty(name = "crm.gifts.default-fund-code", defaultValue = "ALG") String defaultFundCode) {
        this.entityManager = entityManager;
        this.gifts = gifts;
        this.mandates = mandates;
        this.collections = collections;
        this.defaultFundCode = defaultFundCode;
        this.pepper = new SecretKeySpec(config.ibanPepper().getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    /**
     * What the matching of one import looks up for every line, read once: the accounts finance confirmed (by
     * hash), the debtor accounts of active mandates and the default fund. Saves three queries per line.
     */
    record Lookups(java.util.Map<String, String> knownAccounts, java.util.Map<String, String> mandateAccounts,
                   Optional<FundReplica> defaultFund, DonorMatchLookup.Answer records,
                   java.util.function.Consumer<Gift> giftRows) {

        Lookups(java.util.Map<String, String> knownAccounts, java.util.Map<String, String> mandateAccounts,
                Optional<FundReplica> defaultFund, DonorMatchLookup.Answer records) {
            this(knownAccounts, mandateAccounts, defaultFund, records, null);
        }

        /**
         * The same look-ups, with the gifts of matched credits handed to {@code giftRows} (built as
         * {@link GiftService#record} builds them, not stored) instead of recorded one by one: the import writes them
         * with JDBC batches ({@link ChunkRows}).
         */
        Lookups writingGiftsTo(java.util.function.Consumer<Gift> giftRows) {
            return new Lookups(knownAccounts, mandateAccounts, defaultFund, records, giftRows);
        }
    }

    /** What donor-service must be asked for these transactions: their credits' accounts and donor numbers. */
    record Wanted(java.util.Set<String> ibans, java.util.Set<Long> numbers) {

        static Wanted of(List<ParsedStatement> statements) {
            Wanted wanted = new Wanted(new java.util.LinkedHashSet<>(), new java.util.LinkedHashSet<>());
            for (ParsedStatement statement : statements) {
                for (ParsedStatement.Transaction t : statement.transactions()) {
                    if (t.credit() && !t.returned()) {
                        wanted.add(t.counterpartyIban(), t.remittance(), t.bookingDate());
                    }
                }
            }
            return wanted;
        }

        void add(String iban, String remittance, LocalDate booked) {
            if (iban != null && !iban.isBlank()) {
                ibans.add(iban);
            }
            numbers.addAll(DonorNumbers.find(remittance, booked).all());
        }
    }

    Lookups prepare(DonorMatchLookup.Answer records) {
        java.util.Map<String, String> known = new java.util.HashMap<>();
        entityManager.createQuery("select k.ibanHash, k.donorId from KnownAccount k", Object[].class)
                .getResultList().stream().forEach(row -> known.put((String) row[0], (String) row[1]));
        java.util.Map<String, String> mandateAccounts = new java.util.HashMap<>();
        // oldest first, so that the newest mandate of an account wins
        entityManager.createQuery("select m.debtorIban, m.donorId from Mandate m where m.status = :active "
                        + "and m.debtorIban is not null order by m.createdAt", Object[].class)
                .setParameter("active", MandateStatus.ACTIVE)
                .getResultList().stream().forEach(row -> mandateAccounts.put((String) row[0], (String) row[1]));
        return new Lookups(known, mandateAccounts, gifts.fund(defaultFundCode), records);
    }

    /**
     * As {@link #prepare(DonorMatchLookup.Answer)}, for one chunk of an import: only the confirmed accounts and
     * mandate accounts of these IBANs (one query each), which is all the matching of the chunk looks up.
     */
    Lookups prepare(DonorMatchLookup.Answer records, java.util.Set<String> ibans) {
        java.util.Map<String, String> known = new java.util.HashMap<>();
        java.util.Map<String, String> mandateAccounts = new java.util.HashMap<>();
        if (!ibans.isEmpty()) {
            List<String> hashes = ibans.stream().map(this::hash).distinct().toList();
            entityManager.createQuery("select k.ibanHash, k.donorId from KnownAccount k where k.ibanHash in :h",
                            Object[].class)
                    .setParameter("h", hashes)
                    .getResultList().forEach(row -> known.put((String) row[0], (String) row[1]));
            // oldest first, so that the newest mandate of an account wins
            entityManager.createQuery("select m.debtorIban, m.donorId from Mandate m where m.status = :active "
                            + "and m.debtorIban in :ibans order by m.createdAt", Object[].class)
                    .setParameter("active", MandateStatus.ACTIVE).setParameter("ibans", ibans)
                    .getResultList().forEach(row -> mandateAccounts.put((String) row[0], (String) row[1]));
        }
        return new Lookups(known, mandateAccounts, gifts.fund(defaultFundCode), records);
    }

    void apply(BankEntry entry, boolean returned, Channel channel, String donorIdColumn, Lookups lookups,
               String user) {
        if (!"CRDT".equals(entry.direction)) {
            debit(entry, returned, user);
        } else if (returned) {
            entry.kind = "RETURN";
            decide(entry, EntryStatus.RETURN_IN, "money back from an outgoing payment (return or reversal): not a gift");
        } else {
            entry.kind = "CREDIT";
            credit(entry, channel, donorIdColumn, lookups, user);
        }
    }

    private void debit(BankEntry entry, boolean returned, String user) {
        Optional<SepaCollection> collection = entry.endToEndId == null ? Optional.empty()
                : collections.byEndToEndId(entry.endToEndId);
        if (collection.isPresent()) {
            entry.kind = "RETURN";
            SepaCollection c = collection.get();
            entry.giftId = c.giftId;
            entry.donorId = mandates.get(c.mandateId).donorId;
            if (SepaCollection.RETURNED.equals(c.status)) {
                decide(entry, EntryStatus.REVERSED, "return of our collection, already booked");
                return;
            }
            String code = entry.returnReason != null && REASON_CODE.matcher(entry.returnReason).matches()
                    ? entry.returnReason : "NARR";
            collections.returned(c.id, laterOf(entry.bookingDate, c.dueDate), code, user);
            decide(entry, EntryStatus.REVERSED, "return " + code + " of our direct debit (end-to-end id): gift reversed");
            return;
        }
        if (!returned) {
            entry.kind = "DEBIT";
            decide(entry, EntryStatus.DEBIT, "payment out: not a gift");
            return;
        }
        entry.kind = "RETURN";
        Optional<BankEntry> original = entry.endToEndId == null ? Optional.empty() : creditWithGift(entry.endToEndId);
        if (original.isPresent()) {
            Gift gift = gifts.find(original.get().giftId).orElseThrow();
            entry.giftId = gift.id;
            entry.donorId = gift.donorId;
            if (gift.status == GiftStatus.REVERSED) {
                decide(entry, EntryStatus.REVERSED, "return of a transfer whose gift was already reversed");
                return;
            }
            gifts.reverse(gift.id, laterOf(entry.bookingDate, gift.incomeDate), ReversalReason.REFUND,
                    "returned by the bank" + (entry.returnReason == null ? "" : " (" + entry.returnReason + ")"), user);
            decide(entry, EntryStatus.REVERSED, "return of an earlier credit (end-to-end id): gift reversed");
            return;
        }
        decide(entry, EntryStatus.RETURN_UNMATCHED, "return without a gift of ours to reverse");
    }

    private void credit(BankEntry entry, Channel channel, String donorIdColumn, Lookups lookups, String user) {
        if (!"EUR".equals(entry.currency)) {
            decide(entry, EntryStatus.REVIEW, "amount in " + entry.currency + ", not EUR: to be booked by hand");
            return;
        }
        if (entry.endToEndId != null) {
            Optional<SepaCollection> collection = collections.byEndToEndId(entry.endToEndId);
            if (collection.isPresent()) {
                booked(entry, collection.get(), "end-to-end id of our direct debit");
                return;
            }
        }
        if (entry.mandateRef != null) {
            Optional<Mandate> mandate = mandates.findByReference(entry.mandateRef);
            if (mandate.isPresent()) {
                Optional<SepaCollection> near = collectionNear(mandate.get().id, entry.bookingDate);
                if (near.isPresent()) {
                    booked(entry, near.get(), "mandate reference of our direct debit");
                } else {
                    gift(entry, mandate.get().donorId, "mandate reference", channel, lookups, user);
                }
                return;
            }
        }
        if (donorIdColumn != null && knownDonor(donorIdColumn.strip().toLowerCase()).isPresent()) {
            gift(entry, donorIdColumn.strip().toLowerCase(), "donor id column of the export", channel, lookups,
                    user);
            return;
        }
        matchByRecords(entry, channel, lookups, user);
    }

    /**
     * Steps 2 to 5 of the order (see the class): what needs donor-service's records. Also what {@link ToMatchRetry}
     * does with a credit that waited for them.
     */
    void matchByRecords(BankEntry entry, Channel channel, Lookups lookups, String user) {
        DonorMatchLookup.Answer records = lookups.records();
        DonorNumbers.Found numbers = DonorNumbers.find(entry.remittance, entry.bookingDate);
        if (!records.available() && (entry.counterpartyIban != null || !numbers.isEmpty())) {
            decide(entry, EntryStatus.TO_MATCH, WAITING);
            return;
        }
        List<String> named = numbers.all().stream().map(records::donor).flatMap(Optional::stream)
                .map(this::matchable).flatMap(Optional::stream).distinct().toList();
        if (entry.counterpartyIban != null) {
            List<String> holders = records.holders(entry.counterpartyIban).stream().map(this::matchable)
                    .flatMap(Optional::stream).distinct().toList();
            if (holders.size() == 1) {
                gift(entry, holders.get(0), "account on the donor's record", channel, lookups, user);
                return;
            }
            String known = lookups.knownAccounts().get(hash(entry.counterpartyIban));
            Optional<String> confirmed = known == null ? Optional.empty() : matchable(known);
            if (holders.size() > 1) {
                List<String> namedHolders = named.stream().filter(holders::contains).toList();
                if (namedHolders.size() == 1) {
                    gift(entry, namedHolders.get(0), "donor number of one holder of a joint account", channel,
                            lookups, user);
                    return;
                }
                if (confirmed.isPresent() && holders.contains(confirmed.get())) {
                    gift(entry, confirmed.get(), "account confirmed by finance earlier", channel, lookups, user);
                    return;
                }
                entry.suggestedDonors = String.join(",", holders);
                decide(entry, EntryStatus.REVIEW, JOINT_ACCOUNT);
                return;
            }
            if (confirmed.isPresent()) {
                gift(entry, confirmed.get(), "account confirmed by finance earlier", channel, lookups, user);
                return;
            }
        }
        if (named.size() == 1) {
            gift(entry, named.get(0), "donor number in the remittance text", channel, lookups, user);
            return;
        }
        if (entry.remittance != null) {
            Matcher ids = UUID.matcher(entry.remittance);
            while (ids.find()) {
                Optional<String> donor = matchable(ids.group().toLowerCase());
                if (donor.isPresent()) {
                    gift(entry, donor.get(), "donor id in the remittance text", channel, lookups, user);
                    return;
                }
            }
        }
        if (entry.counterpartyIban != null) {
            String mandateDonor = lookups.mandateAccounts().get(entry.counterpartyIban);
            if (mandateDonor != null && matchable(mandateDonor).isPresent()) {
                gift(entry, matchable(mandateDonor).get(), "debtor account of the donor's mandate", channel, lookups,
                        user);
                return;
            }
        }
        decide(entry, EntryStatus.REVIEW, "no donor found by end-to-end id, mandate reference, account or remittance text");
    }

    /** The credit of a collection run we sent: its gift exists already (recorded on generation). */
    private void booked(BankEntry entry, SepaCollection collection, String reason) {
        entry.giftId = collection.giftId;
        entry.donorId = mandates.get(collection.mandateId).donorId;
        decide(entry, EntryStatus.COLLECTION, reason + ": gift recorded by the collection run");
    }

    private void gift(BankEntry entry, String donorId, String reason, Channel channel, Lookups lookups,
                      String user) {
        Optional<FundReplica> fund = lookups.defaultFund();
        if (fund.isEmpty() || !fund.get().isOpenOn(entry.bookingDate)) {
            entry.donorId = donorId;
            decide(entry, EntryStatus.REVIEW, "donor found by " + reason + ", but fund " + defaultFundCode
                    + " is not open on " + entry.bookingDate);
            return;
        }
        Gift gift;
        if (lookups.giftRows() != null && fund.get().earmarkClass == EarmarkClass.UNEARMARKED
                && entry.amount.signum() > 0) {
            // what GiftService.record would store for this command, handed on to be written in the chunk's batches
            // (a gift it would refuse, it is still asked for: it refuses it as before)
            gift = new Gift();
            gift.id = java.util.UUID.randomUUID().toString();
            gift.donorId = donorId;
            gift.amount = entry.amount;
            gift.currency = "EUR";
            gift.incomeDate = entry.bookingDate;
            gift.receivedDate = entry.valueDate != null ? entry.valueDate : entry.bookingDate;
            gift.channel = channel;
            gift.recordedBy = user;
            gift.recordedAt = java.time.Instant.now();
            gift.addAllocation(fund.get().earmarkClass, fund.get().fundId, fund.get().code, entry.amount);
            lookups.giftRows().accept(gift);
        } else {
            gift = gifts.record(new RecordGift(donorId, entry.amount, "EUR", entry.bookingDate,
                    entry.valueDate != null ? entry.valueDate : entry.bookingDate, channel, null, null, null,
                    List.of(new RecordGift.Line(EarmarkClass.UNEARMARKED, null, entry.amount))), user);
        }
        entry.donorId = gift.donorId;
        entry.giftId = gift.id;
        decide(entry, EntryStatus.MATCHED, "matched by " + reason);
    }

    /** A donor the replica knows (a merged one: its survivor) and that was not erased: it may be matched. */
    private Optional<String> matchable(String donorId) {
        Optional<String> current = knownDonor(donorId);
        if (current.isEmpty()) {
            return current;
        }
        DonorReplica donor = entityManager.find(DonorReplica.class, current.get());
        return donor == null || DonorReplica.ERASED.equals(donor.status) ? Optional.empty() : current;
    }

    private Optional<String> knownDonor(String donorId) {
        try {
            return Optional.of(gifts.currentDonorId(donorId, "#/donorId"));
        } catch (RuleViolation unknown) {
            return Optional.empty();
        }
    }

    private Optional<SepaCollection> collectionNear(String mandateId, LocalDate booked) {
        return entityManager.createQuery("from SepaCollection c where c.mandateId = :m and c.dueDate between :from "
                        + "and :to order by c.dueDate desc", SepaCollection.class)
                .setParameter("m", mandateId)
                .setParameter("from", booked.minusDays(14))
                .setParameter("to", booked.plusDays(7))
                .setMaxResults(1).getResultList().stream().findFirst();
    }

    private Optional<BankEntry> creditWithGift(String endToEndId) {
        // the credit may be an earlier line of the same statement, not flushed yet
        entityManager.flush();
        return entityManager.createQuery("from BankEntry e where e.endToEndId = :e2e and e.direction = 'CRDT' "
                        + "and e.giftId is not null order by e.bookingDate desc", BankEntry.class)
                .setParameter("e2e", endToEndId)
                .setMaxResults(1).getResultList().stream().findFirst();
    }

    String hash(String iban) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(pepper);
            return HexFormat.of().formatHex(mac.doFinal(iban.replace(" ", "").toUpperCase(java.util.Locale.ROOT)
                    .getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static LocalDate laterOf(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static void decide(BankEntry entry, EntryStatus status, String reason) {
        entry.status = status;
        entry.matchReason = reason;
    }
}
