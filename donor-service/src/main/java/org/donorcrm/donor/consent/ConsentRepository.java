package org.donorcrm.donor.consent;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

@ApplicationScoped
public class ConsentRepository implements PanacheRepositoryBase<Consent, Long> {

    /** Every grant and withdrawal of the donor, oldest first. */
    public List<Consent> historyOf(String donorId) {
        return list("donorId = ?1 order by id", donorId);
    }
}
