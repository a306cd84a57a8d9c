package org.donorcrm.donor.household;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class HouseholdRepository implements PanacheRepositoryBase<Household, String> {
}
