package org.donorcrm.donor.household;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.donorcrm.donor.audit.AuditTrail;
import org.donorcrm.donor.donor.Donor;
import org.donorcrm.donor.donor.DonorKind;
import org.donorcrm.donor.donor.DonorRepository;
import org.donorcrm.donor.donor.DonorService;
import org.donorcrm.platform.http.NotFound;
import org.donorcrm.platform.http.RuleViolation;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Households: individuals living together, so that giving can be seen per household. A donor's household is
 * part of its public state, so joining or leaving one sends {@code crm.donor.updated.v1}.
 */
@ApplicationScoped
public class HouseholdService {

    private final HouseholdRepository households;
    private final DonorRepository donors;
    private final DonorService donorService;
    private final AuditTrail audit;

    public HouseholdService(HouseholdRepository households, DonorRepository donors, DonorService donorService,
                            AuditTrail audit) {
        this.households = households;
        this.donors = donors;
        this.donorService = donorService;
        this.audit = audit;
    }

    @Transactional
    public Household create(String name, List<String> memberIds, String user) {
        Household household = new Household();
        household.id = UUID.randomUUID().toString();
        household.name = name;
        household.createdAt = Instant.now();
        household.createdBy = user;
        households.persist(household);
        for (int i = 0; i < memberIds.size(); i++) {
            join(household, memberIds.get(i), "#/memberIds/" + i, user);
        }
        return household;
    }

    @Transactional
    public void addMember(String householdId, String donorId, String user) {
        join(household(householdId), donorId, "#/donorId", user);
    }

    @Transactional
    public void removeMember(String householdId, String donorId, String user) {
        Donor donor = donors.active(donorId);
        if (!householdId.equals(donor.householdId)) {
            throw new NotFound("donor " + donorId + " is not in household " + householdId);
        }
        move(donor, null, user);
    }

    @Transactional
    public Household household(String id) {
        return households.findByIdOptional(id).orElseThrow(() -> new NotFound("no household " + id));
    }

    @Transactional
    public List<Donor> members(String householdId) {
        return donors.membersOf(household(householdId).id);
    }

    private void join(Household household, String donorId, String pointer, String user) {
        Donor donor = donors.findByIdOptional(donorId)
                .orElseThrow(() -> new RuleViolation(pointer, "no donor " + donorId, "noSuchDonor"));
        if (donor.kind != DonorKind.INDIVIDUAL) {
            throw new RuleViolation(pointer, "only individuals live in a household",
                    "onlyIndividualsInAHousehold");
        }
        donors.active(donorId);
        move(donor, household.id, user);
    }

    private void move(Donor donor, String householdId, String user) {
        Map<String, Object> before = DonorService.snapshot(donor);
        donor.householdId = householdId;
        donor.updatedAt = Instant.now();
        donor.updatedBy = user;
        audit.record(donor.id, user, householdId == null ? "LEFT_HOUSEHOLD" : "JOINED_HOUSEHOLD",
                AuditTrail.diff(before, DonorService.snapshot(donor)));
        donorService.publishUpdatedIfVisible(donor, before);
    }
}
