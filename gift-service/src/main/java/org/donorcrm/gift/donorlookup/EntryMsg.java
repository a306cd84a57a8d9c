package org.donorcrm.gift.donorlookup;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of choosing a donor and a campaign on a form, in Dutch (English in {@link EntryMsgEnglish}); namespace
 * {@code entry}. A bundle of its own: Quarkus 3.34 generates broken bytecode for one bundle of about 290 texts or
 * more (VerifyError in the bundle's resolver), and {@code Msg} is close to that.
 */
@MessageBundle(value = "entry", locale = "nl")
public interface EntryMsg {

    @Message("Donateur")
    String donorSearchLabel();

    @Message("Typ een deel van de naam, het e-mailadres, de postcode of de woonplaats en kies de donateur.")
    String donorSearchHint();

    @Message("De donateurs kunnen nu niet worden gezocht; probeer het zo nog eens.")
    String donorSearchUnavailable();

    @Message("Geen donateur gevonden met ‘{typed}’.")
    String donorSearchNone(String typed);

    @Message("Kies de donateur")
    String donorSearchChoose();

    @Message("{count} donateurs gevonden; typ meer om er minder te zien.")
    String donorSearchMore(String count);

    @Message("Campagne of actie (niet verplicht)")
    String giftEntryCampaign();

    @Message("— geen —")
    String giftEntryNoCampaign();

    @Message("de gekozen donateur")
    String donorSearchChosenBefore();
}
