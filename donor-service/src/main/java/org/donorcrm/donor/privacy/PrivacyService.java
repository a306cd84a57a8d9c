package org.donorcrm.donor.privacy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.donorcrm.donor.audit.AuditEntry;
import org.donorcrm.donor.audit.AuditTrail;
import org.donorcrm.donor.consent.Consent;
import org.donorcrm.donor.consent.ConsentRepository;
import org.donorcrm.donor.contact.ContactPerson;
import org.donorcrm.donor.contact.ContactPersonRepository;
import org.donorcrm.donor.donor.Donor;
import org.donorcrm.donor.donor.DonorErased;
import org.donorcrm.donor.donor.DonorRepository;
import org.donorcrm.donor.donor.DonorStatus;
import org.donorcrm.donor.donor.PersonalData;
import org.donorcrm.donor.duplicate.DuplicateCandidate;
import org.donorcrm.donor.duplicate.DuplicateCandidateRepository;
import org.donorcrm.donor.giving.GiftFact;
import org.donorcrm.donor.giving.GiftFactRepository;
import org.donorcrm.donor.household.Household;
import org.donorcrm.donor.household.HouseholdRepository;
import org.donorcrm.donor.interaction.Interaction;
import org.donorcrm.donor.interaction.InteractionRepository;
import org.donorcrm.donor.statement.StatementRuns;
import org.donorcrm.donor.mail.MailMessage;
import org.donorcrm.donor.donate.MandateSignups;
import org.donorcrm.donor.mail.MailQueue;
import org.donorcrm.platform.outbox.Outbox;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The data subject's rights (AVG/GDPR): an export of everything held on a person, and erasure. Erasure blanks
 * every personal field of the donor and of the donors merged into it, the summaries of its interactions, its
 * contact persons, the e-mails to it and the values in its audit trail, and deletes the annual statements stored
 * for it by the yearly runs (so a run's zip no longer holds them); the id, kind and gifts stay, so its gifts remain
 * countable. {@code crm.donor.erased.v1} tells the other services (which hold nothing personal) that it happened.
 */
@ApplicationScoped
public class PrivacyService {

    /** Everything held on a donor. */
    public record Export(Donor donor, List<String> mergedDonorIds, Household household, List<Consent> consents,
                         List<Interaction> interactions, List<ContactPerson> contactPersons, List<GiftFact> gifts,
                         List<AuditEntry> auditTrail, List<MailMessage> mails) {
    }

    private final DonorRepository donors;
    private final ConsentRepository consents;
    private final InteractionRepository interactions;
    private final ContactPersonRepository contacts;
    private final GiftFactRepository facts;
    private final HouseholdRepository households;
    private final DuplicateCandidateRepository candidates;
    private final AuditTrail audit;
    private final Outbox outbox;
    private final StatementRuns statementRuns;
    private final MailQueue mails;
    private final MandateSignups signups;

    public PrivacyService(DonorRepository donors, ConsentRepository consents, InteractionRepository interactions,
                          ContactPersonRepository contacts, GiftFactRepository facts, HouseholdRepository households,
                          DuplicateCandidateRepository candidates, AuditTrail audit, Outbox outbox,
                          StatementRuns statementRuns, MailQueue mails, MandateSignups signups) {
        this.donors = donors;
        this.consents = consents;
        this.interactions = interactions;
        this.contacts = contacts;
        this.facts = facts;
        this.households = households;
        this.candidates = candidates;
        this.audit = audit;
        this.outbox = outbox;
        this.statementRuns = statementRuns;
        this.mails = mails;
        this.signups = signups;
    }

    @Transactional
    public Export export(String donorId) {
        Donor donor = donors.active(donorId);
        donor.tags.size();
        List<String> merged = mergedInto(donor.id);
        List<AuditEntry> trail = new ArrayList<>(audit.trailOf(donor.id));
        merged.forEach(id -> trail.addAll(audit.trailOf(id)));
        return new Export(donor, merged,
                donor.householdId == null ? null : households.findById(donor.householdId),
                consents.historyOf(donor.id), interactions.timelineOf(donor.id), contacts.ofOrganisation(donor.id),
                facts.ofDonors(List.of(donor.id)), trail, mails.ofDonors(everyId(donor.id, merged)));
    }

    @Transactional
    public Donor erase(String donorId, String user) {
        Donor donor = donors.existing(donorId);
        if (donor.status == DonorStatus.ERASED) {
            return donor;
        }
        donor = donors.active(donorId);
        List<String> everyId = new ArrayList<>(mergedInto(donor.id));
        everyId.add(donor.id);
        for (String id : everyId) {
            Donor record = donors.findById(id);
            PersonalData.blank(record);
            record.householdId = null;
            record.owner = null;
            record.doNotContact = true;
            record.updatedAt = Instant.now();
            record.updatedBy = user;
            audit.stripValues(id);
            for (DuplicateCandidate candidate : candidates.involving(id)) {
                candidate.status = DuplicateCandidate.Status.DISMISSED;
                candidate.decidedAt = Instant.now();
                candidate.decidedBy = user;
            }
        }
        donor.status = DonorStatus.ERASED;
        interactions.update("summary = null where donorId = ?1", donor.id);
        contacts.delete("organisationId", donor.id);
        statementRuns.deleteOf(everyId);
        // the e-mails to the person hold its address and its name; thank-you letters are not kept (made on request)
        mails.deleteOfDonors(everyId);
        // the donation page's sign-ups hold the account holder and the IBAN (gift-service erases its mandate itself)
        signups.deleteOfDonors(everyId);
        audit.record(donor.id, user, "ERASED", List.of());
        outbox.write(DonorErased.TYPE, donor.id, donor.id, new DonorErased(donor.id, donor.updatedAt));
        return donor;
    }

    private static List<String> everyId(String donorId, List<String> merged) {
        List<String> ids = new ArrayList<>(merged);
        ids.add(donorId);
        return ids;
    }

    /** The donors merged into this one, directly or through earlier merges. */
    private List<String> mergedInto(String survivorId) {
        List<String> found = new ArrayList<>();
        List<String> frontier = List.of(survivorId);
        while (!frontier.isEmpty()) {
            List<String> next = donors.find("mergedInto in ?1", frontier).stream().map(d -> d.id).toList();
            found.addAll(next);
            frontier = next;
        }
        return found;
    }
}
