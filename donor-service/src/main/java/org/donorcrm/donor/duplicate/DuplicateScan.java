package org.donorcrm.donor.duplicate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.donorcrm.donor.donor.BlockingKeys;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Finds donors that may be duplicates: active donors sharing a blocking key ({@link BlockingKeys}). Each key is
 * one GROUP BY over its index (merged and erased donors have no keys), so the scan grows with the number of
 * donors, not with its square. A key shared by more than {@value #LARGEST_GROUP} donors (a common surname in
 * one phonetic group, an office e-mail address) is skipped: pairs among so many are no review list.
 * New pairs become OPEN candidates; pairs already decided (dismissed or merged) are not reopened.
 */
@ApplicationScoped
public class DuplicateScan {

    private static final Logger LOG = Logger.getLogger(DuplicateScan.class);
    static final int LARGEST_GROUP = 20;

    /** Reason and the column of its blocking key. */
    private static final Map<String, String> KEYS = new LinkedHashMap<>();

    static {
        KEYS.put("SAME_IBAN", "iban_key");
        KEYS.put("SAME_EMAIL", "email_key");
        KEYS.put("SAME_NAME_AND_POSTCODE", "name_postcode_key");
        KEYS.put("SIMILAR_NAME", "phonetic_key");
    }

    public record Result(int pairs, int newCandidates, long millis) {
    }

    private final EntityManager entityManager;

    public DuplicateScan(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Transactional
    public Result scan() {
        long start = System.nanoTime();
        Map<String, TreeSet<String>> reasonsByPair = new HashMap<>();
        KEYS.forEach((reason, column) -> collectPairs(reason, column, reasonsByPair));

        Map<String, DuplicateCandidate> known = new HashMap<>();
        for (DuplicateCandidate c : entityManager.createQuery("from DuplicateCandidate", DuplicateCandidate.class)
                .getResultList()) {
            known.put(c.donorA + "|" + c.donorB, c);
        }
        int created = 0;
        Instant now = Instant.now();
        for (Map.Entry<String, TreeSet<String>> pair : reasonsByPair.entrySet()) {
            String reasons = String.join(",", pair.getValue());
            DuplicateCandidate candidate = known.get(pair.getKey());
            if (candidate != null) {
                if (candidate.status == DuplicateCandidate.Status.OPEN) {
                    candidate.reasons = reasons;
                }
                continue;
            }
            String[] ids = pair.getKey().split("\\|");
            candidate = new DuplicateCandidate();
            candidate.id = UUID.randomUUID().toString();
            candidate.donorA = ids[0];
            candidate.donorB = ids[1];
            candidate.reasons = reasons;
            candidate.status = DuplicateCandidate.Status.OPEN;
            candidate.foundAt = now;
            entityManager.persist(candidate);
            if (++created % 500 == 0) {
                entityManager.flush();
                entityManager.clear();
            }
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        LOG.infof("duplicate scan: %d candidate pairs, %d new, in %d ms", reasonsByPair.size(), created, millis);
        return new Result(reasonsByPair.size(), created, millis);
    }

    private void collectPairs(String reason, String column, Map<String, TreeSet<String>> reasonsByPair) {
        long start = System.nanoTime();
        // The inner GROUP BY reads only the key's index; the join fetches the ids of the shared keys.
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery(
                        "select d." + column + ", d.id from donor d join (select " + column + " k from donor"
                                + " where " + column + " is not null group by " + column
                                + " having count(*) between 2 and " + LARGEST_GROUP + ") g on d." + column
                                + " = g.k order by d." + column + ", d.id")
                .getResultList();
        String currentKey = null;
        List<String> group = new ArrayList<>();
        for (Object[] row : rows) {
            String key = (String) row[0];
            if (!key.equals(currentKey)) {
                addPairs(group, reason, reasonsByPair);
                group.clear();
                currentKey = key;
            }
            group.add((String) row[1]);
        }
        addPairs(group, reason, reasonsByPair);
        LOG.debugf("duplicate scan: %s read %d rows in %d ms", reason, rows.size(), (System.nanoTime() - start) / 1_000_000);
    }

    private static void addPairs(List<String> ids, String reason, Map<String, TreeSet<String>> reasonsByPair) {
        for (int i = 0; i < ids.size(); i++) {
            for (int j = i + 1; j < ids.size(); j++) {
                // ids arrive sorted, so (i, j) is already (smaller, larger): a pair is stored once
                reasonsByPair.computeIfAbsent(ids.get(i) + "|" + ids.get(j), k -> new TreeSet<>()).add(reason);
            }
        }
    }
}
