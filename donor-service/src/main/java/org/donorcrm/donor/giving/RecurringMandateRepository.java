package org.donorcrm.donor.giving;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

@ApplicationScoped
public class RecurringMandateRepository implements PanacheRepositoryBase<RecurringMandate, String> {

    public List<RecurringMandate> ofDonors(List<String> donorIds) {
        return list("donorId in ?1", donorIds);
    }

    /** Moves every mandate counted for {@code fromDonorId} to {@code toDonorId}. */
    public int rekey(String fromDonorId, String toDonorId) {
        return update("donorId = ?1 where donorId = ?2", toDonorId, fromDonorId);
    }
}
