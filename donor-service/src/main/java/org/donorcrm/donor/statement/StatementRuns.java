package org.donorcrm.donor.statement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.donorcrm.donor.donor.Amsterdam;
import org.donorcrm.platform.http.InvalidInput;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The annual statements of a run for all donors of a year (table {@code stored_statement}, V18): who is in a year's
 * run, storing a donor's statement PDF once per run, the run's zip assembled from the stored rows at download time
 * (one PDF in memory at a time), and the deletion of a donor's statements when the donor is erased.
 * <p>
 * A donor is in the run of a year when they gave in it (gift facts with an income date in the year, not reversed,
 * more than zero in all), are active (not erased; a merged donor's gifts count for its survivor), did not decline
 * the statement ("geen jaaroverzicht") and have a postal address (street and city) or an e-mail address; a donor
 * who gave but has neither is skipped and counted ("geen adres"). Marketing consent does not matter: the statement
 * is a service message.
 */
@ApplicationScoped
public class StatementRuns {

    /** A donor of a run, by id and number (the order of the run and of the zip). */
    public record Candidate(String donorId, long number) {
    }

    /** The donors who gave in the year (facts not reversed, more than zero) and are active and did not decline. */
    private static final String GAVE = "from donor d join (select donor_id from gift_fact where income_date >= ?1 "
            + "and income_date < ?2 and reversed = false group by donor_id having sum(amount) > 0) g "
            + "on g.donor_id = d.id where d.status = 'ACTIVE' and d.declines_annual_statement = false ";
    private static final String REACHABLE = "((d.street is not null and d.city is not null) or d.email is not null)";

    private final EntityManager em;
    private final DataSource dataSource;
    private final AnnualStatements statements;

    public StatementRuns(EntityManager em, DataSource dataSource, AnnualStatements statements) {
        this.em = em;
        this.dataSource = dataSource;
        this.statements = statements;
    }

    /** The last year a run may be made for: the last one that has ended (Europe/Amsterdam). */
    public static int lastYear() {
        return Amsterdam.today().getYear() - 1;
    }

    /**
     * The year of a run as asked: four digits from {@value AnnualStatements#FIRST_YEAR} up to last year. This year
     * is refused: its statement would miss the gifts still to come.
     *
     * @throws InvalidInput otherwise
     */
    public static int year(String text) {
        int last = lastYear();
        if (text == null || !text.strip().matches("[0-9]{4}") || Integer.parseInt(text.strip()) < AnnualStatements.FIRST_YEAR
                || Integer.parseInt(text.strip()) > last) {
            throw new InvalidInput("#/year", "must be a year from " + AnnualStatements.FIRST_YEAR + " to " + last
                    + ": the statements of a year are made once it has ended");
        }
        return Integer.parseInt(text.strip());
    }

    /** The donors of the year's run with a number above {@code afterNumber}, by number. */
    @Transactional
    @SuppressWarnings("unchecked")
    public List<Candidate> candidates(int year, long afterNumber) {
        List<Object[]> rows = em.createNativeQuery("select d.id, d.donor_number " + GAVE + "and " + REACHABLE
                        + " and d.donor_number > ?3 order by d.donor_number", Object[].class)
                .setParameter(1, LocalDate.of(year, 1, 1)).setParameter(2, LocalDate.of(year + 1, 1, 1))
                .setParameter(3, afterNumber).getResultList();
        List<Candidate> candidates = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            candidates.add(new Candidate((String) row[0], ((Number) row[1]).longValue()));
        }
        return candidates;
    }

    /** How many donors the year's run makes a statement for. */
    @Transactional
    public long reachable(int year) {
        return count("select count(*) " + GAVE + "and " + REACHABLE, year);
    }

    /** How many donors gave in the year but have neither a postal address nor an e-mail address: skipped. */
    @Transactional
    public long withoutAddress(int year) {
        return count("select count(*) " + GAVE + "and not " + REACHABLE, year);
    }

    private long count(String sql, int year) {
        return ((Number) em.createNativeQuery(sql).setParameter(1, LocalDate.of(year, 1, 1))
                .setParameter(2, LocalDate.of(year + 1, 1, 1)).getSingleResult()).longValue();
    }

    /**
     * Makes and stores the donor's statement of the year for the run, unless the run stored it already (a resumed
     * run); in the caller's transaction.
     *
     * @return whether it was stored now
     * @throws org.donorcrm.donor.donor.DonorGone  when the donor was erased meanwhile
     * @throws org.donorcrm.donor.donor.DonorMoved when the donor was merged meanwhile
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean store(String runId, int year, String donorId) {
        Number stored = (Number) em.createNativeQuery("select count(*) from stored_statement where run_id = ?1 "
                + "and donor_id = ?2").setParameter(1, runId).setParameter(2, donorId).getSingleResult();
        if (stored.longValue() > 0) {
            return false;
        }
        AnnualStatements.Addressed letter = statements.of(donorId, String.valueOf(year));
        AnnualStatement s = letter.statement();
        em.createNativeQuery("insert into stored_statement (run_id, statement_year, donor_id, donor_number, pdf, "
                        + "total_gifts, total_periodic, total, created_at) values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)")
                .setParameter(1, runId).setParameter(2, year).setParameter(3, s.donorId())
                .setParameter(4, s.donorNumber()).setParameter(5, StatementPdf.render(letter))
                .setParameter(6, s.totalGifts()).setParameter(7, s.totalPeriodic()).setParameter(8, s.total())
                .setParameter(9, Timestamp.from(Instant.now())).executeUpdate();
        return true;
    }

    /** How many statements the run holds now (fewer than it made once a donor of it was erased). */
    @Transactional
    public long stored(String runId) {
        return ((Number) em.createNativeQuery("select count(*) from stored_statement where run_id = ?1")
                .setParameter(1, runId).getSingleResult()).longValue();
    }

    /** Deletes every stored statement of these donors (their erasure), in the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void deleteOf(List<String> donorIds) {
        for (String donorId : donorIds) {
            em.createNativeQuery("delete from stored_statement where donor_id = ?1").setParameter(1, donorId)
                    .executeUpdate();
        }
    }

    /** The file name of a donor's statement in the zip: {@code jaaroverzicht-2025-100234.pdf}. */
    public static String fileName(int year, long donorNumber) {
        return "jaaroverzicht-" + year + "-" + donorNumber + ".pdf";
    }

    /**
     * Writes the run's zip: one PDF per stored statement, by donor number, read from the database one at a time and
     * copied into the zip as it is read, so that a run of thousands of donors is never held in memory. A statement
     * deleted meanwhile (an erasure) is left out.
     */
    public void writeZip(String runId, int year, OutputStream out) throws IOException {
        try (Connection connection = dataSource.getConnection()) {
            List<Candidate> entries = new ArrayList<>();
            try (PreparedStatement list = connection.prepareStatement("select donor_id, donor_number from "
                    + "stored_statement where run_id = ? order by donor_number")) {
                list.setString(1, runId);
                try (ResultSet rows = list.executeQuery()) {
                    while (rows.next()) {
                        entries.add(new Candidate(rows.getString(1), rows.getLong(2)));
                    }
                }
            }
            ZipOutputStream zip = new ZipOutputStream(out);
            try (PreparedStatement pdf = connection.prepareStatement("select pdf from stored_statement "
                    + "where run_id = ? and donor_id = ?")) {
                for (Candidate entry : entries) {
                    pdf.setString(1, runId);
                    pdf.setString(2, entry.donorId());
                    try (ResultSet row = pdf.executeQuery()) {
                        if (!row.next()) {
                            continue;
                        }
                        zip.putNextEntry(new ZipEntry(fileName(year, entry.number())));
                        try (InputStream content = row.getBinaryStream(1)) {
                            content.transferTo(zip);
                        }
                        zip.closeEntry();
                    }
                }
            }
            zip.finish();
            zip.flush();
        } catch (SQLException e) {
            throw new UncheckedIOException(new IOException("statements of run " + runId + " not readable", e));
        }
    }
}
