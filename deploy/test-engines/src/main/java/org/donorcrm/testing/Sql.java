package org.donorcrm.testing;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;

/** What a test reads straight from the service's database: a count, one value, or every row as text, sorted. */
public final class Sql {

    private final DataSource dataSource;

    public Sql(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The single number a query answers (a count). */
    public long number(String sql, String... params) throws SQLException {
        return Long.parseLong(value(sql, params));
    }

    /** The single value a query answers; fails unless there is exactly one row. */
    public String value(String sql, String... params) throws SQLException {
        List<String> values = rows(sql, List.of(params), row -> row.get(0));
        if (values.size() != 1) {
            throw new AssertionError("expected one row, got " + values.size() + ": " + sql);
        }
        return values.get(0);
    }

    /** Each row's columns as text (null as null), formatted by {@code format}; sorted. */
    public List<String> rows(String sql, Collection<String> params, Function<List<String>, String> format)
            throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            int i = 1;
            for (String param : params) {
                s.setString(i++, param);
            }
            try (ResultSet r = s.executeQuery()) {
                int columns = r.getMetaData().getColumnCount();
                while (r.next()) {
                    List<String> row = new ArrayList<>();
                    for (int column = 1; column <= columns; column++) {
                        row.add(r.getString(column));
                    }
                    rows.add(format.apply(row));
                }
            }
        }
        rows.sort(java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder()));
        return rows;
    }

    /** "?, ?, ?" for an IN list of these values. */
    public static String placeholders(Collection<String> values) {
        return String.join(", ", values.stream().map(v -> "?").toList());
    }
}
