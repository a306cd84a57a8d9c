package org.donorcrm.donor.interaction;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.donorcrm.donor.audit.AuditTrail;
import org.donorcrm.donor.donor.Amsterdam;
import org.donorcrm.donor.donor.Donor;
import org.donorcrm.donor.donor.DonorRepository;
import org.donorcrm.platform.http.NotFound;
import org.donorcrm.platform.http.RuleViolation;
import org.donorcrm.platform.idempotency.Idempotency;
import org.donorcrm.platform.idempotency.RepeatableWrite;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A donor's interactions: calls, meetings, letters, e-mails and thank-yous, newest first. */
@ApplicationScoped
public class TimelineService {

    /** The operation under which an interaction's Idempotency-Key is remembered. */
    public static final String ADD = "interaction";

    private final DonorRepository donors;
    private final InteractionRepository interactions;
    private final AuditTrail audit;
    private final Idempotency idempotency;

    public TimelineService(DonorRepository donors, InteractionRepository interactions, AuditTrail audit,
                           Idempotency idempotency) {
        this.donors = donors;
        this.interactions = interactions;
        this.audit = audit;
        this.idempotency = idempotency;
    }

    /** Adds an interaction entered on a screen or recorded by the service itself (no Idempotency-Key). */
    @Transactional
    public Interaction add(String donorId, InteractionType type, LocalDate occurredOn, String summary, String user) {
        return add(donorId, type, occurredOn, summary, user, new RepeatableWrite(null, ADD, null));
    }

    /** Adds an interaction; the write's Idempotency-Key, if any, is remembered in the same transaction. */
    @Transactional
    public Interaction add(String donorId, InteractionType type, LocalDate occurredOn, String summary, String user,
                           RepeatableWrite write) {
        Donor donor = donors.active(donorId);
        if (occurredOn.isAfter(Amsterdam.today())) {
            throw new RuleViolation("#/occurredOn", "an interaction cannot lie in the future",
                    "interactionInFuture");
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
        idempotency.remember(write, interaction.id, user);
        return interaction;
    }

    @Transactional
    public Interaction interaction(String id) {
        return interactions.findByIdOptional(id).orElseThrow(() -> new NotFound("no interaction " + id));
    }

    @Transactional
    public List<Interaction> timeline(String donorId) {
        return interactions.timelineOf(donors.active(donorId).id);
    }
}
