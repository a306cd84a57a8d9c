package org.donorcrm.donor.interaction;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

@ApplicationScoped
public class InteractionRepository implements PanacheRepositoryBase<Interaction, String> {

    /** The timeline, newest first. */
    public List<Interaction> timelineOf(String donorId) {
        return list("donorId = ?1 order by occurredOn desc, recordedAt desc", donorId);
    }
}
