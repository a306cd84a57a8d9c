package org.donorcrm.gift.bankimport;

import io.quarkus.qute.TemplateExtension;
import org.donorcrm.gift.Msg;
import org.donorcrm.platform.i18n.Formats;
import org.donorcrm.platform.i18n.Languages;
import org.donorcrm.platform.i18n.Texts;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Why a statement line was matched or not, in the screen's language. {@link EntryMatcher} and
 * {@link BankImportService} store the reason in English (the API shows it as stored); the screens write
 * {@code {entry.shownReason}}, which reads the stored sentence back into the bundle's text. A reason this class
 * does not know is shown as stored.
 */
@TemplateExtension
public final class MatchReasons {

    /** How a donor or collection was found, as {@link EntryMatcher} writes it, and its key in {@link Msg#matchHow}. */
    private static final Map<String, String> HOW = Map.of(
            "end-to-end id of our direct debit", "E2E_DEBIT",
            "mandate reference of our direct debit", "MANDATE_REF_DEBIT",
            "mandate reference", "MANDATE_REF",
            "donor id column of the export", "DONOR_ID_COLUMN",
            "account on the donor's record", "IBAN_ON_RECORD",
            "donor number of one holder of a joint account", "JOINT_ACCOUNT_NUMBER",
            "account confirmed by finance earlier", "KNOWN_ACCOUNT",
            "donor number in the remittance text", "DONOR_NUMBER_REMITTANCE",
            "debtor account of the donor's mandate", "MANDATE_ACCOUNT",
            "donor id in the remittance text", "DONOR_ID_REMITTANCE");
    private static final Pattern RETURN_OF_DEBIT = Pattern.compile(
            "return (\\S+) of our direct debit \\(end-to-end id\\): gift reversed");
    private static final Pattern FOREIGN = Pattern.compile("amount in (\\S+), not EUR: to be booked by hand");
    private static final Pattern COLLECTION = Pattern.compile("(.+): gift recorded by the collection run");
    private static final Pattern FUND_CLOSED = Pattern.compile("donor found by (.+), but fund (\\S+) is not open on (\\S+)");
    private static final Pattern MATCHED = Pattern.compile("matched by (.+)");
    private static final Pattern IGNORED = Pattern.compile("not a gift: (.*)", Pattern.DOTALL);

    private MatchReasons() {
    }

    /** The reason of a line in the request's language. */
    public static String shownReason(StatementResponse.Entry entry) {
        return shown(entry.matchReason());
    }

    static String shown(String stored) {
        if (stored == null) {
            return "";
        }
        Msg msg = Texts.of(Msg.class);
        switch (stored) {
            case "money back from an outgoing payment (return or reversal): not a gift":
                return msg.matchReturnIn();
            case "return of our collection, already booked":
                return msg.matchReturnOfCollectionBooked();
            case "payment out: not a gift":
                return msg.matchPaymentOut();
            case "return of a transfer whose gift was already reversed":
                return msg.matchReturnAlreadyReversed();
            case "return of an earlier credit (end-to-end id): gift reversed":
                return msg.matchReturnOfCredit();
            case "return without a gift of ours to reverse":
                return msg.matchReturnUnmatched();
            case "no donor found by end-to-end id, mandate reference, account or remittance text":
                return msg.matchNoDonor();
            case "assigned to the donor by finance":
                return msg.matchAssigned();
            case EntryMatcher.WAITING:
                return Texts.of(ImportMsg.class).matchWaiting();
            case EntryMatcher.JOINT_ACCOUNT:
                return Texts.of(ImportMsg.class).matchJointAccount();
            default:
                break;
        }
        Matcher m = RETURN_OF_DEBIT.matcher(stored);
        if (m.matches()) {
            return msg.matchReturnOfDebit(m.group(1));
        }
        m = FOREIGN.matcher(stored);
        if (m.matches()) {
            return msg.matchForeignCurrency(m.group(1));
        }
        m = COLLECTION.matcher(stored);
        if (m.matches() && HOW.containsKey(m.group(1))) {
            return msg.matchCollectionBooked(msg.matchHow(HOW.get(m.group(1))));
        }
        m = FUND_CLOSED.matcher(stored);
        if (m.matches() && HOW.containsKey(m.group(1))) {
            return msg.matchFundClosed(msg.matchHow(HOW.get(m.group(1))), m.group(2), date(m.group(3)));
        }
        m = MATCHED.matcher(stored);
        if (m.matches() && HOW.containsKey(m.group(1))) {
            return msg.matchMatchedBy(msg.matchHow(HOW.get(m.group(1))));
        }
        m = IGNORED.matcher(stored);
        if (m.matches()) {
            return msg.matchIgnored(m.group(1));
        }
        return stored;
    }

    private static String date(String iso) {
        try {
            return Formats.date(LocalDate.parse(iso), Languages.current());
        } catch (DateTimeParseException e) {
            return iso;
        }
    }
}
