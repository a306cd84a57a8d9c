package org.donorcrm.gift.bankimport;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The donor numbers ("relatienummer", e.g. 100234) a remittance text may carry, read strictly: a wrong booking is
 * worse than a line in the review queue. A text full of other numbers (dates, amounts, invoice and order numbers,
 * postcodes, phone numbers, IBANs) yields none.
 * <ul>
 * <li>A candidate is a run of exactly six digits, from {@value #FIRST} up (the first donor number; no leading zero),
 * standing alone as a word: before it the start, a space, {@code : # ( [ " '} or the dot of an abbreviation
 * ({@code rel.nr.100234}); after it the end, a space, {@code ) ] " ' ; ! ?}, or {@code , . :} ending a sentence.
 * Glued to a letter, a dash, a slash, a plus, a currency sign (or the {@code ?} a bank writes for one) or another
 * digit group ({@code 100234-A}, {@code 2024100234}, {@code 25,00}, {@code 0252 123456}, {@code +31 20 123456},
 * {@code ? 100234}) it is no candidate.</li>
 * <li><b>With a keyword</b> right before it (after spaces and {@code : # . = -}, with an optional {@code nr},
 * {@code no} or {@code nummer}): relatie, relatienummer, relatienr, rel.nr, relnr, donateur(s)nummer, donateur,
 * donor(nummer), lid(nummer), gift, donatie — the number counts whatever else the text holds.</li>
 * <li>After any other word that names a number of something else (factuur, order, bestelling, klantnummer, kenmerk,
 * referentie, postcode, telefoon, rekening, iban, bedrag, eur, datum, …), or after a currency sign or before EUR
 * (an amount: "gift 100234 EUR"), it is never a donor number, not even after a donor keyword.</li>
 * <li><b>Bare</b>, without a keyword, only when it is the one run of six or more digits in the whole text, the text
 * names no other kind of number (none of the words above), and it cannot be read as a date within 400 days of the
 * booking (ddMMyy or yyMMdd): "gift 25,00 100234" counts, "100234 factuur" and "071226 100234" do not.</li>
 * </ul>
 * A candidate only becomes a donor when donor-service knows the number (an active donor, a merged donor's survivor).
 */
final class DonorNumbers {

    /** The first donor number there is. */
    static final long FIRST = 100_001;

    private static final Pattern DIGITS = Pattern.compile("[0-9]+");
    private static final Pattern WORD_BEFORE = Pattern.compile("([\\p{L}][\\p{L}.]*)[\\s:#=.\\-]*$");
    private static final Pattern WORD = Pattern.compile("[\\p{L}]+");
    private static final Pattern DOTTED_WORD = Pattern.compile("[\\p{L}][\\p{L}.]*");
    private static final Set<String> NUMBER_WORDS = Set.of("nr", "no", "nummer", "number", "num");
    private static final Set<String> DONOR_WORDS = Set.of("relatie", "relatienummer", "relatienr", "relnr", "rel",
            "relnummer", "donateur", "donateurnummer", "donateursnummer", "donateurnr", "donateursnr", "donor",
            "donornummer", "donornr", "lid", "lidnummer", "lidnr", "gift", "donatie");
    private static final Set<String> OTHER_WORDS = Set.of("factuur", "factuurnr", "factuurnummer", "fact", "factnr",
            "invoice", "invoicenr", "inv", "order", "ordernr", "ordernummer", "bestelling", "bestelnr",
            "bestelnummer", "klant", "klantnr", "klantnummer", "kenmerk", "betalingskenmerk", "ref", "referentie",
            "refnr", "reference", "nota", "notanr", "polis", "polisnr", "polisnummer", "postcode", "tel", "telnr",
            "telefoon", "telefoonnummer", "telefoonnr", "mobiel", "gsm", "rekening", "rekeningnummer", "reknr", "iban",
            "bic", "bedrag", "eur", "euro", "euros", "datum", "date", "transactie", "transactienr", "machtiging",
            "machtigingskenmerk", "contract", "contractnr", "dossier", "dossiernr", "ticket", "ticketnr", "pakket",
            "zending", "bon", "bonnr", "artikel", "artnr", "btw", "kvk", "bsn", "huisnummer", "termijn", "periode",
            "boeking", "id", "tan", "code", "pin");

    /** What a text names: numbers after a donor keyword, and at most one bare number (see the class). */
    record Found(List<Long> keyworded, List<Long> bare) {

        boolean isEmpty() {
            return keyworded.isEmpty() && bare.isEmpty();
        }

        /** Every candidate, keyworded first. */
        List<Long> all() {
            List<Long> all = new ArrayList<>(keyworded);
            bare.stream().filter(n -> !all.contains(n)).forEach(all::add);
            return all;
        }
    }

    private DonorNumbers() {
    }

    static Found find(String text, LocalDate booked) {
        if (text == null || text.isBlank()) {
            return new Found(List.of(), List.of());
        }
        List<Long> keyworded = new ArrayList<>();
        List<Long> bare = new ArrayList<>();
        int longRuns = 0;
        Matcher run = DIGITS.matcher(text);
        while (run.find()) {
            int length = run.end() - run.start();
            if (length >= 6) {
                longRuns++;
            }
            if (length != 6 || !standsAlone(text, run.start(), run.end())) {
                continue;
            }
            long number = Long.parseLong(run.group());
            if (number < FIRST || currencyAfter(text, run.end())) {
                // an amount ("gift 100234 EUR"), whatever word stands before it
                continue;
            }
            String word = wordBefore(text, run.start());
            if (DONOR_WORDS.contains(word)) {
                if (!keyworded.contains(number)) {
                    keyworded.add(number);
                }
            } else if (!OTHER_WORDS.contains(word)) {
                bare.add(number);
            }
        }
        boolean bareAllowed = bare.size() == 1 && longRuns == 1 && keyworded.isEmpty() && !namesOtherNumbers(text)
                && !dateNear(bare.get(0), booked);
        return new Found(List.copyOf(keyworded), bareAllowed ? List.copyOf(bare) : List.of());
    }

    private static boolean standsAlone(String text, int start, int end) {
        if (start > 0) {
            char before = text.charAt(start - 1);
            boolean ok = Character.isWhitespace(before) || ":#([\"'".indexOf(before) >= 0
                    || before == '.' && start > 1 && Character.isLetter(text.charAt(start - 2));
            if (!ok) {
                return false;
            }
            // a group of a longer number written with spaces: "0252 123456", "+31 20 123456", or an amount "€ 100234"
            // (or "? 100234": a bank writes '?' for a character outside the SEPA character set, such as '€')
            int i = start - 1;
            while (i >= 0 && text.charAt(i) == ' ') {
                i--;
            }
            if (i >= 0 && i < start - 1 && (Character.isDigit(text.charAt(i)) || "€$£+?".indexOf(text.charAt(i)) >= 0)) {
                return false;
            }
        }
        if (end < text.length()) {
            char after = text.charAt(end);
            boolean sentenceEnd = ",.:".indexOf(after) >= 0
                    && (end + 1 == text.length() || Character.isWhitespace(text.charAt(end + 1)));
            boolean ok = Character.isWhitespace(after) || ")]\"';!?".indexOf(after) >= 0 || sentenceEnd;
            if (!ok) {
                return false;
            }
            int i = end;
            while (i < text.length() && text.charAt(i) == ' ') {
                i++;
            }
            if (i > end && i < text.length() && (Character.isDigit(text.charAt(i)) || "€$£".indexOf(text.charAt(i)) >= 0)) {
                return false;
            }
        }
        return true;
    }

    /** The word right before a number, lower case without dots; "relatie nr" and "rel. nr." give one word. */
    private static String wordBefore(String text, int start) {
        Matcher m = WORD_BEFORE.matcher(text.substring(0, start));
        if (!m.find()) {
            return "";
        }
        String word = normal(m.group(1));
        if (NUMBER_WORDS.contains(word)) {
            Matcher previous = WORD_BEFORE.matcher(text.substring(0, m.start()));
            return previous.find() ? normal(previous.group(1)) + word : word;
        }
        return word;
    }

    private static boolean currencyAfter(String text, int end) {
        Matcher next = WORD.matcher(text);
        if (next.find(end)) {
            String between = text.substring(end, next.start());
            return between.isBlank() && Set.of("eur", "euro", "euros").contains(next.group().toLowerCase(Locale.ROOT));
        }
        return false;
    }

    private static boolean namesOtherNumbers(String text) {
        Matcher word = DOTTED_WORD.matcher(text);
        while (word.find()) {
            if (OTHER_WORDS.contains(normal(word.group()))) {
                return true;
            }
        }
        return text.indexOf('€') >= 0;
    }

    /** Whether six digits read as a date (ddMMyy or yyMMdd) within 400 days of the booking. */
    private static boolean dateNear(long number, LocalDate booked) {
        if (booked == null) {
            return false;
        }
        String s = String.format(Locale.ROOT, "%06d", number);
        int a = Integer.parseInt(s.substring(0, 2));
        int b = Integer.parseInt(s.substring(2, 4));
        int c = Integer.parseInt(s.substring(4, 6));
        return near(2000 + c, b, a, booked) || near(2000 + a, b, c, booked);
    }

    private static boolean near(int year, int month, int day, LocalDate booked) {
        try {
            return Math.abs(ChronoUnit.DAYS.between(booked, LocalDate.of(year, month, day))) <= 400;
        } catch (DateTimeException impossible) {
            return false;
        }
    }

    private static String normal(String word) {
        return word.toLowerCase(Locale.ROOT).replace(".", "");
    }
}
