package org.donorcrm.gift.gift;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class GiftRepository implements PanacheRepositoryBase<Gift, String> {
}
