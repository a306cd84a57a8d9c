package org.donorcrm.donor.donor;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.BatchSize;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;

/**
 * A donor: a person or an organisation that gives. The only place personal data is kept; events about a donor
 * carry its id, kind, income category, household and postcode area, nothing more.
 */
@Entity
@Table(name = "donor")
public class Donor {

    @Id
    @Column(length = 36)
    public String id;

    /** The donor's number ("relatienummer"): short, unique, never given to another donor, kept after a merge. */
    @Column(name = "donor_number", nullable = false, updatable = false)
    public long number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    public DonorKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "income_category", nullable = false, length = 30)
    public IncomeCategory incomeCategory;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    public DonorStatus status;

    /** For a MERGED donor: the survivor its history moved to. */
    @Column(name = "survivor_id", length = 36)
    public String mergedInto;

    @Column(name = "first_name", length = 100)
    public String firstName;
    @Column(name = "last_name", length = 100)
    public String lastName;
    @Column(name = "organisation_name", length = 200)
    public String organisationName;
    @Column(name = "display_name", length = 200)
    public String displayName;
    /** How the person likes to be addressed in a letter; null: NEUTRAL. */
    @Enumerated(EnumType.STRING)
    @Column(name = "salutation_form", length = 20)
    public SalutationForm salutationForm;
    /** "A.J.", for a salutation without the first name. */
    @Column(length = 20)
    public String initials;
    /** The tussenvoegsel ("van der"), in lower case; the last name is without it. */
    @Column(name = "name_infix", length = 20)
    public String infix;

    @Column(length = 200)
    public String street;
    @Column(name = "house_number", length = 20)
    public String houseNumber;
    @Column(length = 7)
    public String postcode;
    @Column(length = 100)
    public String city;
    @Column(length = 2, columnDefinition = "CHAR(2)")
    public String country;

    @Column(length = 254)
    public String email;
    @Column(length = 30)
    public String phone;
    @Column(length = 34)
    public String iban;
    @Column(name = "date_of_birth")
    public LocalDate dateOfBirth;
    @Column(name = "preferred_language", length = 2)
    public String preferredLanguage;
    /** The fundraiser who owns the relationship (a user name). */
    @Column(length = 100)
    public String owner;
    @Column(length = 4000)
    public String notes;

    @Column(name = "household_id", length = 36)
    public String householdId;

    @Column(name = "do_not_contact", nullable = false)
    public boolean doNotContact;

    /** "Geen jaaroverzicht": the yearly run of annual gift statements leaves this donor out (V17). */
    @Column(name = "declines_annual_statement", nullable = false)
    public boolean declinesAnnualStatement;

    @Column(name = "iban_key", length = 34)
    public String ibanKey;
    @Column(name = "email_key", length = 32, columnDefinition = "CHAR(32)")
    public String emailKey;
    @Column(name = "name_postcode_key", length = 32, columnDefinition = "CHAR(32)")
    public String namePostcodeKey;
    @Column(name = "phonetic_key", length = 120)
    public String phoneticKey;
    /** Name, e-mail, city, postcode and number in lower case, kept by the database (V6): what the search reads. */
    @Column(name = "search_text", length = 600, insertable = false, updatable = false)
    public String searchText;

    @ElementCollection(fetch = FetchType.EAGER)
    @BatchSize(size = 100)
    @CollectionTable(name = "donor_tag", joinColumns = @JoinColumn(name = "donor_id"))
    @Column(name = "tag", length = 40)
    public Set<String> tags = new TreeSet<>();

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
    @Column(name = "created_by", nullable = false, length = 100)
    public String createdBy;
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
    @Column(name = "updated_by", nullable = false, length = 100)
    public String updatedBy;

    @Version
    public long version;

    /** The first two digits of a Dutch postcode: the most location an event may carry. */
    public String postcodeArea() {
        return postcode == null || postcode.length() < 2 || !"NL".equals(country) ? null : postcode.substring(0, 2);
    }
}
