package org.donorcrm.donor.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.donorcrm.donor.Donor;
import org.donorcrm.donor.Interaction;
import org.donorcrm.donor.InteractionType;
import org.donorcrm.donor.repository.DonorRepository;
import org.donorcrm.donor.repository.GiftFactRepository;
import org.donorcrm.donor.repository.InteractionRepository;
import org.donorcrm.donor.repository.RecurringMandateRepository;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

/** A donor's interactions (calls, meetings, letters, e-mails, thank-yous) and what the donor gave. */
@ApplicationScoped
public class TimelineService {

    public static final String IDEMPOTENCY_SCOPE = "interaction";
    public static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    private final DonorRepository donors;
    private final InteractionRepository interactions;
    private final GiftFactRepository facts;
    private final RecurringMandateRepository mandates;
    private final AuditTrail audit;
    private final Idempotency idempotency;

    public TimelineService(DonorRepository donors, InteractionRepository interactions, GiftFactRepository facts,
                           RecurringMandateRepository mandates, AuditTrail audit, Idempotency idempotency) {
        this.donors = donors;
        this.interactions = interactions;
        this.facts = facts;
        this.mandates = mandates;
        this.audit = audit;
        this.idempotency = idempotency;
    }

    @Transactional
    public Interaction add(String donorId, InteractionType type, LocalDate occurredOn, String summary, String user,
                           String idempotencyKey, String requestHash) {
        Donor donor = donors.active(donorId);
        if (occurredOn.isAfter(LocalDate.now(AMSTERDAM))) {
            throw new DonorRuleViolation("#/occurredOn", "an interaction cannot lie in the future");
        }
        Interaction interaction = new Interaction();
        interaction.id = UUID.randomUUID().toString();
        interaction.donorId = donor.id;
        interaction.type = type;
        interaction.occurredOn = occurredOn;
        interaction.summary = summary;
        interaction.author = user;
        interaction.recordedAt = Instant.now();
        interactions.persist(interaction);
        audit.record(donor.id, user, "INTERACTION_ADDED",
                List.of(new AuditTrail.Change("interaction." + type, null, occurredOn.toString())));
        idempotency.remember(IDEMPOTENCY_SCOPE, idempotencyKey, requestHash, interaction.id);
        return interaction;
    }

    @Transactional
    public Interaction interaction(String id) {
        return interactions.findByIdOptional(id)
                .orElseThrow(() -> new jakarta.ws.rs.NotFoundException("no interaction " + id));
    }

    @Transactional
    public List<Interaction> timeline(String donorId) {
        return interactions.timelineOf(donors.active(donorId).id);
    }

    /** The giving summary of a donor; a merged donor's id answers with its survivor. Not personal data. */
    @Transactional
    public GivingSummary givingSummary(String donorId) {
        String id = donors.existing(donorId).id;
        String survivor = donors.survivorOf(id);
        if (!survivor.equals(id)) {
            throw new DonorMoved(id, survivor);
        }
        return GivingSummary.of(facts.ofDonors(List.of(id)), mandates.ofDonors(List.of(id)), LocalDate.now(AMSTERDAM));
    }

    /** The giving of everyone in the household, taken together. */
    @Transactional
    public GivingSummary householdGiving(String householdId) {
        List<String> members = donors.membersOf(householdId).stream().map(d -> d.id).toList();
        if (members.isEmpty()) {
            return GivingSummary.of(List.of(), List.of(), LocalDate.now(AMSTERDAM));
        }
        return GivingSummary.of(facts.ofDonors(members), mandates.ofDonors(members), LocalDate.now(AMSTERDAM));
    }
}
