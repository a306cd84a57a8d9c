package org.donorcrm.donor.mail;

/**
 * A message the SMTP server took, fired (synchronously, in the sender's transaction) so that what the message was for
 * can be recorded once with it: a thank-you on the donor's timeline. Ids only.
 */
public record MailSent(String messageId, MailMessage.Kind kind, String donorId, String giftId, String queuedBy) {
}
