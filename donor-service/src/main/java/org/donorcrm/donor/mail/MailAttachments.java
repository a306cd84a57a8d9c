package org.donorcrm.donor.mail;

import java.util.List;

/**
 * Asked by {@link MailSender} while it sends a message: the files the feature that queued it attaches, read at that
 * moment from where the feature keeps them (the queue holds the text only, so no file is kept twice).
 */
public interface MailAttachments {

    /** A file to attach: its name, its bytes and its media type. */
    record Attachment(String name, byte[] content, String contentType) {
    }

    /** The files of this feature to attach to the message; none for a message of another feature. */
    List<Attachment> of(MailMessage message);
}
