package org.donorcrm.gift.bankimport;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a name as a bank writes it ("J. de Vries", "Dhr. J de Vries", "Fam. de Vries", "E.M. de Vries-Jansen",
 * "VRIES J DE", "Vries, J. de") and as donor-service shows a donor ("Jan de Vries"), and says how alike two names
 * are: the same name (a surname in common, the first initials agree), a similar one (a surname in common or one letter
 * apart, but no initials to confirm it), or none. Case, accents, titles and the order of a double surname do not
 * count. Works on the text it is given only: names are never stored or logged here.
 */
final class CounterpartyNames {

    /** How alike the bank's name and a donor's name are. */
    enum Likeness {
        SAME, SIMILAR, NONE
    }

    /**
     * A name taken apart: the first letters of the given names (or the initials), the given names as written, the
     * surname's infix ("de", "van der"), the surname's parts (a double name has two), normalised, and as written.
     */
    record Name(List<Character> initials, List<String> givenNames, String infix, List<String> surnames,
                String lastName, boolean organisation, String written) {

        boolean isEmpty() {
            return surnames.isEmpty();
        }
    }

    private static final Set<String> TITLES = Set.of("dhr", "hr", "heer", "de heer", "mevr", "mw", "mevrouw", "fam",
            "familie", "mr", "mrs", "ms", "dr", "drs", "ir", "ing", "prof", "ds");
    private static final Set<String> INFIXES = Set.of("van", "de", "der", "den", "het", "'t", "t", "ter", "ten",
            "te", "in", "op", "aan", "bij", "la", "le", "du", "da", "di", "del", "von", "zu", "vd", "v.d.", "v/d", "d'");
    private static final Pattern ORGANISATION = Pattern.compile(
            "(?i).*\\b(stichting|vereniging|b\\.?v\\.?|n\\.?v\\.?|v\\.?o\\.?f\\.?|parochie|gemeente|fonds|"
                    + "foundation|holding|coöperatie|cooperatie|genootschap)\\b.*");
    private static final Pattern COMPANY = Pattern.compile("(?i).*\\b(b\\.?v\\.?|n\\.?v\\.?|v\\.?o\\.?f\\.?|holding)\\b.*");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern JOINT = Pattern.compile("(?i)\\s+(e/o|en/of|u/o|&)\\s+.*");

    private CounterpartyNames() {
    }

