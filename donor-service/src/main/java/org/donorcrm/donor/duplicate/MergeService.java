package org.donorcrm.donor.duplicate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.donorcrm.donor.audit.AuditTrail;
import org.donorcrm.donor.consent.ConsentRepository;
import org.donorcrm.donor.contact.ContactPersonRepository;
import org.donorcrm.donor.donor.Donor;
import org.donorcrm.donor.donor.DonorChecks;
import org.donorcrm.donor.donor.DonorDetails;
import org.donorcrm.donor.donor.DonorRepository;
import org.donorcrm.donor.donor.DonorService;
import org.donorcrm.donor.donor.DonorStatus;
import org.donorcrm.donor.donor.DonorsMerged;
import org.donorcrm.donor.donor.PersonalData;
import org.donorcrm.donor.giving.GiftFactRepository;
import org.donorcrm.donor.giving.RecurringMandateRepository;
import org.donorcrm.donor.interaction.InteractionRepository;
import org.donorcrm.platform.http.InvalidInput;
import org.donorcrm.platform.http.RuleViolation;
import org.donorcrm.platform.outbox.Outbox;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Merges a duplicate into a survivor. The survivor takes, field by field, the value the user chose; it takes
 * over the merged donor's gifts, mandates, interactions, consents and contact persons, so its giving summary (computed
 * from the gift facts) is the sum of both at once. The merged donor stays as a MERGED pointer to the survivor,
 * without personal data; {@code crm.donors.merged.v1} tells every other service to re-key its history.
 */
@ApplicationScoped
public class MergeService {

    /** The fields a user chooses between; "address" moves street, house number, postcode, city and country together. */
    public static final Set<String> CHOOSABLE = Set.of("kind", "name", "address", "email", "phone", "iban",
            "dateOfBirth", "preferredLanguage", "owner", "notes");

    private final DonorRepository donors;
    private final DonorService donorService;
    private final GiftFactRepository facts;
    private final RecurringMandateRepository mandates;
    private final InteractionRepository interactions;
    private final ConsentRepository consents;
    private final ContactPersonRepository contacts;
    private final DuplicateCandidateRepository candidates;
    private final AuditTrail audit;
    private final Outbox outbox;

    public MergeService(DonorRepository donors, DonorService donorService, GiftFactRepository facts,
                        RecurringMandateRepository mandates, InteractionRepository interactions, ConsentRepository consents,
                        ContactPersonRepository contacts, DuplicateCandidateRepository candidates, AuditTrail audit,
                        Outbox outbox) {
        this.donors = donors;
        this.donorService = donorService;
        this.facts = facts;
        this.mandates = mandates;
        this.interactions = interactions;
        this.consents = consents;
        this.contacts = contacts;
        this.candidates = candidates;
        this.audit = audit;
        this.outbox = outbox;
    }

    /** @return the survivor; merging the same pair again changes nothing and returns the survivor too */
    @Transactional
    public Donor merge(String survivorId, String mergedId, Map<String, MergeChoice> choices, String user) {
        if (survivorId.equals(mergedId)) {
            throw new RuleViolation("#/mergedId", "a donor cannot be merged into itself", "mergeIntoItself");
        }
        Donor earlier = donors.existing(mergedId);
        if (earlier.status == DonorStatus.MERGED && survivorId.equals(earlier.mergedInto)) {
            return donorService.find(survivorId);
        }
        Donor survivor = donors.active(survivorId);
        Donor merged = donors.active(mergedId);
        choices.keySet().stream().filter(field -> !CHOOSABLE.contains(field)).findFirst().ifPresent(field -> {
            throw new InvalidInput("#/choices/" + field,
                    "is not a field to choose; choose among " + new TreeSet<>(CHOOSABLE));
        });

        Map<String, Object> survivorBefore = DonorService.snapshot(survivor);
        Map<String, Object> mergedBefore = DonorService.snapshot(merged);
        DonorDetails details = DonorChecks.checked(combined(survivor, merged, choices));
        applyTo(survivor, details, merged, user);

        int gifts = facts.rekey(merged.id, survivor.id);
        mandates.rekey(merged.id, survivor.id);
        interactions.update("donorId = ?1 where donorId = ?2", survivor.id, merged.id);
        consents.update("donorId = ?1 where donorId = ?2", survivor.id, merged.id);
        contacts.update("organisationId = ?1 where organisationId = ?2", survivor.id, merged.id);
        for (DuplicateCandidate candidate : candidates.involving(merged.id)) {
            candidate.status = DuplicateCandidate.Status.MERGED;
            candidate.decidedAt = Instant.now();
            candidate.decidedBy = user;
        }

        PersonalData.blank(merged);
        merged.status = DonorStatus.MERGED;
        merged.mergedInto = survivor.id;
        merged.updatedAt = Instant.now();
        merged.updatedBy = user;

        List<AuditTrail.Change> survivorChanges = new ArrayList<>(
                AuditTrail.diff(survivorBefore, DonorService.snapshot(survivor)));
        survivorChanges.add(new AuditTrail.Change("mergedDonor", null, merged.id));
        survivorChanges.add(new AuditTrail.Change("giftsTakenOver", null, gifts));
        audit.record(survivor.id, user, "MERGED_WITH", survivorChanges);
        List<AuditTrail.Change> mergedChanges = new ArrayList<>(
                AuditTrail.diff(mergedBefore, DonorService.snapshot(merged)));
        mergedChanges.add(new AuditTrail.Change("mergedInto", null, survivor.id));
        audit.record(merged.id, user, "MERGED_INTO", mergedChanges);

        outbox.write(DonorsMerged.TYPE, survivor.id, survivor.id,
                new DonorsMerged(survivor.id, merged.id, merged.updatedAt));
        donorService.publishUpdatedIfVisible(survivor, survivorBefore);
        return survivor;
    }

    private static DonorDetails combined(Donor s, Donor m, Map<String, MergeChoice> choices) {
        Donor name = pick(choices, "name", s, m);
        Donor address = pick(choices, "address", s, m);
        Set<String> tags = new TreeSet<>(s.tags);
        tags.addAll(m.tags);
        return new DonorDetails(pick(choices, "kind", s, m).kind, name.firstName, name.lastName,
                name.organisationName, address.street, address.houseNumber, address.postcode, address.city,
                address.country, pick(choices, "email", s, m).email, pick(choices, "phone", s, m).phone,
                pick(choices, "iban", s, m).iban, pick(choices, "dateOfBirth", s, m).dateOfBirth,
                pick(choices, "preferredLanguage", s, m).preferredLanguage, pick(choices, "owner", s, m).owner,
                tags, pick(choices, "notes", s, m).notes,
                // a "do not contact" wish of either record is kept: it is the same person
                s.doNotContact || m.doNotContact,
                // the salutation goes with the name it addresses
                name.salutationForm, name.initials, name.infix,
                // so is a wish for no annual statement
                s.declinesAnnualStatement || m.declinesAnnualStatement);
    }

    private static Donor pick(Map<String, MergeChoice> choices, String field, Donor survivor, Donor merged) {
        return choices.get(field) == MergeChoice.MERGED ? merged : survivor;
    }

    private void applyTo(Donor survivor, DonorDetails details, Donor merged, String user) {
        donorService.fillForMerge(survivor, details, user);
        if (survivor.householdId == null) {
            survivor.householdId = merged.householdId;
        }
    }
}
