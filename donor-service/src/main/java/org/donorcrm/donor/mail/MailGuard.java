package org.donorcrm.donor.mail;

import java.util.Optional;

/**
 * Asked by {@link MailSender} just before a message goes out: the feature that queued it says whether it may still be
 * sent (the donor may have withdrawn consent or been marked "do not contact" since). A refusal makes the message
 * FAILED with the refusal's code (no personal data) as its error, and nothing is sent.
 */
public interface MailGuard {

    /** Why the message may not be sent now (a code such as NO_EMAIL_CONSENT); empty when it may. */
    Optional<String> refusal(MailMessage message);
}
