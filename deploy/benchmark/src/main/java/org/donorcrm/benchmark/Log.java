package org.donorcrm.benchmark;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The run log on standard output: one line per step, "[bench HH:mm:ss] ...". */
final class Log {

    private Log() {
    }

    static void log(String format, Object... args) {
        System.out.printf("[bench %s] %s%n", LocalDateTime.now().format(DateTimeFormatter.ofPattern("HH:mm:ss")),
                String.format(Locale.ROOT, format, args));
        System.out.flush();
    }
}
