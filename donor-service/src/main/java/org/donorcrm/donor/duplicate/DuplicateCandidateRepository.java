package org.donorcrm.donor.duplicate;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

@ApplicationScoped
public class DuplicateCandidateRepository implements PanacheRepositoryBase<DuplicateCandidate, String> {

    public List<DuplicateCandidate> involving(String donorId) {
        return list("status = ?1 and (donorA = ?2 or donorB = ?2)", DuplicateCandidate.Status.OPEN, donorId);
    }
}