    /** The name taken apart; an empty name (no surname) when there is nothing to read. */
    static Name parse(String raw) {
        if (raw == null || raw.isBlank()) {
            return new Name(List.of(), List.of(), "", List.of(), "", false, "");
        }
        String text = raw.strip().replaceAll("\\s+", " ");
        if (ORGANISATION.matcher(text).matches()) {
            String key = key(text);
            return new Name(List.of(), List.of(), "", key.isEmpty() ? List.of() : List.of(key), text, true, text);
        }
        // "J. de Vries e/o M. Jansen": the first holder
        text = JOINT.matcher(text).replaceFirst("");
        // "Vries, J. de" → "J. de Vries"
        int comma = text.indexOf(',');
        if (comma > 0 && text.indexOf(',', comma + 1) < 0) {
            text = (text.substring(comma + 1) + " " + text.substring(0, comma)).strip();
        }
        List<String> tokens = new ArrayList<>();
        for (String t : text.replace("-", " - ").split(" ")) {
            if (!t.isBlank()) {
                tokens.add(t);
            }
        }
        // titles in front: "Dhr.", "Mevr.", "Fam.", "de heer"
        while (!tokens.isEmpty()) {
            String first = bare(tokens.get(0));
            if (tokens.size() > 2 && "de".equals(first) && "heer".equals(bare(tokens.get(1)))) {
                tokens.subList(0, 2).clear();
            } else if (tokens.size() > 1 && TITLES.contains(first)) {
                tokens.remove(0);
            } else {
                break;
            }
        }
        boolean reversed = reversed(tokens);
        if (reversed) {
            // "VRIES J DE": surname, initials, infix
            List<String> turned = new ArrayList<>();
            int i = 1;
            while (i < tokens.size() && isInitials(tokens.get(i))) {
                turned.add(tokens.get(i++));
            }
            turned.addAll(tokens.subList(i, tokens.size()));
            turned.add(tokens.get(0));
            tokens = turned;
        } else if (tokens.size() >= 2 && !isInitials(tokens.get(0)) && isInitials(tokens.get(tokens.size() - 1))
                && !tokens.get(tokens.size() - 1).contains(".")) {
            // "DE VRIES J": the initials last
            int first = tokens.size() - 1;
            while (first - 1 > 0 && isInitials(tokens.get(first - 1)) && !tokens.get(first - 1).contains(".")) {
                first--;
            }
            List<String> turned = new ArrayList<>(tokens.subList(first, tokens.size()));
            turned.addAll(tokens.subList(0, first));
            tokens = turned;
        }
        List<Character> initials = new ArrayList<>();
        List<String> givenNames = new ArrayList<>();
        int i = 0;
        while (i < tokens.size() - 1 && isInitials(tokens.get(i))) {
            for (char c : key(tokens.get(i)).toCharArray()) {
                initials.add(c);
            }
            i++;
        }
        int firstInfix = -1;
        for (int j = i; j < tokens.size(); j++) {
            // an infix after a hyphen belongs to the second surname ("Jansen-de Vries")
            if (INFIXES.contains(bare(tokens.get(j))) && j < tokens.size() - 1 && (j == 0 || !"-".equals(tokens.get(j - 1)))) {
                firstInfix = j;
                break;
            }
        }
        // given names: up to the infix; without one, every word but the last (when no initials were written)
        boolean wroteInitials = !initials.isEmpty();
        int surnameFrom = firstInfix >= 0 ? firstInfix : wroteInitials ? i : lastWordStart(tokens, i);
        for (int j = i; j < surnameFrom; j++) {
            if (!"-".equals(tokens.get(j))) {
                givenNames.add(tokens.get(j));
                if (!wroteInitials && !key(tokens.get(j)).isEmpty()) {
                    initials.add(key(tokens.get(j)).charAt(0));
                }
            }
        }
        StringBuilder infix = new StringBuilder();
        int j = surnameFrom;
        while (j < tokens.size() - 1 && INFIXES.contains(bare(tokens.get(j)))) {
            infix.append(infix.isEmpty() ? "" : " ").append(tokens.get(j));
            j++;
        }
        List<String> rest = tokens.subList(j, tokens.size());
        List<String> surnames = new ArrayList<>();
        StringBuilder part = new StringBuilder();
        for (String t : rest) {
            if ("-".equals(t)) {
                addPart(surnames, part);
                part.setLength(0);
            } else if (!INFIXES.contains(bare(t)) || rest.size() == 1) {
                part.append(key(t));
            }
        }
        addPart(surnames, part);
        String lastName = String.join(" ", rest).replace(" - ", "-");
        return new Name(List.copyOf(initials), List.copyOf(givenNames), infix.toString(), List.copyOf(surnames),
                lastName, false, raw.strip());
    }

    /** How alike the name on the statement and a donor's name are. */
    static Likeness compare(Name bank, Name donor) {
        if (bank.isEmpty() || donor.isEmpty()) {
            return Likeness.NONE;
        }
        if (bank.organisation() || donor.organisation()) {
            return bank.surnames().equals(donor.surnames()) ? Likeness.SAME : Likeness.NONE;
        }
        boolean common = bank.surnames().stream().anyMatch(donor.surnames()::contains);
        if (!common) {
            boolean close = bank.surnames().stream().anyMatch(b -> donor.surnames().stream()
                    .anyMatch(d -> Math.min(b.length(), d.length()) >= 5 && oneApart(b, d)));
            return close ? Likeness.SIMILAR : Likeness.NONE;
        }
        if (bank.initials().isEmpty() || donor.initials().isEmpty()) {
            return Likeness.SIMILAR;
        }
        return bank.initials().get(0).equals(donor.initials().get(0)) ? Likeness.SAME : Likeness.SIMILAR;
    }

    /** The words to ask donor-service's search for: each part of the surname of three letters or more. */
    static List<String> searchTerms(Name name) {
        return name.surnames().stream().filter(s -> s.length() >= 3).distinct().toList();
    }

    /** Whether two towns are the same: case, accents and spaces do not count ("'s-Hertogenbosch"). */
    static boolean sameTown(String a, String b) {
        return a != null && b != null && !key(a).isEmpty() && key(a).equals(key(b));
    }

