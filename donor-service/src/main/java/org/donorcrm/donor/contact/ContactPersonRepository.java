package org.donorcrm.donor.contact;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

@ApplicationScoped
public class ContactPersonRepository implements PanacheRepositoryBase<ContactPerson, String> {

    public List<ContactPerson> ofOrganisation(String organisationId) {
        return list("organisationId = ?1 order by createdAt, id", organisationId);
    }
}
