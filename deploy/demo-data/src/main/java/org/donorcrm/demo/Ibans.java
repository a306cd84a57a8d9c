package org.donorcrm.demo;

import java.math.BigInteger;
import java.util.Random;

/** Valid Dutch IBANs (mod-97 check digits right) for demo donors, on fictitious bank codes' account numbers. */
final class Ibans {

    private static final String[] BANKS = {"ABNA", "INGB", "RABO", "SNSB", "TRIO", "ASNB"};

    private Ibans() {
    }

    static String dutch(Random random) {
        String bank = BANKS[random.nextInt(BANKS.length)];
        String account = String.format("%010d", (long) (random.nextDouble() * 9_999_999_999L));
        String bban = bank + account;
        String numeric = toDigits(bban + "NL00");
        int check = 98 - new BigInteger(numeric).mod(BigInteger.valueOf(97)).intValue();
        return "NL" + String.format("%02d", check) + bban;
    }

    private static String toDigits(String s) {
        StringBuilder digits = new StringBuilder();
        for (char c : s.toCharArray()) {
            digits.append(Character.isLetter(c) ? String.valueOf(c - 'A' + 10) : String.valueOf(c));
        }
        return digits.toString();
    }
}
