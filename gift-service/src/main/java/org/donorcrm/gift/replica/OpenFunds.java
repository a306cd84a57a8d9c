package org.donorcrm.gift.replica;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.util.List;

/** The funds a form may offer: every fund campaign-service defined that is not closed, by earmark and code. */
@ApplicationScoped
public class OpenFunds {

    private final EntityManager entityManager;

    public OpenFunds(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public List<FundReplica> list() {
        return entityManager
                .createQuery("from FundReplica f where f.status <> 'CLOSED' order by f.earmarkClass, f.code",
                        FundReplica.class)
                .getResultList();
    }
}
