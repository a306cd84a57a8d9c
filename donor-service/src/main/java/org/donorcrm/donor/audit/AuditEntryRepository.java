package org.donorcrm.donor.audit;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

@ApplicationScoped
public class AuditEntryRepository implements PanacheRepositoryBase<AuditEntry, Long> {

    public List<AuditEntry> trailOf(String donorId) {
        return list("donorId = ?1 order by id", donorId);
    }
}
