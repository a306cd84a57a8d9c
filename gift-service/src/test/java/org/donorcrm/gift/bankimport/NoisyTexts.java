package org.donorcrm.gift.bankimport;

import java.util.List;

/**
 * Remittance texts full of numbers that are not donor numbers (dates, amounts, invoice and order numbers,
 * postcodes, phone numbers, IBANs), and texts that name a donor number among such noise. Every six-digit number in
 * them is one of {@link #TRAPS}: the tests make each of those a real donor's number, so that any number read wrongly
 * would book to a wrong donor. {@code %d} in a named text is the number of the donor it must book to.
 */
final class NoisyTexts {

    /** Every six-digit number the texts hold. */
    static final List<Long> TRAPS = List.of(100234L, 100235L, 151226L, 261207L, 123456L, 164300L);

    /** Texts that must book to nobody. */
    static final List<String> NOBODY = List.of(
            "Betaling 07-12-2026 factuur 100234-A",
            "order 2024100234 bedrag 25,00",
            "Gift 20261207",
            "factuur 100234",
            "Factuurnummer: 100234 d.d. 07-12-2026",
            "bestelling #100234",
            "Ordernr. 100234 - 2 stuks a 25,00",
            "Klantnummer 100234",
            "Postcode 1234 AB Amsterdam tel 0612345678",
            "tel. +31 20 1234567 of +31 20 123456",
            "bel ons 0252 123456",
            "IBAN NL91ABNA0417164300 t.n.v. Stichting",
            "NL91 ABNA 0417 164300 bijdrage",
            "overboeking 100234 EUR",
            "gift 100234 euro",
            "€ 100234 voor het project",
            "? 100234 voor het project",
            "100.234,00 donatie",
            "kenmerk 100234 termijn 3",
            "Referentie: 100234",
            "Betaling 100234/2026",
            "Polis 100234 premie december",
            "Contributie 2026 lid 1002345",
            "betaling 151226",
            "bijdrage 261207",
            "ticket 100234 en 100235",
            "dank 100234 en 100235",
            "100234-A gift",
            "gift 012345",
            "giro 100234 kenmerk 7788",
            "Transactie 100234 via iDEAL",
            "BTW 100234 factuur 2026-0042",
            "order: 100234, datum 20261207, 25,00 EUR, 1234AB",
            "Machtiging 123456 incasso december");

    /** Texts that name one donor's number (%d) among noise: they must book to that donor and to no other. */
    static final List<String> NAMED = List.of(
            "rel.nr %d",
            "gift %d dank",
            "Relatie: %d",
            "relatienummer %d",
            "donateur %d",
            "Relatie: %d factuur 100235-A 07-12-2026",
            "maandelijkse gift, rel. nr. %d.",
            "Donateursnummer:%d order 2024100234",
            "relatie nr %d tel 0612345678 postcode 1234 AB",
            "bijdrage %d",
            "Gift 25,00 voor Kerst (relatienummer %d), factuur 100234 betaald 07-12-2026");

    private NoisyTexts() {
    }
}
