package org.donorcrm.donor.duplicate;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.donorcrm.donor.donor.BlockingKeys;
import org.donorcrm.donor.donor.Donor;
import org.donorcrm.donor.donor.DonorKind;
import org.iban4j.CountryCode;
import org.iban4j.Iban;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How long duplicate detection takes on 100,000 donors. Not part of the normal run (it loads 100,000 rows);
 * run it with {@code ./mvnw -pl donor-service verify -Dtest=DuplicateScanBenchmarkTest -Dcrm.benchmark=true}.
 * The donors have varied Dutch-looking names and addresses; 1,000 of them share an IBAN with another, 1,000 an
 * e-mail address (in other case), 1,000 a spelling variant of the family name in the same postcode.
 */
@QuarkusTest
@EnabledIfSystemProperty(named = "crm.benchmark", matches = "true")
class DuplicateScanBenchmarkTest {

    private static final int DONORS = 100_000;
    private static final String[] FIRST = {"Jan", "Anna", "Piet", "Sanne", "Kees", "Fleur", "Bram", "Lotte", "Daan",
            "Emma", "Sem", "Julia", "Lucas", "Tess", "Finn", "Sophie", "Levi", "Mila", "Noah", "Eva", "Thijs", "Zoë",
            "Ruben", "Lisa", "Jesse", "Iris", "Bas", "Nina", "Tim", "Roos"};
    private static final String[] SYLLABLES = {"ber", "van", "kamp", "dijk", "hof", "meer", "bos", "sma", "stra",
            "veld", "horst", "broek", "man", "ker", "vis", "hout", "ling", "berg", "mees", "ter", "wijk", "kema",
            "ga", "ma", "ders", "ink", "huis", "rooi", "schel", "tam", "vlie", "wal", "zand", "egt", "gel", "ros"};

    @Inject
    AgroalDataSource dataSource;

    @Inject
    DuplicateScan scan;

    @Test
    void duplicateDetectionOn100000DonorsTakesSeconds() throws Exception {
        Random random = new Random(42);
        List<Donor> donors = new ArrayList<>(DONORS);
        for (int i = 0; i < DONORS; i++) {
            Donor d = new Donor();
            d.id = UUID.randomUUID().toString();
            d.kind = DonorKind.INDIVIDUAL;
            d.firstName = FIRST[random.nextInt(FIRST.length)];
            d.lastName = SYLLABLES[random.nextInt(SYLLABLES.length)] + SYLLABLES[random.nextInt(SYLLABLES.length)]
                    + SYLLABLES[random.nextInt(SYLLABLES.length)];
            d.postcode = (1000 + random.nextInt(9000)) + " " + (char) ('A' + random.nextInt(26))
                    + (char) ('A' + random.nextInt(26));
            d.email = "donor" + i + "@example.org";
            d.iban = Iban.random(CountryCode.NL).toString();
            donors.add(d);
        }
        for (int i = 0; i < 1000; i++) {
            donors.get(i).iban = donors.get(i + 1000).iban;
            donors.get(i + 2000).email = donors.get(i + 3000).email.toUpperCase();
            Donor variant = donors.get(i + 4000);
            Donor original = donors.get(i + 5000);
            variant.firstName = original.firstName;
            variant.lastName = original.lastName.replace("ij", "y").replace("s", "ss") + "e";
            variant.postcode = original.postcode;
        }
        donors.forEach(BlockingKeys::apply);
        long loadStart = System.nanoTime();
        insert(donors);
        long loadMillis = (System.nanoTime() - loadStart) / 1_000_000;

        DuplicateScan.Result first = scan.scan();
        DuplicateScan.Result again = scan.scan();
        System.out.printf("BENCHMARK duplicate scan over %d donors: %d candidate pairs (%d new) in %d ms; "
                        + "repeat scan %d ms; loading the donors took %d ms%n",
                DONORS, first.pairs(), first.newCandidates(), first.millis(), again.millis(), loadMillis);
        // at least the 3,000 planted pairs are found
        assertThat(first.pairs()).isGreaterThanOrEqualTo(3000);
        assertThat(first.millis()).isLessThan(30_000);
    }

    private void insert(List<Donor> donors) throws Exception {
        Timestamp now = Timestamp.from(Instant.now());
        int rowsPerStatement = 1000;
        StringBuilder sql = new StringBuilder("insert into donor (id, donor_number, kind, income_category, status, first_name,"
                + " last_name, display_name, postcode, country, email, iban, iban_key, email_key, name_postcode_key,"
                + " phonetic_key, created_at, created_by, updated_at, updated_by) values ");
        for (int r = 0; r < rowsPerStatement; r++) {
            sql.append(r == 0 ? "" : ",").append("(?, ?, 'INDIVIDUAL', 'INDIVIDUALS', 'ACTIVE', ?, ?, ?, ?, 'NL', ?, ?,"
                    + " ?, ?, ?, ?, ?, 'benchmark', ?, 'benchmark')");
        }
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql.toString())) {
            long number = DonorNumbers.take(connection, donors.size());
            for (int start = 0; start < donors.size(); start += rowsPerStatement) {
                int p = 1;
                for (Donor d : donors.subList(start, start + rowsPerStatement)) {
                    statement.setString(p++, d.id);
                    statement.setLong(p++, number++);
                    statement.setString(p++, d.firstName);
                    statement.setString(p++, d.lastName);
                    statement.setString(p++, d.firstName + " " + d.lastName);
                    statement.setString(p++, d.postcode);
                    statement.setString(p++, d.email);
                    statement.setString(p++, d.iban);
                    statement.setString(p++, d.ibanKey);
                    statement.setString(p++, d.emailKey);
                    statement.setString(p++, d.namePostcodeKey);
                    statement.setString(p++, d.phoneticKey);
                    statement.setTimestamp(p++, now);
                    statement.setTimestamp(p++, now);
                }
                statement.executeUpdate();
            }
        }
    }
}
