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

    @Message("Dit afschrift wordt nog ingelezen: {done} van {total} transacties van het bestand geboekt. De aantallen "
            + "hieronder groeien mee.")
    String statementBooking(String done, String total);

    @Message("in de donateurschermen (een nieuw tabblad) en zoek de donateur daarna hierboven op.")
    String assignThenSearch();

    @Message("kies de donateur")
    String assignChooseDonor();

    @Message("het bestand")
    String importFile();

    /** Why a statement file is refused ({@link StatementRejected.Reason}); never a piece of the file's content. */
    @Message("{#when code}{#is 'DOCTYPE'}het bestand bevat een DOCTYPE; bankafschriften hebben er geen{#is 'NO_XML'}het bestand bevat geen XML-document{#is 'NO_STATEMENT'}het bestand bevat geen afschrift (Stmt){#is 'NOT_WELL_FORMED'}het bestand is geen geldige XML{#if a0} (regel {a0}){/if}{#is 'NOT_CAMT053'}het bestand is geen CAMT.053-afschrift; verwacht is camt.053.001.02 tot en met camt.053.001.08{#is 'CAMT_VERSION'}{a0} wordt niet ondersteund; wel camt.053.001.02 tot en met camt.053.001.08{#is 'NO_ACCOUNT'}een afschrift noemt geen rekening (Acct/Id){#is 'NO_STATEMENT_ID'}een afschrift heeft geen kenmerk (Id){#is 'NOT_AN_AMOUNT'}een bedrag in het bestand is geen bedrag{#is 'TOO_MANY_DECIMALS'}een bedrag in het bestand heeft meer dan twee decimalen{#is 'TOO_MANY_DIGITS'}een bedrag in het bestand heeft meer dan 13 cijfers voor de komma{#is 'NO_BOOKING_DATE'}een post heeft geen boekdatum{#is 'NOT_A_DATE'}een datum in het bestand is geen datum{#is 'DATE_FORMAT'}het datumformaat is geen datumpatroon zoals dd-MM-yyyy{#is 'MISSING_COLUMNS'}het bestand heeft geen kolom {a0}{#is 'ROW_COLUMNS'}regel {a0} heeft {a1} kolommen, de kopregel {a2}{#is 'ROW_NO_REFERENCE'}regel {a0} heeft geen kenmerk{#is 'NO_ROWS'}het bestand heeft geen regels{#is 'NOT_UTF8'}het bestand is geen UTF-8-tekst{#is 'NOT_CSV'}het bestand is geen leesbare CSV{#is 'ROW_NOT_AMOUNT'}regel {a0}: het bedrag is geen bedrag zoals 12.50{#is 'ROW_NOT_DATE'}regel {a0}: de datum past niet bij het datumformaat{#is 'NOT_OUR_ACCOUNT'}afschrift {a0} is van een rekening die niet van de organisatie is (crm.bank.accounts){#else}{code}{/when}")
    String refusal(String code, Object a0, Object a1, Object a2);

    @Message("wacht op de donateuradministratie (donor-service): wordt vanzelf gekoppeld zodra die antwoordt")
    String matchWaiting();

    @Message("rekening van meer dan één donateur (gezamenlijke rekening): kies de rekeninghouder")
    String matchJointAccount();

    @Message("Voorgestelde donateurs")
    String suggestedHeading();

    @Message("Koppelen")
    String suggestedAssign();

    @Message("{#if count == 1}1 bijschrijving wacht{#else}{count} bijschrijvingen wachten{/if} op de "
            + "donateuradministratie en {#if count == 1}wordt{#else}worden{/if} vanzelf gekoppeld zodra die antwoordt.")
    String waitingForDonorService(long count);

    /** Why a donor is suggested for a credit ({@link ReviewSuggestions.Reason}). */
    @Message("{#when code}{#is 'JOINT_ACCOUNT'}gezamenlijke rekening{#is 'SAME_NAME'}zelfde naam{#is "
            + "'SIMILAR_NAME_SAME_CITY'}lijkt op naam, zelfde plaats{#is 'USUAL_AMOUNT'}zelfde bedrag als gebruikelijke "
            + "gift{#else}{code}{/when}")
    String suggestionReason(String code);

    @Message("Voorgesteld")
    String suggestedColumn();

    @Message("ook de andere {#if count == 1}wachtende bijschrijving{#else}{count} wachtende bijschrijvingen{/if} van "
            + "deze rekening")
    String sameAccountToo(long count);

    @Message("{#if count == 1}1 bijschrijving{#else}{count} bijschrijvingen{/if} geboekt ({total})")
    String booked(int count, String total);

    @Message("Nieuwe gever van deze bijschrijving")
    String newDonorFromCredit();

    @Message("Opent het formulier van de donateurschermen (een nieuw tabblad), ingevuld met de naam en het "
            + "rekeningnummer van de bijschrijving. Sla de gever daar op en kies hier daarna ‘Opnieuw zoeken’.")
    String newDonorExplained();

    @Message("Opnieuw zoeken")
    String searchAgain();

    @Message("Nog geen donateur gevonden bij deze rekening of omschrijving.")
    String searchFoundNobody();

    @Message("De donateuradministratie antwoordt nu niet; er is niets veranderd. Probeer het straks opnieuw.")
    String searchUnavailable();
}
