package org.donorcrm.gift.sepa;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.Message;

/** The texts of the SEPA jobs on a timer, in English: every text of {@link SepaMsg}. */
@Localized("en")
public interface SepaMsgEnglish extends SepaMsg {

    @Override
    @Message("Lapse unused mandates")
    String lapseJobTitle();

    @Override
    @Message("Night of {date}")
    String lapseJobSubject(String date);

    @Override
    @Message("{#if count == 0}No mandate lapsed{#else if count == 1}1 mandate lapsed{#else}{count} mandates lapsed{/if} (unused for 36 months).")
    String lapseJobResult(int count);
}
