package org.donorcrm.gift.gift;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.donorcrm.gift.replica.CampaignReplica;
import org.donorcrm.gift.replica.DonorRecords;
import org.donorcrm.gift.replica.DonorReplica;
import org.donorcrm.gift.replica.EarmarkClass;
import org.donorcrm.gift.replica.FundReplica;
import org.donorcrm.platform.http.Conflict;
import org.donorcrm.platform.http.RuleViolation;
import org.donorcrm.platform.idempotency.Idempotency;
import org.donorcrm.platform.idempotency.RepeatableWrite;
import org.donorcrm.platform.outbox.Outbox;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Records and corrects gifts. Every change, its audit-trail entry and its event are written in one
 * transaction. Donors, funds and campaigns are checked against the local replicas: an unknown donor, an
 * unknown or closed fund, or allocations that miss the amount by a cent store nothing.
 */
@ApplicationScoped
public class GiftService implements DonorRecords {

    /** The organisation's time zone: what "today" is for income dates, due dates and the nightly checks. */
    public static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    /** The operation a gift is recorded under an Idempotency-Key as (idempotent_request.operation). */
    public static final String RECORD = "gift.record";
    private static final int MAX_MERGE_CHAIN = 20;

    private final GiftRepository gifts;
    private final Outbox outbox;
    private final Idempotency idempotency;
    private final EntityManager entityManager;
    private final ObjectMapper objectMapper;
    private final String defaultFundCode;

    public GiftService(GiftRepository gifts, Outbox outbox, Idempotency idempotency, EntityManager entityManager,
                       ObjectMapper objectMapper,
                       @ConfigProperty(name = "crm.gifts.default-fund-code", defaultValue = "ALG") String defaultFundCode) {
        this.gifts = gifts;
        this.outbox = outbox;
        this.idempotency = idempotency;
        this.entityManager = entityManager;
        this.objectMapper = objectMapper;
        this.defaultFundCode = defaultFundCode;
    }

    /** Records a gift. */
    @Transactional
    public Gift record(RecordGift command, String user) {
        return record(command, user, null, "#");
    }

    /**
     * Records a gift under an Idempotency-Key: the key is remembered in the gift's transaction, so that a repeat
     * finds the gift and a concurrent twin fails on the key (the platform's {@code IdempotentCreate}).
     */
    @Transactional
    public Gift record(RecordGift command, String user, RepeatableWrite write) {
        Gift gift = record(command, user, null, "#");
        idempotency.remember(write, gift.id, user);
        return gift;
    }

    /**
     * Records one gift of a batch, in the batch's transaction; a broken rule names the field under
     * {@code pointer} (the gift's place in the batch).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Gift recordInBatch(RecordGift command, String user, String batchId, String pointer) {
        return record(command, user, batchId, pointer);
    }

    public List<Gift> giftsOfBatch(String batchId) {
        return gifts.list("batchId = ?1 order by recordedAt, id", batchId);
    }

    /** Reverses a whole gift (refund, chargeback, SEPA return, error); it counts negative on its own date. */
    @Transactional
    public GiftReversal reverse(String giftId, LocalDate reversalDate, ReversalReason reason, String note,
                                String user) {
        Gift gift = gifts.findByIdOptional(giftId)
                .orElseThrow(() -> new jakarta.ws.rs.NotFoundException("no gift " + giftId));
        if (gift.status == GiftStatus.REVERSED) {
            throw new Conflict("Conflict", null, "gift " + giftId + " was already reversed", "giftAlreadyReversed");
        }
        if (reversalDate.isBefore(gift.incomeDate)) {
            throw new RuleViolation("#/reversalDate", "must not be before the gift's income date "
                    + gift.incomeDate, "reversalBeforeIncome", gift.incomeDate);
        }
        GiftReversal reversal = new GiftReversal();
        reversal.id = UUID.randomUUID().toString();
        reversal.giftId = gift.id;
        reversal.reversalDate = reversalDate;
        reversal.reason = reason;
        reversal.note = note;
        reversal.reversedBy = user;
        reversal.reversedAt = Instant.now();
        entityManager.persist(reversal);
        gift.status = GiftStatus.REVERSED;

        Map<String, Object> details = new LinkedHashMap<>();
        details.put("reversalDate", reversalDate.toString());
        details.put("reason", reason.name());
        details.put("note", note);
        history(gift.id, "REVERSED", user, details);
        outbox.write(GiftReversed.TYPE, gift.id, gift.donorId, new GiftReversed(gift.id, gift.donorId, gift.amount,
                gift.currency, gift.incomeDate, reversalDate, reason.name(), gift.campaignId, gift.appealId,
                allocationsOf(gift), reversal.reversedAt));
        return reversal;
    }

