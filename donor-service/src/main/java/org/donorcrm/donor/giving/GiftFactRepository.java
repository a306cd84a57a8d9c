package org.donorcrm.donor.giving;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

@ApplicationScoped
public class GiftFactRepository implements PanacheRepositoryBase<GiftFact, String> {

    public List<GiftFact> ofDonors(List<String> donorIds) {
        return list("donorId in ?1 order by incomeDate, giftId", donorIds);
    }

    /** Moves every gift counted for {@code fromDonorId} to {@code toDonorId}; returns how many moved. */
    public int rekey(String fromDonorId, String toDonorId) {
        return update("donorId = ?1 where donorId = ?2", toDonorId, fromDonorId);
    }
}
