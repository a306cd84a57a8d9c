package org.donorcrm.donor.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.donorcrm.donor.Household;

import java.util.List;

@ApplicationScoped
public class HouseholdRepository implements PanacheRepositoryBase<Household, String> {
}
