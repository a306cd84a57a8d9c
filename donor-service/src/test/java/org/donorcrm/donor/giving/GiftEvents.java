package org.donorcrm.donor.giving;

import org.donorcrm.testing.EventPublisher;
import org.donorcrm.testing.EventSchemas;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Gift events exactly as gift-service publishes them, each checked against the producer's schema. */
public final class GiftEvents implements AutoCloseable {

    public static final String TOPIC = "crm.gifts";
    private final EventPublisher giftService;

    public GiftEvents(String bootstrapServers) {
        this.giftService = new EventPublisher(bootstrapServers, "/donor-crm/gift-service");
    }

    /** Records a gift; returns its gift id. */
    public String recorded(String donorId, String amount, String incomeDate, String channel) {
        String giftId = UUID.randomUUID().toString();
        giftService.publish(TOPIC, donorId, "crm.gift.recorded.v1", giftId,
                recordedData(giftId, donorId, amount, incomeDate, channel));
        return giftId;
    }

    public static String recordedData(String giftId, String donorId, String amount, String incomeDate, String channel) {
        String data = """
                {"giftId":"%s","donorId":"%s","amount":"%s","currency":"EUR","incomeDate":"%s",
                 "receivedDate":"%s","channel":"%s",
                 "allocations":[{"line":1,"earmarkClass":"UNEARMARKED","fundCode":null,"amount":"%s"}],
                 "recordedAt":"%sT10:15:30Z"}
                """.formatted(giftId, donorId, amount, incomeDate, incomeDate, channel, amount, incomeDate);
        assertThat(EventSchemas.errors("crm.gift.recorded.v1", data)).isEmpty();
        return data;
    }

    public void reversed(String giftId, String donorId, String amount, String incomeDate, String reversalDate) {
        giftService.publish(TOPIC, donorId, "crm.gift.reversed.v1", giftId,
                reversedData(giftId, donorId, amount, incomeDate, reversalDate));
    }

    public static String reversedData(String giftId, String donorId, String amount, String incomeDate,
                                      String reversalDate) {
        String data = """
                {"giftId":"%s","donorId":"%s","amount":"%s","currency":"EUR","incomeDate":"%s",
                 "reversalDate":"%s","reason":"CHARGEBACK",
                 "allocations":[{"line":1,"earmarkClass":"UNEARMARKED","fundCode":null,"amount":"%s"}],
                 "reversedAt":"%sT09:00:00Z"}
                """.formatted(giftId, donorId, amount, incomeDate, reversalDate, amount, reversalDate);
        assertThat(EventSchemas.errors("crm.gift.reversed.v1", data)).isEmpty();
        return data;
    }

    public void reallocated(String giftId, String donorId, String amount, String incomeDate) {
        giftService.publish(TOPIC, donorId, "crm.gift.reallocated.v1", giftId,
                reallocatedData(giftId, donorId, amount, incomeDate));
    }

    /** Re-earmarks the whole gift from unearmarked to the project PRJ-DTZ. */
    public static String reallocatedData(String giftId, String donorId, String amount, String incomeDate) {
        String data = """
                {"giftId":"%s","donorId":"%s","amount":"%s","currency":"EUR","incomeDate":"%s",
                 "previousAllocations":[{"line":1,"earmarkClass":"UNEARMARKED","fundCode":null,"amount":"%s"}],
                 "allocations":[{"line":1,"earmarkClass":"PROJECT","fundCode":"PRJ-DTZ","amount":"%s"}],
                 "reason":"grant agreement says project","reallocatedAt":"%sT09:00:00Z"}
                """.formatted(giftId, donorId, amount, incomeDate, amount, amount, incomeDate);
        assertThat(EventSchemas.errors("crm.gift.reallocated.v1", data)).isEmpty();
        return data;
    }

    /** A SEPA mandate signed for a monthly gift; returns its mandate id. */
    public String mandateSigned(String donorId, String signatureDate) {
        String mandateId = UUID.randomUUID().toString();
        giftService.publish(TOPIC, donorId, "crm.mandate.signed.v1", mandateId,
                mandateSignedData(mandateId, donorId, signatureDate));
        return mandateId;
    }

    public static String mandateSignedData(String mandateId, String donorId, String signatureDate) {
        String data = """
                {"mandateId":"%s","donorId":"%s","amount":"10.00","currency":"EUR","frequency":"MONTHLY",
                 "signatureDate":"%s","firstCollectionDate":"%s","endDate":null,"fundCode":"ALG",
                 "signedAt":"%sT08:00:00Z"}
                """.formatted(mandateId, donorId, signatureDate, signatureDate, signatureDate);
        assertThat(EventSchemas.errors("crm.mandate.signed.v1", data)).isEmpty();
        return data;
    }

    public void mandateCancelled(String mandateId, String donorId) {
        giftService.publish(TOPIC, donorId, "crm.mandate.status-changed.v1", mandateId,
                mandateCancelledData(mandateId, donorId));
    }

    public static String mandateCancelledData(String mandateId, String donorId) {
        String data = """
                {"mandateId":"%s","donorId":"%s","previousStatus":"ACTIVE","status":"CANCELLED",
                 "reason":"donor asked to stop","changedAt":"2026-01-01T08:00:00Z"}
                """.formatted(mandateId, donorId);
        assertThat(EventSchemas.errors("crm.mandate.status-changed.v1", data)).isEmpty();
        return data;
    }

    public EventPublisher publisher() {
        return giftService;
    }

    @Override
    public void close() {
        giftService.close();
    }
}
