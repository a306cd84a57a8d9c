package org.donorcrm.donor.consent;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.donorcrm.donor.audit.AuditTrail;
import org.donorcrm.donor.donor.ConsentChannel;
import org.donorcrm.donor.donor.ConsentPurpose;
import org.donorcrm.donor.donor.Donor;
import org.donorcrm.donor.donor.DonorRepository;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Consent per channel and purpose (AVG/GDPR): every grant and withdrawal is kept with its source, time and the
 * user who recorded it; the latest per channel and purpose holds. Never granted means no consent.
 */
@ApplicationScoped
public class ConsentService {

    /** The consent that holds now for one channel and purpose. */
    public record ConsentState(ConsentChannel channel, ConsentPurpose purpose, boolean granted, String source,
                               Instant recordedAt, String recordedBy) {
    }

    private final DonorRepository donors;
    private final ConsentRepository consents;
    private final AuditTrail audit;

    public ConsentService(DonorRepository donors, ConsentRepository consents, AuditTrail audit) {
        this.donors = donors;
        this.consents = consents;
        this.audit = audit;
    }

    @Transactional
    public ConsentState record(String donorId, ConsentChannel channel, ConsentPurpose purpose, boolean granted,
                               String source, String user) {
        Donor donor = donors.active(donorId);
        Consent consent = new Consent();
        consent.donorId = donor.id;
        consent.channel = channel;
        consent.purpose = purpose;
        consent.granted = granted;
        consent.source = source;
        consent.recordedAt = Instant.now();
        consent.recordedBy = user;
        consents.persist(consent);
        String field = "consent." + channel + "." + purpose;
        audit.record(donor.id, user, granted ? "CONSENT_GRANTED" : "CONSENT_WITHDRAWN",
                List.of(new AuditTrail.Change(field, null, granted)));
        return state(consent);
    }

    /** Every channel and purpose, with the consent that holds now (not granted when never recorded). */
    @Transactional
    public List<ConsentState> current(String donorId) {
        Donor donor = donors.active(donorId);
        Map<String, ConsentState> latest = new LinkedHashMap<>();
        for (ConsentChannel channel : ConsentChannel.values()) {
            for (ConsentPurpose purpose : ConsentPurpose.values()) {
                latest.put(channel + "/" + purpose, new ConsentState(channel, purpose, false, null, null, null));
            }
        }
        for (Consent consent : consents.historyOf(donor.id)) {
            latest.put(consent.channel + "/" + consent.purpose, state(consent));
        }
        return new ArrayList<>(latest.values());
    }

    /**
     * Those of these donors whose consent for this channel and purpose holds now (the latest grant or withdrawal is
     * a grant), in one query: the thank-you list asks it for a page of donors at once.
     */
    @Transactional
    public Set<String> grantedTo(Collection<String> donorIds, ConsentChannel channel, ConsentPurpose purpose) {
        Map<String, Boolean> latest = new HashMap<>();
        if (!donorIds.isEmpty()) {
            consents.list("donorId in ?1 and channel = ?2 and purpose = ?3 order by id", donorIds, channel, purpose)
                    .forEach(c -> latest.put(c.donorId, c.granted));
        }
        Set<String> granted = new HashSet<>();
        latest.forEach((donorId, yes) -> {
            if (yes) {
                granted.add(donorId);
            }
        });
        return granted;
    }

    /**
     * Those of these donors who may be reached on this channel at all: for at least one purpose the latest grant or
     * withdrawal is a grant. A service message (the annual statement by e-mail) asks this: it needs the channel, not
     * consent for fundraising.
     */
    @Transactional
    public Set<String> grantedOnChannel(Collection<String> donorIds, ConsentChannel channel) {
        Set<String> granted = new HashSet<>();
        for (ConsentPurpose purpose : ConsentPurpose.values()) {
            granted.addAll(grantedTo(donorIds, channel, purpose));
        }
        return granted;
    }

    @Transactional
    public List<Consent> history(String donorId) {
        return consents.historyOf(donors.active(donorId).id);
    }

    private static ConsentState state(Consent c) {
        return new ConsentState(c.channel, c.purpose, c.granted, c.source, c.recordedAt, c.recordedBy);
    }
}
