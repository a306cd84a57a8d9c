package org.donorcrm.platform.consume;

import java.util.regex.Pattern;

/**
 * A batch that names an id other than a lower-case UUID. The tables compare ids under their collation
 * (utf8mb4_unicode_ci: case-insensitive, trailing spaces ignored); a batch's read-ahead compares Java strings. For
 * lower-case UUIDs (what every producer writes, docs/events.md) the two agree; for anything else the batch is not
 * applied (nothing of it is written) and its caller applies it one event per transaction, where every lookup is the
 * database's own.
 */
public class NotBatchable extends RuntimeException {

    private static final Pattern COMPARABLE =
            Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    public NotBatchable(String id) {
        super("the id '" + id + "' is not a lower-case UUID");
    }

    /** Whether {@code id} is a lower-case UUID, which Java compares as the tables do. */
    public static boolean isComparable(String id) {
        return id != null && COMPARABLE.matcher(id).matches();
    }

    /** Throws unless {@code id} is null or a lower-case UUID; returns it. */
    public static String requireComparable(String id) {
        if (id != null && !isComparable(id)) {
            throw new NotBatchable(id);
        }
        return id;
    }
}
