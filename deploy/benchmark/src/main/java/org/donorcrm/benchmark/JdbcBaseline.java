package org.donorcrm.benchmark;

import static org.donorcrm.benchmark.Format.fmt;
import static org.donorcrm.benchmark.Log.log;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The database's ceiling on this machine, the baseline of (b): plain batched inserts of gift-like rows into a
 * scratch table of the same MariaDB, with nothing else in the transaction.
 */
final class JdbcBaseline {

    private JdbcBaseline() {
    }

    /** {@code n} rows in batches of 1,000 (rewriteBatchedStatements), one transaction: rows/s. */
    static double inserts(int n, List<String> donors) throws Exception {
        try (Connection c = Database.connect("crm_bench?createDatabaseIfNotExist=true&rewriteBatchedStatements=true");
             Statement st = c.createStatement()) {
            st.execute("drop table if exists scratch_gift");
            st.execute("create table scratch_gift (id bigint auto_increment primary key, gift_id char(36) not null, "
                    + "donor_id char(36) not null, amount decimal(15,2) not null, income_date date not null, "
                    + "created_at timestamp(6) not null default current_timestamp(6), key (donor_id)) engine=InnoDB");
            c.setAutoCommit(false);
            long t0 = System.nanoTime();
            try (PreparedStatement ps = c.prepareStatement(
                    "insert into scratch_gift (gift_id, donor_id, amount, income_date) values (?, ?, ?, ?)")) {
                for (int i = 0; i < n; i++) {
                    ps.setString(1, UUID.randomUUID().toString());
                    ps.setString(2, donors.isEmpty() ? UUID.randomUUID().toString() : donors.get(i % donors.size()));
                    ps.setBigDecimal(3, new BigDecimal("10.00"));
                    ps.setObject(4, LocalDate.of(2022, 3, 2));
                    ps.addBatch();
                    if (i % 1000 == 999) {
                        ps.executeBatch();
                    }
                }
                ps.executeBatch();
            }
            c.commit();
            double rate = n / ((System.nanoTime() - t0) / 1e9);
            c.setAutoCommit(true);
            st.execute("drop table scratch_gift");
            log("(b0) raw JDBC: %,d rows at %s rows/s", n, fmt(rate));
            return rate;
        }
    }
}
