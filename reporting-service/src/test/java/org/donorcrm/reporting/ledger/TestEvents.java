package org.donorcrm.reporting.ledger;

import org.donorcrm.testing.EventPublisher;
import org.donorcrm.testing.EventSchemas;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Publishes events exactly as donor-, gift- and campaign-service write them (the scaffolding of every test that
 * feeds the read models through Kafka), each checked against the producer's published JSON Schema (docs/events/)
 * where it exists, so that what these tests feed is what production sends.
 */
public final class TestEvents implements AutoCloseable {

    static final String GIFTS = "crm.gifts";
    static final String DONORS = "crm.donors";
    static final String CAMPAIGNS = "crm.campaigns";

    private final EventPublisher giftService;
    private final EventPublisher donorService;
    private final EventPublisher campaignService;

    public TestEvents(String bootstrapServers) {
        giftService = new EventPublisher(bootstrapServers, "/donor-crm/gift-service");
        donorService = new EventPublisher(bootstrapServers, "/donor-crm/donor-service");
        campaignService = new EventPublisher(bootstrapServers, "/donor-crm/campaign-service");
    }

    /** One allocation line: {@code alloc(1, "UNEARMARKED", "ALG", "100.00")}. */
    public static String alloc(int line, String earmarkClass, String fundCode, String amount) {
        return """
                {"line":%d,"earmarkClass":"%s","fundCode":%s,"amount":"%s"}"""
                .formatted(line, earmarkClass, fundCode == null ? "null" : "\"" + fundCode + "\"", amount);
    }

    public static String id() {
        return UUID.randomUUID().toString();
    }

    public String donorRegistered(String donorId, String kind, String category, String householdId) {
        String data = """
                {"donorId":"%s","kind":"%s","incomeCategory":"%s","householdId":%s,"postcodeArea":null,
                 "registeredAt":"2049-01-01T09:00:00Z"}""".formatted(donorId, kind, category, quoted(householdId));
        return publish(donorService, DONORS, donorId, "crm.donor.registered.v1", donorId, data);
    }

    public String donorsMerged(String survivorId, String mergedId) {
        String data = """
                {"survivorId":"%s","mergedId":"%s","mergedAt":"2051-06-01T09:00:00Z"}""".formatted(survivorId, mergedId);
        return publish(donorService, DONORS, survivorId, "crm.donors.merged.v1", survivorId, data);
    }

    public String giftRecorded(String giftId, String donorId, String incomeDate, String amount, String campaignId,
                               String appealId, String... allocations) {
        String data = """
                {"giftId":"%s","donorId":"%s","amount":"%s","currency":"EUR","incomeDate":"%s","receivedDate":"%s",
                 "channel":"BANK_TRANSFER","allocations":[%s],"recordedAt":"%sT10:00:00Z","campaignId":%s,
                 "appealId":%s}""".formatted(giftId, donorId, amount, incomeDate, incomeDate,
                String.join(",", allocations), incomeDate, quoted(campaignId), quoted(appealId));
        return publish(giftService, GIFTS, donorId, "crm.gift.recorded.v1", giftId, data);
    }

    /** The same recorded event published twice under one id, as an at-least-once relay may do. */
    public void giftRecordedTwice(String giftId, String donorId, String incomeDate, String amount,
                                  String... allocations) {
        String data = """
                {"giftId":"%s","donorId":"%s","amount":"%s","currency":"EUR","incomeDate":"%s","receivedDate":"%s",
                 "channel":"ONLINE","allocations":[%s],"recordedAt":"%sT10:00:00Z"}""".formatted(giftId, donorId,
                amount, incomeDate, incomeDate, String.join(",", allocations), incomeDate);
        assertThat(EventSchemas.errors("crm.gift.recorded.v1", data)).isEmpty();
        String eventId = id();
        giftService.publish(GIFTS, donorId, eventId, "crm.gift.recorded.v1", giftId, data);
        giftService.publish(GIFTS, donorId, eventId, "crm.gift.recorded.v1", giftId, data);
    }

