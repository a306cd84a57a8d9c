package org.donorcrm.donor.donor;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which donors hold a bank statement's accounts and which donors its donor numbers belong to, for gift-service's
 * bank matching ({@link DonorLookupResource}). Only active donors count: an erased donor's IBAN is blanked by the
 * erasure and a merged donor's by the merge, and a number of either finds its survivor only while that survivor
 * is active. An IBAN compares in electronic form (no spaces, capitals), as the duplicate detection's key.
 */
@ApplicationScoped
public class DonorLookup {

    /** The holders per IBAN (only IBANs that some donor holds) and the donor per number (only numbers known). */
    public record Found(Map<String, List<String>> holders, Map<Long, String> donors) {
    }

    private final DonorRepository donors;

    public DonorLookup(DonorRepository donors) {
        this.donors = donors;
    }

    @Transactional
    public Found find(Collection<String> ibans, Collection<Long> numbers) {
        Set<String> keys = new LinkedHashSet<>();
        for (String iban : ibans) {
            String key = DonorChecks.electronicIban(iban);
            if (key != null) {
                keys.add(key);
            }
        }
        Map<String, List<String>> holders = new LinkedHashMap<>();
        if (!keys.isEmpty()) {
            // the lowest number first: the same order for every caller
            donors.getEntityManager().createQuery("select d.ibanKey, d.id from Donor d where d.ibanKey in :keys "
                            + "and d.status = :active order by d.number", Object[].class)
                    .setParameter("keys", keys)
                    .setParameter("active", DonorStatus.ACTIVE)
                    .getResultList()
                    .forEach(row -> holders.computeIfAbsent((String) row[0], k -> new ArrayList<>()).add((String) row[1]));
        }
        Map<Long, String> byNumber = new LinkedHashMap<>();
        Set<Long> wanted = new LinkedHashSet<>(numbers);
        if (!wanted.isEmpty()) {
            for (Object[] row : donors.getEntityManager().createQuery("select d.number, d.id, d.status from Donor d "
                            + "where d.number in :numbers", Object[].class)
                    .setParameter("numbers", wanted).getResultList()) {
                String id = (String) row[1];
                if (row[2] == DonorStatus.MERGED) {
                    id = donors.survivorOf(id);
                } else if (row[2] != DonorStatus.ACTIVE) {
                    continue;
                }
                Donor donor = donors.findById(id);
                if (donor != null && donor.status == DonorStatus.ACTIVE) {
                    byNumber.put((Long) row[0], id);
                }
            }
        }
        return new Found(holders, byNumber);
    }
}
