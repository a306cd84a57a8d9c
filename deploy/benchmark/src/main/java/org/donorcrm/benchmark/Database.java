package org.donorcrm.benchmark;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** The services' databases in the stack's MariaDB, read directly for what their APIs do not say. */
final class Database {

    private Database() {
    }

    /** A connection to {@code schema} (with any URL parameters after it). */
    static Connection connect(String schema) throws SQLException {
        return DriverManager.getConnection(Stack.DB + "/" + schema, Stack.DB_USER, Stack.DB_PASSWORD);
    }

    /** The single number a query answers, e.g. a count. */
    static long count(String schema, String query) throws SQLException {
        try (Connection c = connect(schema); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(query)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** gift-service's outbox rows not yet sent to Kafka; -1 when it cannot be read. */
    static long outboxBacklog() {
        try {
            return count("crm_gift", "select count(*) from outbox_event where sent_at is null");
        } catch (Exception e) {
            return -1;
        }
    }

    /** reporting-service's ledger rows. */
    static long ledgerRows() throws SQLException {
        return count("crm_reporting", "select count(*) from income_movement");
    }

    /** The donors reporting-service knows (its replica of crm.donors). */
    static long donorReplicas() throws SQLException {
        return count("crm_reporting", "select count(*) from donor_replica");
    }
}
