package org.donorcrm.donor.giving;

/**
 * This service's copy of gift-service's {@code crm.collection.scheduled.v1} data (schema:
 * docs/events/crm.collection.scheduled.v1.json): which mandate collects a gift. Only the fields the annual gift
 * statement reads.
 */
public record CollectionScheduled(String collectionId, String mandateId, String donorId, String giftId) {

    public static final String TYPE = "crm.collection.scheduled.v1";
}
