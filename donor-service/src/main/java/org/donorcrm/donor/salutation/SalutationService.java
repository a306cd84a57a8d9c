package org.donorcrm.donor.salutation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.donorcrm.donor.contact.ContactPerson;
import org.donorcrm.donor.contact.ContactPersonService;
import org.donorcrm.donor.donor.Donor;

import java.util.List;

/** A donor's salutation in the donor's own language ({@link Salutations}); an organisation's by its contact person. */
@ApplicationScoped
public class SalutationService {

    private final ContactPersonService contacts;

    public SalutationService(ContactPersonService contacts) {
        this.contacts = contacts;
    }

    /** The salutation of an active donor; an organisation is addressed through its first contact person. */
    @Transactional
    public String of(Donor donor) {
        String contact = null;
        if (donor.kind.isOrganisation()) {
            List<ContactPerson> people = contacts.of(donor.id);
            contact = people.stream().map(p -> p.name).filter(n -> n != null && !n.isBlank()).findFirst()
                    .orElse(null);
        }
        return Salutations.of(new Salutations.Addressee(donor.preferredLanguage, donor.kind.isOrganisation(),
                donor.salutationForm, donor.firstName, donor.initials, donor.infix, donor.lastName, contact));
    }
}
