package org.donorcrm.donor.contact;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.donorcrm.donor.audit.AuditTrail;
import org.donorcrm.donor.donor.Donor;
import org.donorcrm.donor.donor.DonorRepository;
import org.donorcrm.platform.http.RuleViolation;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The people fundraisers talk to at an organisation donor (e.g. a foundation's programme officer). */
@ApplicationScoped
public class ContactPersonService {

    private final ContactPersonRepository contacts;
    private final DonorRepository donors;
    private final AuditTrail audit;

    public ContactPersonService(ContactPersonRepository contacts, DonorRepository donors, AuditTrail audit) {
        this.contacts = contacts;
        this.donors = donors;
        this.audit = audit;
    }

    @Transactional
    public ContactPerson add(String organisationId, String name, String role, String email, String phone,
                             String user) {
        Donor organisation = donors.active(organisationId);
        if (!organisation.kind.isOrganisation()) {
            throw new RuleViolation("#/organisationId", "contact persons belong to organisations",
                    "contactPersonsBelongToOrganisations");
        }
        ContactPerson contact = new ContactPerson();
        contact.id = UUID.randomUUID().toString();
        contact.organisationId = organisation.id;
        contact.name = name;
        contact.role = role;
        contact.email = email;
        contact.phone = phone;
        contact.createdAt = Instant.now();
        contact.createdBy = user;
        contacts.persist(contact);
        audit.record(organisation.id, user, "CONTACT_PERSON_ADDED",
                List.of(new AuditTrail.Change("contactPerson", null, name)));
        return contact;
    }

    @Transactional
    public List<ContactPerson> of(String organisationId) {
        return contacts.ofOrganisation(donors.active(organisationId).id);
    }
}
