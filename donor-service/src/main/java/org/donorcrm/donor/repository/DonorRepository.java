package org.donorcrm.donor.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.NotFoundException;
import org.donorcrm.donor.Donor;
import org.donorcrm.donor.DonorStatus;
import org.donorcrm.donor.service.DonorGone;
import org.donorcrm.donor.service.DonorMoved;

import java.util.List;

@ApplicationScoped
public class DonorRepository implements PanacheRepositoryBase<Donor, String> {

    /** The donor, whatever its status; 404 when unknown. */
    public Donor existing(String id) {
        return findByIdOptional(id).orElseThrow(() -> new NotFoundException("no donor " + id));
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

    public List<Donor> membersOf(String householdId) {
        return list("householdId = ?1 and status = ?2 order by id", householdId, DonorStatus.ACTIVE);
    }
}
