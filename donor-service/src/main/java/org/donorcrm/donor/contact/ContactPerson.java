package org.donorcrm.donor.contact;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A person at an organisation donor, e.g. the programme officer of a foundation. */
@Entity
@Table(name = "contact_person")
public class ContactPerson {

    @Id
    @Column(length = 36)
    public String id;

    @Column(name = "organisation_id", nullable = false, length = 36)
    public String organisationId;

    @Column(length = 200)
    public String name;
    @Column(length = 100)
    public String role;
    @Column(length = 254)
    public String email;
    @Column(length = 30)
    public String phone;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
    @Column(name = "created_by", nullable = false, length = 100)
    public String createdBy;
}
