package org.donorcrm.gift.bankimport;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the bank import's background job and of choosing a donor in the review queue, in Dutch (English in
 * {@link ImportMsgEnglish}); namespace {@code bank}. A bundle of its own: the service's {@code Msg} is full (Quarkus
 * 3.34 generates broken bytecode for one bundle of about 290 texts or more). The job's texts are written without a
 * request, in the language the job was started in: {@link BankImportJob} takes this bundle by that language.
 */
@MessageBundle(value = "bank", locale = "nl")
public interface ImportMsg {

    @Message("Bankafschrift inlezen")
    String importJobTitle();

    @Message("Ingelezen: {#if statements == 1}1 afschrift{#else}{statementCount} afschriften{/if} met {credits} "
            + "{#if creditCount == 1}bijschrijving{#else}bijschrijvingen{/if} ({creditTotal}), waarvan {booked} als "
            + "gift geboekt en {review} te beoordelen.")
    String importSummary(int statements, String statementCount, String credits, long creditCount, String creditTotal,
                         String booked, String review);

    @Message("Dit bestand was al eerder ingelezen: er is niets toegevoegd.")
    String importAgain();



    @Message("Het bestand is geweigerd, er is niets ingelezen: {reason}")
    String importRefused(String reason);

    @Message("Het inlezen is mislukt ({what}), er is niets ingelezen. Upload het bestand opnieuw.")
    String importFailed(String what);

    @Message("Het geüploade bestand is er niet meer; upload het opnieuw.")
    String importUploadGone();

    @Message("Dit bestand wordt al ingelezen; het is niet nog een keer gestart. De voortgang staat hieronder bij "
            + "‘Bezig met inlezen’.")
    String importAlreadyRunning();

    @Message("Het bestand wordt op de achtergrond ingelezen; daarna opent een pagina met de voortgang.")
    String importInBackground();

    @Message("Bezig met inlezen")
    String importRunning();

    @Message("Voortgang volgen")
    String importFollow();

    @Message("in de donateurschermen (een nieuw tabblad) en zoek de donateur daarna hierboven op.")
    String assignThenSearch();

    @Message("kies de donateur")
    String assignChooseDonor();

    @Message("het bestand")
    String importFile();

    @Message("wacht op de donateuradministratie (donor-service): wordt vanzelf gekoppeld zodra die antwoordt")
    String matchWaiting();

    @Message("rekening van meer dan één donateur (gezamenlijke rekening): kies de rekeninghouder")
    String matchJointAccount();

    @Message("Voorgestelde donateurs (houders van de rekening)")
    String suggestedHeading();

    @Message("Boek op deze donateur")
    String suggestedAssign();

    @Message("{#if count == 1}1 bijschrijving wacht{#else}{count} bijschrijvingen wachten{/if} op de "
            + "donateuradministratie en {#if count == 1}wordt{#else}worden{/if} vanzelf gekoppeld zodra die antwoordt.")
    String waitingForDonorService(long count);
}
