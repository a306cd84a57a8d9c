package org.donorcrm.gift.bankimport;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.donorcrm.gift.audit.AuditTrail;
import org.donorcrm.gift.gift.Channel;
import org.jboss.logging.Logger;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Matches the credits that waited for donor-service (status TO_MATCH) once it answers: every
 * {@code crm.bank.to-match-every} (30 s) up to {@value #PER_ROUND} of them, oldest first, in one transaction that
 * holds them with {@code SELECT … FOR UPDATE SKIP LOCKED}, so that of several replicas only one takes a given credit
 * (the others skip the locked rows) and nothing is booked twice. donor-service is asked once for the round's accounts
 * and numbers; when it still does not answer, the round changes nothing and the credits wait for the next one.
 */
@ApplicationScoped
public class ToMatchRetry {

    static final int PER_ROUND = 500;
    private static final Logger LOG = Logger.getLogger(ToMatchRetry.class);

    private final EntityManager entityManager;
    private final EntryMatcher matcher;
    private final DonorMatchLookup lookup;
    private final AuditTrail audit;

    public ToMatchRetry(EntityManager entityManager, EntryMatcher matcher, DonorMatchLookup lookup, AuditTrail audit) {
        this.entityManager = entityManager;
        this.matcher = matcher;
        this.lookup = lookup;
        this.audit = audit;
    }

    @Scheduled(every = "{crm.bank.to-match-every:30s}", delayed = "{crm.bank.to-match-every:30s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        int matched = matchWaiting();
        if (matched > 0) {
            LOG.infof("%d bank credits that waited for donor-service were matched", matched);
        }
    }

    /** One round; the number of credits that left TO_MATCH. */
    public int matchWaiting() {
        return QuarkusTransaction.requiringNew().call(this::round);
    }

    @SuppressWarnings("unchecked")
    private int round() {
        List<String> ids = entityManager.createNativeQuery("select id from bank_entry where status = 'TO_MATCH' "
                        + "order by booking_date, id limit " + PER_ROUND + " for update skip locked")
                .getResultList();
        if (ids.isEmpty()) {
            return 0;
        }
        List<BankEntry> entries = entityManager.createQuery("from BankEntry e where e.id in :ids "
                        + "order by e.bookingDate, e.statementId, e.lineNo", BankEntry.class)
                .setParameter("ids", ids).getResultList();
        EntryMatcher.Wanted wanted = new EntryMatcher.Wanted(new java.util.LinkedHashSet<>(),
                new java.util.LinkedHashSet<>());
        entries.forEach(e -> wanted.add(e.counterpartyIban, e.remittance, e.bookingDate));
        DonorMatchLookup.Answer records = lookup.find(wanted.ibans(), wanted.numbers());
        if (!records.available()) {
            return 0;
        }
        EntryMatcher.Lookups lookups = matcher.prepare(records);
        Map<String, Channel> channels = new HashMap<>();
        int done = 0;
        for (BankEntry entry : entries) {
            Channel channel = channels.computeIfAbsent(entry.statementId, id ->
                    "CSV".equals(entityManager.find(BankStatement.class, id).source) ? Channel.ONLINE
                            : Channel.BANK_TRANSFER);
            matcher.matchByRecords(entry, channel, lookups, "system");
            if (entry.status != EntryStatus.TO_MATCH) {
                done++;
                Map<String, Object> details = new LinkedHashMap<>();
                details.put("status", entry.status.name());
                if (entry.donorId != null) {
                    details.put("donorId", entry.donorId);
                }
                if (entry.giftId != null) {
                    details.put("giftId", entry.giftId);
                }
                audit.record("BANK_ENTRY", entry.id, "MATCHED_LATER", "system", details);
            }
        }
        return done;
    }
}