    public Optional<GiftReversal> reversalOf(String giftId) {
        return entityManager.createQuery("from GiftReversal r where r.giftId = :gift", GiftReversal.class)
                .setParameter("gift", giftId)
                .getResultList().stream().findFirst();
    }

    /**
     * Re-earmarks a gift and/or moves it to another campaign or appeal. The gift keeps its income date: the
     * correction changes how it was classified, not when it came in. A request that changes nothing is a no-op.
     */
    @Transactional
    public Gift reallocate(String giftId, Reallocate command, String user) {
        Gift gift = gifts.findByIdOptional(giftId)
                .orElseThrow(() -> new jakarta.ws.rs.NotFoundException("no gift " + giftId));
        if (gift.status == GiftStatus.REVERSED) {
            throw new Conflict("Conflict", null, "gift " + giftId + " was reversed and cannot be re-earmarked",
                    "giftReversedNotReallocated");
        }
        List<GiftRecorded.Allocation> before = allocationsOf(gift);
        String previousCampaignId = gift.campaignId;
        String previousAppealId = gift.appealId;

        List<ResolvedLine> lines = command.allocations() == null || command.allocations().isEmpty()
                ? currentLines(gift)
                : resolveLines(command.allocations(), gift.amount, gift.incomeDate, "#");
        Attribution attribution = command.campaignId() == null && command.appealId() == null
                ? new Attribution(gift.campaignId, gift.appealId)
                : attribution(command.campaignId(), command.appealId(), "#");

        boolean sameLines = sameLines(lines, gift.allocations);
        if (sameLines && Objects.equals(attribution.campaignId(), gift.campaignId)
                && Objects.equals(attribution.appealId(), gift.appealId)) {
            return gift;
        }
        if (!sameLines) {
            gift.allocations.clear();
            // the old lines must leave the table before new ones take their line numbers
            entityManager.flush();
            lines.forEach(l -> gift.addAllocation(l.earmarkClass(), l.fundId(), l.fundCode(), l.amount()));
        }
        gift.campaignId = attribution.campaignId();
        gift.appealId = attribution.appealId();
        entityManager.flush();

        List<GiftRecorded.Allocation> after = allocationsOf(gift);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("reason", command.reason());
        details.put("previousAllocations", before);
        details.put("allocations", after);
        details.put("previousCampaignId", previousCampaignId);
        details.put("campaignId", gift.campaignId);
        details.put("previousAppealId", previousAppealId);
        details.put("appealId", gift.appealId);
        history(gift.id, "REALLOCATED", user, details);
        outbox.write(GiftReallocated.TYPE, gift.id, gift.donorId, new GiftReallocated(gift.id, gift.donorId,
                gift.amount, gift.currency, gift.incomeDate, previousCampaignId, previousAppealId, gift.campaignId,
                gift.appealId, before, after, command.reason(), Instant.now()));
        return gift;
    }

    public Optional<Gift> find(String id) {
        return gifts.findByIdOptional(id);
    }

    public List<GiftHistoryEntry> history(String giftId) {
        return entityManager.createQuery("from GiftHistoryEntry h where h.giftId = :gift order by h.id",
                        GiftHistoryEntry.class)
                .setParameter("gift", giftId)
                .getResultList();
    }

