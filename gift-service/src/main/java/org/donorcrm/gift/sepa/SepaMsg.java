package org.donorcrm.gift.sepa;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the SEPA jobs on a timer, in Dutch (English in {@link SepaMsgEnglish}); namespace {@code sepa}. A
 * bundle of its own: {@code Msg} is close to the size at which Quarkus 3.34 generates a broken bundle class.
 */
@MessageBundle(value = "sepa", locale = "nl")
public interface SepaMsg {

    @Message("Ongebruikte machtigingen laten vervallen")
    String lapseJobTitle();

    @Message("Nacht van {date}")
    String lapseJobSubject(String date);

    @Message("{#if count == 0}Geen machtiging vervallen{#else if count == 1}1 machtiging vervallen{#else}{count} machtigingen vervallen{/if} (36 maanden niet gebruikt).")
    String lapseJobResult(int count);
}
