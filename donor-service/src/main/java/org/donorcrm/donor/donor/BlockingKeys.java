package org.donorcrm.donor.donor;

import org.apache.commons.codec.language.ColognePhonetic;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The keys under which possible duplicates meet. Each is computed once per write and indexed, so detection
 * is a GROUP BY over an index instead of comparing every donor with every other (n² = 5·10⁹ pairs at 100,000
 * donors). Two donors are candidates when they share a key:
 * <ul>
 * <li>the IBAN in electronic form;</li>
 * <li>the e-mail address in lower case (stored as a digest);</li>
 * <li>the name without accents, case, spaces or punctuation, plus the postcode (stored as a digest);</li>
 * <li>a "sounds like" key: Cologne phonetics (fits Dutch spelling variants such as Jansen/Janssen, de
 * Vries/de Fries, Pietersen/Pieterse) of the family name without particles (van, de, der...), after the first
 * initial for an individual; of the name without legal forms (stichting, B.V....) for an organisation; followed
 * by the four digits of the postcode (the neighbourhood). Without them every "J. de Jong" in the country
 * would be one group: similar names are only suspicious close together.</li>
 * </ul>
 */
public final class BlockingKeys {

    private static final ColognePhonetic COLOGNE = new ColognePhonetic();
    private static final Set<String> PARTICLES = Set.of("van", "de", "der", "den", "het", "ten", "ter", "te",
            "t", "in", "op", "la", "le", "du", "von", "vd");
    private static final Set<String> LEGAL_FORMS = Set.of("stichting", "vereniging", "bv", "nv", "vof",
            "cv", "foundation", "fonds", "ltd", "inc", "gmbh");

    private BlockingKeys() {
    }

    public static void apply(Donor donor) {
        donor.ibanKey = DonorChecks.electronicIban(donor.iban);
        donor.emailKey = DonorChecks.blank(donor.email) ? null : digest(donor.email.trim().toLowerCase(Locale.ROOT));
        String name = plain(fullName(donor));
        String compact = name.replace(" ", "");
        donor.namePostcodeKey = compact.isEmpty() || DonorChecks.blank(donor.postcode) ? null
                : digest(compact + "|" + donor.postcode.replace(" ", ""));
        donor.phoneticKey = phonetic(donor);
    }

    public static void clear(Donor donor) {
        donor.ibanKey = null;
        donor.emailKey = null;
        donor.namePostcodeKey = null;
        donor.phoneticKey = null;
    }

    static String phonetic(Donor donor) {
        if (donor.kind == null) {
            return null;
        }
        if (donor.kind.isOrganisation()) {
            String sound = sounds(plain(donor.organisationName), LEGAL_FORMS);
            return sound.isEmpty() ? null : cut("O:" + sound, 110) + district(donor);
        }
        String family = sounds(plain(donor.lastName), PARTICLES);
        if (family.isEmpty()) {
            return null;
        }
        String first = plain(donor.firstName);
        return cut("I:" + (first.isEmpty() ? "" : first.substring(0, 1)) + ":" + family, 110) + district(donor);
    }

    private static String district(Donor donor) {
        return "@" + (donor.postcode == null || donor.postcode.length() < 4 ? "-" : donor.postcode.substring(0, 4));
    }

    private static String sounds(String plainName, Set<String> ignored) {
        return Arrays.stream(plainName.split(" "))
                .filter(token -> !token.isEmpty() && !ignored.contains(token))
                .map(COLOGNE::colognePhonetic)
                .filter(code -> !code.isEmpty())
                .collect(Collectors.joining("-"));
    }

    static String fullName(Donor donor) {
        if (donor.kind != null && donor.kind.isOrganisation()) {
            return donor.organisationName;
        }
        return ((donor.firstName == null ? "" : donor.firstName) + " "
                + (donor.lastName == null ? "" : donor.lastName)).trim();
    }

    /** Lower case ASCII letters and digits, words separated by one space: "Ĳsbrand  d'Óld" → "ijsbrand d old". */
    static String plain(String name) {
        if (name == null) {
            return "";
        }
        String ascii = Normalizer.normalize(name.replace("Ĳ", "IJ").replace("ĳ", "ij"), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        return ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").trim();
    }

    /** The first 128 bits of the SHA-256 of the text, as 32 hex digits. */
    static String digest(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
