package org.donorcrm.gift.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.donorcrm.gift.Gift;

import java.util.Optional;

@ApplicationScoped
public class GiftRepository implements PanacheRepositoryBase<Gift, String> {

    public Optional<Gift> findByIdempotencyKey(String key) {
        return find("idempotencyKey", key).firstResultOptional();
    }
}
