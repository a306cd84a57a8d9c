package org.donorcrm.gift.donorlookup;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of choosing a donor and a campaign on a form (by search, never by a typed id) and of the batch form's
 * lines, in Dutch (English in {@link EntryMsgEnglish}); namespace {@code entry}. A bundle of its own: Quarkus 3.34
 * generates broken bytecode for one bundle of about 290 texts or more (VerifyError in the bundle's resolver), and
 * {@code Msg} is close to that. Keep this one well below 200 texts.
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

    @Message("kies de donateur: typ een deel van de naam en kies uit de gevonden donateurs")
    String donorNotChosen();

    // The mandate list's filter by donor (MandatePages/list)

    @Message("Alle donateurs")
    String donorFilterEvery();

    // Batch entry, one gift per line (BatchPages/form, BatchLines)

    @Message("Eén gift per regel: kies de donateur en typ het bedrag. Inkomstendatum, fonds en campagne alleen als die afwijken van hierboven.")
    String batchLinesIntro();

    @Message("Donateur op regel {n}")
    String batchLineDonor(int n);

    @Message("Bedrag in euro op regel {n}")
    String batchLineAmount(int n);

    @Message("Inkomstendatum op regel {n}")
    String batchLineIncomeDate(int n);

    @Message("Fonds op regel {n}")
    String batchLineFund(int n);

    @Message("Campagne op regel {n}")
    String batchLineCampaign(int n);

    @Message("— zoals hierboven —")
    String batchLineAsAbove();

    @Message("{count} regels erbij")
    String batchMoreLines(int count);

    @Message("vul minstens één regel in: een donateur en een bedrag")
    String batchLinesNeeded();

    @Message("nr. {number}")
    String donorSearchNumber(Long number);

    @Message("Betaald via machtiging (optioneel)")
    String agreementMandate();

    @Message("— geen machtiging —")
    String agreementNoMandate();

    @Message("De lopende machtigingen van de gekozen donateur.")
    String agreementMandateHint();

    @Message("Kies eerst de donateur; daarna staan hier diens lopende machtigingen.")
    String agreementMandateFirstTheDonor();
}