    public String giftReversed(String giftId, String donorId, String incomeDate, String reversalDate, String amount,
                               String campaignId, String appealId, String... allocations) {
        String data = """
                {"giftId":"%s","donorId":"%s","amount":"%s","currency":"EUR","incomeDate":"%s","reversalDate":"%s",
                 "reason":"REFUND","allocations":[%s],"reversedAt":"%sT10:00:00Z","campaignId":%s,"appealId":%s}"""
                .formatted(giftId, donorId, amount, incomeDate, reversalDate, String.join(",", allocations),
                        reversalDate, quoted(campaignId), quoted(appealId));
        return publish(giftService, GIFTS, donorId, "crm.gift.reversed.v1", giftId, data);
    }

    public String giftReallocated(String giftId, String donorId, String incomeDate, String amount,
                                  String previousCampaignId, String campaignId, String previousAllocations,
                                  String allocations) {
        String data = """
                {"giftId":"%s","donorId":"%s","amount":"%s","currency":"EUR","incomeDate":"%s",
                 "previousCampaignId":%s,"previousAppealId":null,"campaignId":%s,"appealId":null,
                 "previousAllocations":[%s],"allocations":[%s],"reason":"funder letter re-earmarks the grant",
                 "reallocatedAt":"2051-07-01T10:00:00Z"}""".formatted(giftId, donorId, amount, incomeDate,
                quoted(previousCampaignId), quoted(campaignId), previousAllocations, allocations);
        return publish(giftService, GIFTS, donorId, "crm.gift.reallocated.v1", giftId, data);
    }

    public String campaignDefined(String campaignId, String code, String goal, String parentCampaignId,
                                  String channel) {
        String data = """
                {"campaignId":"%s","code":"%s","name":"%s","goal":"%s","currency":"EUR","startDate":"2051-01-01",
                 "endDate":"2051-12-31","status":"ACTIVE","parentCampaignId":%s,"channel":%s,
                 "definedAt":"2050-12-01T09:00:00Z"}""".formatted(campaignId, code, code + " campaign", goal,
                quoted(parentCampaignId), quoted(channel));
        return publish(campaignService, CAMPAIGNS, campaignId, "crm.campaign.defined.v1", campaignId, data);
    }

    public String campaignCostRecorded(String costId, String campaignId, String amount, String costDate) {
        String data = """
                {"costId":"%s","campaignId":"%s","category":"PRINTING","amount":"%s","currency":"EUR",
                 "costDate":"%s","recordedAt":"%sT09:00:00Z"}""".formatted(costId, campaignId, amount, costDate,
                costDate);
        return publish(campaignService, CAMPAIGNS, campaignId, "crm.campaign.cost.recorded.v1", campaignId, data);
    }

    public String campaignCostRemoved(String costId, String campaignId, String amount) {
        String data = """
                {"costId":"%s","campaignId":"%s","amount":"%s","currency":"EUR",
                 "removedAt":"2068-06-01T09:00:00Z"}""".formatted(costId, campaignId, amount);
        return publish(campaignService, CAMPAIGNS, campaignId, "crm.campaign.cost.removed.v1", campaignId, data);
    }

    public String fundDefined(String fundId, String code, String earmarkClass) {
        String data = """
                {"fundId":"%s","code":"%s","name":"%s fund","earmarkClass":"%s","activeFrom":"2049-01-01",
                 "activeTo":null,"funderDonorId":null,"status":"ACTIVE","definedAt":"2049-01-01T09:00:00Z"}"""
                .formatted(fundId, code, code, earmarkClass);
        return publish(campaignService, CAMPAIGNS, fundId, "crm.fund.defined.v1", fundId, data);
    }

    /** A grant of a funder: instalments as {@code "instalmentId|dueDate|amount"}, committed at {@code committedAt}. */
    public String grantCommitted(String grantId, String donorId, String fundCode, String earmarkClass,
                                 String totalAmount, String startDate, String endDate, String committedAt,
                                 String... instalments) {
        StringBuilder list = new StringBuilder();
        for (String instalment : instalments) {
            String[] i = instalment.split("\\|");
            list.append(list.isEmpty() ? "" : ",").append("""
                    {"instalmentId":"%s","dueDate":"%s","amount":"%s"}""".formatted(i[0], i[1], i[2]));
        }
        String data = """
                {"grantId":"%s","donorId":"%s","fundCode":"%s","earmarkClass":"%s","totalAmount":"%s",
                 "currency":"EUR","startDate":"%s","endDate":"%s","overheadPercentage":"0.00","instalments":[%s],
                 "reportingDeadlines":[],"committedAt":"%s"}""".formatted(grantId, donorId, fundCode, earmarkClass,
                totalAmount, startDate, endDate, list, committedAt);
        return publish(giftService, GIFTS, donorId, "crm.grant.committed.v1", grantId, data);
    }

