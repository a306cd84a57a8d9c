package org.donorcrm.donor.donor;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import org.donorcrm.donor.audit.AuditTrail;
import org.donorcrm.platform.idempotency.Idempotency;
import org.donorcrm.platform.idempotency.RepeatableWrite;
import org.donorcrm.platform.outbox.Outbox;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Registers and changes donors. The donor, its audit entry and its event ({@code crm.donor.registered.v1} or
 * {@code crm.donor.updated.v1}, ids and codes only) are written in one transaction.
 */
@ApplicationScoped
public class DonorService {

    /** The operation under which a registration's Idempotency-Key is remembered. */
    public static final String REGISTER = "donor";

    private final DonorRepository donors;
    private final Outbox outbox;
    private final AuditTrail audit;
    private final Idempotency idempotency;

    public DonorService(DonorRepository donors, Outbox outbox, AuditTrail audit, Idempotency idempotency) {
        this.donors = donors;
        this.outbox = outbox;
        this.audit = audit;
        this.idempotency = idempotency;
    }

    /** Registers a donor entered on a screen (no Idempotency-Key: the screen redirects after the post). */
    @Transactional
    public Donor register(DonorDetails details, String user) {
        return register(details, user, new RepeatableWrite(null, REGISTER, null));
    }

    /** Registers a donor; the write's Idempotency-Key, if any, is remembered in the same transaction. */
    @Transactional
    public Donor register(DonorDetails details, String user, RepeatableWrite write) {
        DonorDetails checked = DonorChecks.checked(details);
        Donor donor = new Donor();
        donor.id = UUID.randomUUID().toString();
        donor.number = donors.nextNumber();
        donor.status = DonorStatus.ACTIVE;
        donor.createdAt = Instant.now();
        donor.createdBy = user;
        fill(donor, checked, user);
        donors.persist(donor);
        audit.record(donor.id, user, "REGISTERED", AuditTrail.diff(Map.of(), snapshot(donor)));
        idempotency.remember(write, donor.id, user);
        outbox.write(DonorRegistered.TYPE, donor.id, donor.id, new DonorRegistered(donor.id, donor.kind.name(),
                donor.incomeCategory.name(), donor.householdId, donor.postcodeArea(), donor.createdAt));
        return donor;
    }

    /**
     * Replaces the donor's details. {@code expectedVersion}, when given, must be the version the user saw:
     * a change made meanwhile by someone else is refused rather than overwritten.
     */
    @Transactional
    public Donor update(String id, DonorDetails details, Long expectedVersion, String user) {
        DonorDetails checked = DonorChecks.checked(details);
        Donor donor = donors.active(id);
        if (expectedVersion != null && expectedVersion != donor.version) {
            throw new OptimisticLockException("donor " + id + " is at version " + donor.version);
        }
        Map<String, Object> before = snapshot(donor);
        fill(donor, checked, user);
        List<AuditTrail.Change> changes = AuditTrail.diff(before, snapshot(donor));
        if (changes.isEmpty()) {
            return donor;
        }
        audit.record(donor.id, user, "UPDATED", changes);
        publishUpdatedIfVisible(donor, before);
        return donor;
    }

    @Transactional
    public Donor find(String id) {
        Donor donor = donors.active(id);
        donor.tags.size();
        return donor;
    }

    /** Number and kind of these donors (lower-cased ids), in the order asked. */
    @Transactional
    public List<DonorReference> references(List<String> ids) {
        return donors.references(ids.stream().map(id -> id.toLowerCase(Locale.ROOT)).toList());
    }

    /** Sends {@code crm.donor.updated.v1} when a field the event carries changed. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void publishUpdatedIfVisible(Donor donor, Map<String, Object> before) {
        Map<String, Object> after = snapshot(donor);
        boolean visible = !Objects.equals(before.get("kind"), after.get("kind"))
                || !Objects.equals(before.get("householdId"), after.get("householdId"))
                || !Objects.equals(postcodeArea(before), donor.postcodeArea());
        if (visible) {
            outbox.write(DonorUpdated.TYPE, donor.id, donor.id, new DonorUpdated(donor.id, donor.kind.name(),
                    donor.incomeCategory.name(), donor.householdId, donor.postcodeArea(), donor.updatedAt));
        }
    }

    private static String postcodeArea(Map<String, Object> snapshot) {
        Object postcode = snapshot.get("postcode");
        return postcode == null || !"NL".equals(snapshot.get("country")) ? null
                : postcode.toString().substring(0, 2);
    }

    /** A merge's survivor takes the chosen details; the merge writes its own audit entry and events. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void fillForMerge(Donor survivor, DonorDetails checked, String user) {
        fill(survivor, checked, user);
    }

    private static void fill(Donor donor, DonorDetails d, String user) {
        donor.kind = d.kind();
        donor.incomeCategory = d.kind().incomeCategory();
        boolean organisation = d.kind().isOrganisation();
        donor.firstName = organisation ? null : d.firstName();
        donor.lastName = organisation ? null : d.lastName();
        donor.organisationName = organisation ? d.organisationName() : null;
        donor.displayName = organisation ? d.organisationName()
                : ((d.firstName() == null ? "" : d.firstName() + " ") + (d.infix() == null ? "" : d.infix() + " ")
                + d.lastName());
        donor.salutationForm = organisation ? null : d.salutationForm();
        donor.initials = organisation ? null : d.initials();
        donor.infix = organisation ? null : d.infix();
        donor.street = d.street();
        donor.houseNumber = d.houseNumber();
        donor.postcode = d.postcode();
        donor.city = d.city();
        donor.country = d.country();
        donor.email = d.email();
        donor.phone = d.phone();
        donor.iban = d.iban();
        donor.dateOfBirth = d.dateOfBirth();
        donor.preferredLanguage = d.preferredLanguage();
        donor.owner = d.owner();
        donor.notes = d.notes();
        donor.doNotContact = d.doNotContact();
        if (d.declinesAnnualStatement() != null) {
            donor.declinesAnnualStatement = d.declinesAnnualStatement();
        }
        donor.tags.clear();
        donor.tags.addAll(d.tags());
        donor.updatedAt = Instant.now();
        donor.updatedBy = user;
        BlockingKeys.apply(donor);
    }

    /** The fields a person may change, by name, for the audit trail. */
    public static Map<String, Object> snapshot(Donor donor) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("kind", donor.kind == null ? null : donor.kind.name());
        s.put("firstName", donor.firstName);
        s.put("lastName", donor.lastName);
        s.put("salutationForm", donor.salutationForm == null ? null : donor.salutationForm.name());
        s.put("initials", donor.initials);
        s.put("infix", donor.infix);
        s.put("organisationName", donor.organisationName);
        s.put("street", donor.street);
        s.put("houseNumber", donor.houseNumber);
        s.put("postcode", donor.postcode);
        s.put("city", donor.city);
        s.put("country", donor.country);
        s.put("email", donor.email);
        s.put("phone", donor.phone);
        s.put("iban", donor.iban);
        s.put("dateOfBirth", donor.dateOfBirth == null ? null : donor.dateOfBirth.toString());
        s.put("preferredLanguage", donor.preferredLanguage);
        s.put("owner", donor.owner);
        s.put("tags", String.join(",", new TreeSet<>(donor.tags)));
        s.put("notes", donor.notes);
        s.put("doNotContact", donor.doNotContact);
        s.put("declinesAnnualStatement", donor.declinesAnnualStatement);
        s.put("householdId", donor.householdId);
        return s;
    }
}
