package org.donorcrm.donor.donor;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.donorcrm.platform.http.NotFound;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

@ApplicationScoped
public class DonorRepository implements PanacheRepositoryBase<Donor, String> {

    /** The donor, whatever its status; 404 when unknown. */
    public Donor existing(String id) {
        return findByIdOptional(id).orElseThrow(() -> new NotFound("no donor " + id));
    }

    /**
     * The donor whose personal data may be shown or changed: a merged donor answers with its survivor's
     * address ({@link DonorMoved}), an erased one with {@link DonorGone}.
     */
    public Donor active(String id) {
        Donor donor = existing(id);
        if (donor.status == DonorStatus.MERGED) {
            throw new DonorMoved(id, survivorOf(id));
        }
        if (donor.status == DonorStatus.ERASED) {
            throw new DonorGone(id);
        }
        return donor;
    }

    /**
     * The next donor number, taken in the caller's transaction: the counter's row stays locked until it commits, so
     * that no two registrations (on any replica) take the same number; a registration that rolls back gives its
     * number back before anyone has seen it.
     */
    public long nextNumber() {
        getEntityManager().createNativeQuery(
                "update donor_number_counter set value = last_insert_id(value + 1) where id = 1").executeUpdate();
        return ((Number) getEntityManager().createNativeQuery("select last_insert_id()").getSingleResult())
                .longValue();
    }

    /** The donor that holds this number now: itself, or its survivor when it was merged; empty when none has it. */
    public Optional<String> byNumber(long number) {
        return getEntityManager().createQuery("select d.id from Donor d where d.number = :number", String.class)
                .setParameter("number", number).getResultList().stream().findFirst().map(this::survivorOf);
    }

    /** The donor an id counts as now: itself, or the end of its merge chain. */
    public String survivorOf(String id) {
        String current = id;
        for (int hops = 0; hops < 100; hops++) {
            Donor donor = findById(current);
            if (donor == null || donor.mergedInto == null) {
                return current;
            }
            current = donor.mergedInto;
        }
        throw new IllegalStateException("merge chain of " + id + " does not end");
    }

    /**
     * One step of many donors' merge chains in one query (a batch of gift events reads its donors this way instead
     * of {@link #survivorOf} per event): for each id that is a donor, the donor it was merged into, or null when it
     * was not merged. An id that is no donor is absent from the map.
     */
    public Map<String, String> mergedInto(Collection<String> ids) {
        Map<String, String> next = new HashMap<>();
        if (!ids.isEmpty()) {
            for (Object[] row : getEntityManager()
                    .createQuery("select d.id, d.mergedInto from Donor d where d.id in :ids", Object[].class)
                    .setParameter("ids", ids).getResultList()) {
                next.put((String) row[0], (String) row[1]);
            }
        }
        return next;
    }

    /**
     * The number and kind of each of these donors that exists (merged and erased ones too: a number and a kind are
     * no personal data), in the order asked.
     */
    public List<DonorReference> references(List<String> ids) {
        Map<String, DonorReference> found = new HashMap<>();
        if (!ids.isEmpty()) {
            for (Object[] row : getEntityManager()
                    .createQuery("select d.id, d.number, d.kind from Donor d where d.id in :ids", Object[].class)
                    .setParameter("ids", ids).getResultList()) {
                found.put((String) row[0], new DonorReference((String) row[0], (Long) row[1],
                        ((DonorKind) row[2]).name()));
            }
        }
        return ids.stream().distinct().map(found::get).filter(Objects::nonNull).toList();
    }

    public List<Donor> membersOf(String householdId) {
        return list("householdId = ?1 and status = ?2 order by id", householdId, DonorStatus.ACTIVE);
    }
}
