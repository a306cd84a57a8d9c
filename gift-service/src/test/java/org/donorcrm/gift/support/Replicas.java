package org.donorcrm.gift.support;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.donorcrm.gift.replica.CampaignReplica;
import org.donorcrm.gift.replica.DonorReplica;
import org.donorcrm.gift.replica.FundReplica;
import org.donorcrm.testing.EventPublisher;
import org.donorcrm.testing.EventSchemas;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Plays donor-service and campaign-service for gift-service's tests: publishes their events on crm.donors and
 * crm.campaigns (checked against their published schemas) and waits until the replicas have them.
 */
@ApplicationScoped
public class Replicas {

    public static final String ALG = "ALG";
    public static final String PRG_MIG = "PRG-MIG";
    public static final String PRJ_DTZ = "PRJ-DTZ";
    public static final String PRJ_CLOSED = "PRJ-OLD";

    private final EntityManager entityManager;
    private final String bootstrapServers;

    public Replicas(EntityManager entityManager, @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers) {
        this.entityManager = entityManager;
        this.bootstrapServers = bootstrapServers;
    }

    /** The standard funds of the tests: ALG (unearmarked), PRG-MIG (programme), PRJ-DTZ (project), PRJ-OLD (closed). */
    public void standardFunds() {
        fund("00000000-0000-4000-8000-000000000001", ALG, "UNEARMARKED", "ACTIVE");
        fund("00000000-0000-4000-8000-000000000002", PRG_MIG, "PROGRAMME", "ACTIVE");
        fund("00000000-0000-4000-8000-000000000003", PRJ_DTZ, "PROJECT", "ACTIVE");
        fund("00000000-0000-4000-8000-000000000004", PRJ_CLOSED, "PROJECT", "CLOSED");
    }

    public void fund(String fundId, String code, String earmarkClass, String status) {
        if (has(FundReplica.class, fundId)) {
            return;
        }
        publish("crm.campaigns", fundId, "crm.fund.defined.v1", """
                {"fundId":"%s","code":"%s","name":"Fund %s","earmarkClass":"%s","activeFrom":"2020-01-01",
                 "activeTo":null,"funderDonorId":null,"status":"%s","definedAt":"2026-01-01T09:00:00Z"}
                """.formatted(fundId, code, code, earmarkClass, status));
        awaitReplica(FundReplica.class, fundId);
    }

    /** A newly registered donor of the given kind; returns its id once gift-service knows it. */
    public String donor(String kind, String incomeCategory) {
        String donorId = UUID.randomUUID().toString();
        publish("crm.donors", donorId, "crm.donor.registered.v1", """
                {"donorId":"%s","kind":"%s","incomeCategory":"%s","householdId":null,"postcodeArea":"10",
                 "registeredAt":"2026-01-01T09:00:00Z"}
                """.formatted(donorId, kind, incomeCategory));
        awaitReplica(DonorReplica.class, donorId);
        return donorId;
    }

    public String individual() {
        return donor("INDIVIDUAL", "INDIVIDUALS");
    }

    /**
     * A newly registered donor of the given kind whom donor-service ({@link DonorServiceStub}) shows by this name, in
     * 1011 AB Amsterdam; returns its id once gift-service knows it.
     */
    public String donor(String kind, String incomeCategory, String displayName) {
        String donorId = donor(kind, incomeCategory);
        DonorServiceStub.known(donorId, displayName, "1011 AB", "Amsterdam", kind);
        return donorId;
    }

    /** A newly registered individual whom donor-service shows by this name. */
    public String individual(String displayName) {
        return donor("INDIVIDUAL", "INDIVIDUALS", displayName);
    }

    public void merge(String survivorId, String mergedId) {
        publish("crm.donors", survivorId, "crm.donors.merged.v1", """
                {"survivorId":"%s","mergedId":"%s","mergedAt":"2026-02-01T09:00:00Z"}
                """.formatted(survivorId, mergedId));
        await().atMost(Duration.ofSeconds(10)).until(() -> QuarkusTransaction.requiringNew().call(() -> {
            DonorReplica merged = entityManager.find(DonorReplica.class, mergedId);
            return merged != null && DonorReplica.MERGED.equals(merged.status);
        }));
    }

    /** donor-service erased the donor: once the replica knows it. */
    public void erase(String donorId) {
        publish("crm.donors", donorId, "crm.donor.erased.v1", """
                {"donorId":"%s","erasedAt":"2026-02-01T09:00:00Z"}
                """.formatted(donorId));
        await().atMost(Duration.ofSeconds(10)).until(() -> QuarkusTransaction.requiringNew().call(() -> {
            DonorReplica erased = entityManager.find(DonorReplica.class, donorId);
            return erased != null && DonorReplica.ERASED.equals(erased.status);
        }));
    }

    /** A campaign, or an appeal when {@code parentCampaignId} is given; returns its id once known here. */
    public String campaign(String code, String parentCampaignId) {
        String campaignId = UUID.randomUUID().toString();
        publish("crm.campaigns", campaignId, "crm.campaign.defined.v1", """
                {"campaignId":"%s","code":"%s","name":"Campaign %s","goal":"10000.00","currency":"EUR",
                 "startDate":"2026-01-01","endDate":"2026-12-31","status":"ACTIVE","parentCampaignId":%s,
                 "channel":%s,"definedAt":"2026-01-01T09:00:00Z"}
                """.formatted(campaignId, code, code, parentCampaignId == null ? "null" : "\"" + parentCampaignId + "\"",
                parentCampaignId == null ? "null" : "\"LETTER\""));
        awaitReplica(CampaignReplica.class, campaignId);
        return campaignId;
    }

    private void publish(String topic, String key, String type, String data) {
        if (EventSchemas.exists(type)) {
            assertThat(EventSchemas.errors(type, data)).as("event %s against its schema", type).isEmpty();
        }
        try (EventPublisher publisher = new EventPublisher(bootstrapServers, "/donor-crm/test")) {
            publisher.publish(topic, key, type, key, data);
        }
    }

    private boolean has(Class<?> entity, String id) {
        return QuarkusTransaction.requiringNew().call(() -> entityManager.find(entity, id) != null);
    }

    private void awaitReplica(Class<?> entity, String id) {
        await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(50)).until(() -> has(entity, id));
    }
}