    private Gift record(RecordGift command, String user, String batchId, String pointer) {
        String donorId = knownDonor(command.donorId(), pointer + "/donorId");
        Channel channel = command.channel() == null ? Channel.BANK_TRANSFER : command.channel();
        if ((channel == Channel.IN_KIND || channel == Channel.PRO_BONO)
                && (command.description() == null || command.description().isBlank())) {
            throw new RuleViolation(pointer + "/description",
                    "a gift in kind or pro bono needs a description of what was given; its amount is the fair value",
                    "descriptionNeeded");
        }
        List<RecordGift.Line> requested = command.allocations() == null || command.allocations().isEmpty()
                ? List.of(new RecordGift.Line(EarmarkClass.UNEARMARKED, null, command.amount()))
                : command.allocations();
        List<ResolvedLine> lines = resolveLines(requested, command.amount(), command.incomeDate(), pointer);
        Attribution attribution = attribution(command.campaignId(), command.appealId(), pointer);

        Gift gift = new Gift();
        gift.id = UUID.randomUUID().toString();
        gift.donorId = donorId;
        gift.amount = command.amount();
        gift.currency = command.currency() == null ? "EUR" : command.currency();
        gift.incomeDate = command.incomeDate();
        gift.receivedDate = command.receivedDate() == null ? command.incomeDate() : command.receivedDate();
        gift.channel = channel;
        gift.campaignId = attribution.campaignId();
        gift.appealId = attribution.appealId();
        gift.description = command.description();
        gift.batchId = batchId;
        gift.recordedBy = user;
        gift.recordedAt = Instant.now();
        lines.forEach(l -> gift.addAllocation(l.earmarkClass(), l.fundId(), l.fundCode(), l.amount()));
        gifts.persist(gift);

        Map<String, Object> details = new LinkedHashMap<>();
        details.put("amount", gift.amount.toPlainString());
        details.put("incomeDate", gift.incomeDate.toString());
        details.put("channel", gift.channel.name());
        details.put("allocations", allocationsOf(gift));
        details.put("campaignId", gift.campaignId);
        details.put("appealId", gift.appealId);
        details.put("batchId", batchId);
        history(gift.id, "RECORDED", user, details);
        outbox.write(GiftRecorded.TYPE, gift.id, gift.donorId, new GiftRecorded(gift.id, gift.donorId, gift.amount,
                gift.currency, gift.incomeDate, gift.receivedDate, gift.channel.name(), gift.campaignId,
                gift.appealId, allocationsOf(gift), gift.recordedAt));
        return gift;
    }

    /**
     * The current id of a donor gift-service knows (following merges), for the recurring gifts, agreements and
     * grants that are recorded beside gifts; an unknown donor is a {@link RuleViolation} at {@code pointer}.
     */
    public String currentDonorId(String donorId, String pointer) {
        return knownDonor(donorId, pointer);
    }

    /** A merged donor's gifts go to the survivor, so the donor's history and totals stay whole under one id. */
    @Override
    public void merge(String mergedId, String survivorId) {
        entityManager.createQuery("update Gift g set g.donorId = :survivor where g.donorId = :merged")
                .setParameter("survivor", survivorId)
                .setParameter("merged", mergedId)
                .executeUpdate();
    }

    /** The fund with this code from the replica, if campaign-service defined it. */
    public Optional<FundReplica> fund(String code) {
        return Optional.ofNullable(fundByCode(code));
    }

    /** The donor's current id: a merged donor's gifts go to its survivor. */
    private String knownDonor(String donorId, String pointer) {
        String id = donorId;
        for (int i = 0; i < MAX_MERGE_CHAIN; i++) {
            DonorReplica donor = entityManager.find(DonorReplica.class, id);
            if (donor == null || donor.kind == null || "UNKNOWN".equals(donor.kind)) {
                throw new RuleViolation(pointer, "unknown donor " + donorId, "unknownDonor");
            }
            if (!DonorReplica.MERGED.equals(donor.status) || donor.survivorId == null) {
                return donor.donorId;
            }
            id = donor.survivorId;
        }
        throw new RuleViolation(pointer, "donor " + donorId + " was merged too many times to follow",
                "donorMergedTooOften");
    }

    private record ResolvedLine(EarmarkClass earmarkClass, String fundId, String fundCode, BigDecimal amount) {
    }

    /** Where a gift counts: a campaign and, within it, an appeal (each may be null). */
    public record Attribution(String campaignId, String appealId) {
    }

    /**
     * The campaign and appeal as a gift would record them (an appeal's own campaign when only the appeal is given),
     * checked against the replica: an unknown campaign or appeal, or an appeal of another campaign, is a
     * {@link RuleViolation} at {@code pointer}/campaignId or {@code pointer}/appealId.
     */
    public Attribution checkedAttribution(String campaignId, String appealId, String pointer) {
        return attribution(campaignId, appealId, pointer);
    }