    public String instalmentReceived(String grantId, String instalmentId, String donorId, String giftId,
                                     String amount, String incomeDate, String outstanding) {
        String data = """
                {"grantId":"%s","instalmentId":"%s","donorId":"%s","giftId":"%s","amount":"%s","currency":"EUR",
                 "incomeDate":"%s","outstanding":"%s","receivedAt":"%sT10:00:00Z"}""".formatted(grantId,
                instalmentId, donorId, giftId, amount, incomeDate, outstanding, incomeDate);
        return publish(giftService, GIFTS, donorId, "crm.grant.instalment-received.v1", grantId, data);
    }

    public String mandateSigned(String mandateId, String donorId, String amount, String frequency,
                                String firstCollectionDate, String fundCode, String signedAt) {
        String data = """
                {"mandateId":"%s","donorId":"%s","amount":"%s","currency":"EUR","frequency":"%s",
                 "signatureDate":"%s","firstCollectionDate":"%s","endDate":null,"fundCode":"%s","signedAt":"%s"}"""
                .formatted(mandateId, donorId, amount, frequency, signedAt.substring(0, 10), firstCollectionDate,
                        fundCode, signedAt);
        return publish(giftService, GIFTS, donorId, "crm.mandate.signed.v1", mandateId, data);
    }

    public String mandateStatusChanged(String mandateId, String donorId, String status, String changedAt) {
        String data = """
                {"mandateId":"%s","donorId":"%s","previousStatus":"ACTIVE","status":"%s","reason":"donor ended it",
                 "changedAt":"%s"}""".formatted(mandateId, donorId, status, changedAt);
        return publish(giftService, GIFTS, donorId, "crm.mandate.status-changed.v1", mandateId, data);
    }

    public String agreementSigned(String agreementId, String donorId, String mandateId, String yearlyAmount,
                                  String startDate, String endDate, int years, String signedAt) {
        String data = """
                {"agreementId":"%s","donorId":"%s","mandateId":%s,"yearlyAmount":"%s","currency":"EUR",
                 "startDate":"%s","endDate":"%s","durationYears":%d,"signedAt":"%s"}""".formatted(agreementId,
                donorId, quoted(mandateId), yearlyAmount, startDate, endDate, years, signedAt);
        return publish(giftService, GIFTS, donorId, "crm.agreement.signed.v1", agreementId, data);
    }

    /** A collection of a mandate as gift-service publishes it: the scheduled debit, then its gift. */
    public void collection(String mandateId, String donorId, String dueDate, String amount, String fundCode) {
        String giftId = id();
        String data = """
                {"collectionId":"%s","mandateId":"%s","donorId":"%s","runId":"%s","giftId":"%s","dueDate":"%s",
                 "amount":"%s","currency":"EUR","sequenceType":"RCUR","scheduledAt":"%sT06:00:00Z"}""".formatted(
                id(), mandateId, donorId, id(), giftId, dueDate, amount, dueDate);
        publish(giftService, GIFTS, donorId, "crm.collection.scheduled.v1", mandateId, data);
        giftRecorded(giftId, donorId, dueDate, amount, null, null, alloc(1, "UNEARMARKED", fundCode, amount));
    }

    private static String publish(EventPublisher publisher, String topic, String key, String type, String subject,
                                  String data) {
        if (EventSchemas.exists(type)) {
            assertThat(EventSchemas.errors(type, data)).as(type).isEmpty();
        }
        return publisher.publish(topic, key, type, subject, data);
    }

    private static String quoted(String value) {
        return value == null ? "null" : "\"" + value + "\"";
    }

    @Override
    public void close() {
        giftService.close();
        donorService.close();
        campaignService.close();
    }
}
