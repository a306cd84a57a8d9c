package org.donorcrm.donor.duplicate;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** Donor numbers for donors a test writes straight into the table, taken from the service's own counter. */
final class DonorNumbers {

    private DonorNumbers() {
    }

    /** Takes {@code count} numbers; the first of them. */
    static long take(Connection connection, int count) throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.executeUpdate("update donor_number_counter set value = last_insert_id(value + " + count + ") where id = 1");
            try (ResultSet rs = st.executeQuery("select last_insert_id()")) {
                rs.next();
                return rs.getLong(1) - count + 1;
            }
        }
    }
}