    private List<ResolvedLine> resolveLines(List<RecordGift.Line> requested, BigDecimal amount, LocalDate incomeDate,
                                            String pointer) {
        List<ResolvedLine> lines = new ArrayList<>();
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 0; i < requested.size(); i++) {
            RecordGift.Line line = requested.get(i);
            String at = pointer + "/allocations/" + i;
            if (line.amount() == null || line.amount().signum() <= 0) {
                throw new RuleViolation(at + "/amount", "must be greater than zero", "amountNotPositive");
            }
            String code = line.fundCode();
            if (code == null) {
                if (line.earmarkClass() != null && line.earmarkClass() != EarmarkClass.UNEARMARKED) {
                    throw new RuleViolation(at + "/fundCode",
                            "a " + line.earmarkClass().name().toLowerCase() + "-earmarked allocation needs a fund code",
                            "earmarkNeedsFund");
                }
                code = defaultFundCode;
            }
            FundReplica fund = fundByCode(code);
            if (fund == null) {
                throw new RuleViolation(at + "/fundCode", "unknown fund " + code, "unknownFund", code);
            }
            if (line.earmarkClass() != null && line.earmarkClass() != fund.earmarkClass) {
                throw new RuleViolation(at + "/earmarkClass", "fund " + code + " is "
                        + fund.earmarkClass + ", not " + line.earmarkClass(), "fundOtherEarmark", code);
            }
            if (!fund.isOpenOn(incomeDate)) {
                throw new RuleViolation(at + "/fundCode", "fund " + code + " is closed or not active on "
                        + incomeDate, "fundClosed", code, incomeDate);
            }
            lines.add(new ResolvedLine(fund.earmarkClass, fund.fundId, fund.code, line.amount()));
            sum = sum.add(line.amount());
        }
        if (sum.compareTo(amount) != 0) {
            throw new RuleViolation(pointer + "/allocations",
                    "allocations add up to " + sum.toPlainString() + ", the gift is " + amount.toPlainString(),
                    "allocationsSum", sum, amount);
        }
        return lines;
    }

    private FundReplica fundByCode(String code) {
        return entityManager.createQuery("from FundReplica f where f.code = :code", FundReplica.class)
                .setParameter("code", code)
                .getResultList().stream().findFirst().orElse(null);
    }

    private Attribution attribution(String campaignId, String appealId, String pointer) {
        String campaign = campaignId;
        if (appealId != null) {
            CampaignReplica appeal = entityManager.find(CampaignReplica.class, appealId);
            if (appeal == null || appeal.parentCampaignId == null) {
                throw new RuleViolation(pointer + "/appealId", "unknown appeal " + appealId, "unknownAppeal");
            }
            if (campaign != null && !campaign.equals(appeal.parentCampaignId)) {
                throw new RuleViolation(pointer + "/appealId", "appeal " + appealId
                        + " does not belong to campaign " + campaign, "appealOfOtherCampaign");
            }
            campaign = appeal.parentCampaignId;
        }
        if (campaign != null) {
            CampaignReplica known = entityManager.find(CampaignReplica.class, campaign);
            if (known == null || known.parentCampaignId != null) {
                throw new RuleViolation(pointer + "/campaignId", "unknown campaign " + campaign,
                        "unknownCampaign");
            }
        }
        return new Attribution(campaign, appealId);
    }

    private static List<ResolvedLine> currentLines(Gift gift) {
        return gift.allocations.stream()
                .map(a -> new ResolvedLine(a.earmarkClass, a.fundId, a.fundCode, a.amount))
                .toList();
    }

    private static boolean sameLines(List<ResolvedLine> lines, List<GiftAllocation> current) {
        if (lines.size() != current.size()) {
            return false;
        }
        for (int i = 0; i < lines.size(); i++) {
            ResolvedLine line = lines.get(i);
            GiftAllocation allocation = current.get(i);
            if (!Objects.equals(line.fundCode(), allocation.fundCode)
                    || line.earmarkClass() != allocation.earmarkClass
                    || line.amount().compareTo(allocation.amount) != 0) {
                return false;
            }
        }
        return true;
    }

    private static List<GiftRecorded.Allocation> allocationsOf(Gift gift) {
        return gift.allocations.stream()
                .map(a -> new GiftRecorded.Allocation(a.lineNo, a.earmarkClass.name(), a.fundCode, a.amount))
                .toList();
    }

    private void history(String giftId, String action, String user, Map<String, Object> details) {
        GiftHistoryEntry entry = new GiftHistoryEntry();
        entry.giftId = giftId;
        entry.action = action;
        entry.actor = user;
        entry.actedAt = Instant.now();
        try {
            entry.details = objectMapper.writeValueAsString(details);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        entityManager.persist(entry);
    }
}