    /**
     * The fields of donor-service's registration form a credit's name fills: an organisation's name; a person's
     * first name (or initials), infix and last name. Written as on the statement, accents kept.
     */
    static Map<String, String> formFields(String raw) {
        Map<String, String> fields = new LinkedHashMap<>();
        Name name = parse(raw);
        if (name.isEmpty()) {
            return fields;
        }
        if (name.organisation()) {
            fields.put("kind", COMPANY.matcher(name.lastName()).matches() ? "COMPANY" : "FOUNDATION");
            fields.put("organisationName", name.lastName());
            return fields;
        }
        boolean writtenInitials = name.givenNames().isEmpty() && !name.initials().isEmpty();
        if (writtenInitials) {
            StringBuilder initials = new StringBuilder();
            name.initials().forEach(c -> initials.append(Character.toUpperCase(c)).append('.'));
            fields.put("initials", initials.toString());
        } else if (!name.givenNames().isEmpty()) {
            fields.put("firstName", capitalised(String.join(" ", name.givenNames())));
        }
        if (!name.infix().isEmpty()) {
            fields.put("infix", name.infix().toLowerCase(Locale.ROOT));
        }
        fields.put("lastName", capitalised(name.lastName()));
        return fields;
    }

    /** "VRIES-JANSEN" → "Vries-Jansen"; a name written in mixed case stays as written. */
    private static String capitalised(String written) {
        if (!written.equals(written.toUpperCase(Locale.ROOT))) {
            return written;
        }
        StringBuilder out = new StringBuilder();
        boolean start = true;
        for (char c : written.toLowerCase(Locale.ROOT).toCharArray()) {
            out.append(start ? Character.toUpperCase(c) : c);
            start = c == ' ' || c == '-' || c == '\'';
        }
        return out.toString();
    }

    /** "VRIES J DE", "VRIES JP": a surname first, then initials without dots. */
    private static boolean reversed(List<String> tokens) {
        return tokens.size() >= 2 && !isInitials(tokens.get(0)) && !INFIXES.contains(bare(tokens.get(0)))
                && isInitials(tokens.get(1)) && !tokens.get(1).contains(".")
                && tokens.subList(2, tokens.size()).stream().allMatch(t -> INFIXES.contains(bare(t)));
    }

    /** Where the surname of "Jan Vries", "Jan Jansen-de Vries" begins: its last word, with infixes and hyphens. */
    private static int lastWordStart(List<String> tokens, int from) {
        int last = tokens.size() - 1;
        while (last - 1 >= from) {
            String before = tokens.get(last - 1);
            if (INFIXES.contains(bare(before))) {
                last--;
            } else if ("-".equals(before) && last - 2 >= from) {
                last -= 2;
            } else {
                break;
            }
        }
        return Math.max(from, last);
    }

    /** "J.", "J", "E.M.", "JP" (two capitals, no vowels between) are initials. */
    private static boolean isInitials(String token) {
        String letters = token.replace(".", "");
        if (letters.isEmpty() || !letters.chars().allMatch(Character::isLetter)) {
            return false;
        }
        if (token.contains(".")) {
            return letters.length() <= 4 && token.matches("(\\p{L}\\.)+\\p{L}?");
        }
        return letters.length() == 1 || letters.length() <= 3 && letters.equals(letters.toUpperCase(Locale.ROOT))
                && letters.chars().noneMatch(c -> "AEIOUY".indexOf(c) >= 0);
    }

    private static void addPart(List<String> parts, StringBuilder part) {
        if (!part.isEmpty() && !parts.contains(part.toString())) {
            parts.add(part.toString());
        }
    }

    /** Lower case, without accents, dots and anything but letters and digits. */
    static String key(String text) {
        String plain = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }

    private static String bare(String token) {
        String lower = token.toLowerCase(Locale.ROOT);
        return "v.d.".equals(lower) || "'t".equals(lower) || "d'".equals(lower) ? lower : lower.replace(".", "");
    }

    private static boolean oneApart(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        if (Math.abs(a.length() - b.length()) > 1) {
            return false;
        }
        int i = 0;
        while (i < Math.min(a.length(), b.length()) && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        if (a.length() == b.length()) {
            return a.substring(i + 1).equals(b.substring(i + 1));
        }
        return a.length() > b.length() ? a.substring(i + 1).equals(b.substring(i))
                : b.substring(i + 1).equals(a.substring(i));
    }

    /** Every distinct surname part of these names (for the searches of one screen). */
    static Set<String> allSearchTerms(List<Name> names) {
        Set<String> terms = new LinkedHashSet<>();
        names.forEach(n -> terms.addAll(searchTerms(n)));
        return terms;
    }
}
