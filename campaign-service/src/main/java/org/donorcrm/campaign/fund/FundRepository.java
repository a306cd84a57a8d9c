package org.donorcrm.campaign.fund;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.List;

@ApplicationScoped
public class FundRepository implements PanacheRepositoryBase<Fund, String> {

    public boolean codeTakenByAnother(String code, String id) {
        return count("code = ?1 and id <> ?2", code, id == null ? "" : id) > 0;
    }

    /** Funds by code, optionally only of one earmark class and/or status. */
    public PanacheQuery<Fund> search(EarmarkClass earmarkClass, FundStatus status) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        if (earmarkClass != null) {
            where.add("earmarkClass = :earmarkClass");
            params.and("earmarkClass", earmarkClass);
        }
        if (status != null) {
            where.add("status = :status");
            params.and("status", status);
        }
        return where.isEmpty()
                ? findAll(Sort.by("code"))
                : find(String.join(" and ", where), Sort.by("code"), params);
    }
}
