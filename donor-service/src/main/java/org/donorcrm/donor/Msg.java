package org.donorcrm.donor;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Every text of this service's screens, in Dutch (the default; English in {@link MsgEnglish}). Templates write
 * {@code {msg:key}}; Java code takes the texts in the request's language from
 * {@code org.donorcrm.platform.i18n.Texts.of(Msg.class)}. The platform's shared words are in its {@code ui} bundle.
 */
@MessageBundle(locale = "nl")
public interface Msg {

    @Message("Donateurs")
    String navDonors();

    @Message("Bedankjes")
    String navThankYou();

    @Message("Dubbelen")
    String navDuplicates();
}
