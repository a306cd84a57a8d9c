package org.donorcrm.donor.contact;

/** A contact person as the API shows it. */
public record ContactPersonResponse(String id, String organisationId, String name, String role, String email,
                                    String phone) {

    public static ContactPersonResponse of(ContactPerson c) {
        return new ContactPersonResponse(c.id, c.organisationId, c.name, c.role, c.email, c.phone);
    }
}
