package org.donorcrm.donor.thankyou;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/**
 * The thank-you text of one language (V15): the draft a fundraiser saved and the text an admin approved, which is the
 * one in use. Subject and body hold merge fields such as {@code {salutation}} ({@link ThankYouTemplates#FIELDS}).
 */
@Entity
@Table(name = "message_template")
public class MessageTemplate {

    /** "THANK_YOU/nl". */
    @Id
    @Column(length = 30)
    public String id;

    @Column(nullable = false, length = 20)
    public String kind;

    @Column(nullable = false, length = 2, columnDefinition = "CHAR(2)")
    public String language;

    @Column(name = "draft_subject", length = 300)
    public String draftSubject;
    @Column(name = "draft_body", length = 4000)
    public String draftBody;
    @Column(name = "draft_by", length = 100)
    public String draftBy;
    @Column(name = "draft_at")
    public Instant draftAt;

    @Column(name = "approved_subject", length = 300)
    public String approvedSubject;
    @Column(name = "approved_body", length = 4000)
    public String approvedBody;
    @Column(name = "approved_by", length = 100)
    public String approvedBy;
    @Column(name = "approved_at")
    public Instant approvedAt;

    @Version
    public long version;

    public boolean hasDraft() {
        return draftSubject != null;
    }

    public boolean approved() {
        return approvedSubject != null;
    }
}
