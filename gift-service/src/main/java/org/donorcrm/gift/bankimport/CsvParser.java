package org.donorcrm.gift.bankimport;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Reads an online-donation export (one donation or refund per row) with a column mapping. Amounts may use a
 * decimal comma ("12,50", "1.234,56"); negative rows are refunds. The statement identity is the source and the
 * file's own fingerprint, the entry identity the provider's transaction reference.
 */
final class CsvParser {

    private CsvParser() {
    }

    /** The whole file in memory: for small files and the tests; imports stream it ({@link #read}). */
    static ParsedStatement parse(Reader in, CsvMapping mapping, String fingerprint) {
        List<ParsedStatement.Transaction> transactions = new ArrayList<>();
        ParsedStatement[] parsed = new ParsedStatement[1];
        read(in, mapping, () -> fingerprint, new CamtParser.Sink() {
            @Override
            public void transaction(ParsedStatement.Transaction transaction) {
                transactions.add(transaction);
            }

            @Override
            public void statement(ParsedStatement s) {
                parsed[0] = new ParsedStatement(s.formatVersion(), s.account(), s.statementRef(), s.sequenceNo(),
                        s.createdByBank(), s.currency(), s.openingBalance(), s.closingBalance(), s.entryCount(),
                        s.creditCount(), s.creditTotal(), s.debitCount(), s.debitTotal(), List.copyOf(transactions));
            }
        });
        return parsed[0];
    }

    /**
     * Reads the export row by row (commons-csv streams), handing on each row as it is read and then the statement;
     * the fingerprint is asked for at the end, so that it may be the hash of the bytes just read.
     */
    static void read(Reader in, CsvMapping mapping, java.util.function.Supplier<String> fingerprint,
                     CamtParser.Sink sink) {
        DateTimeFormatter dates;
        try {
            // strict: 2025-02-30 is refused, not read as 2025-02-28 ('u' is the year that strict resolving needs)
            String pattern = mapping.dateFormat() == null ? "yyyy-MM-dd" : mapping.dateFormat();
            dates = DateTimeFormatter.ofPattern(pattern.replace('y', 'u')).withResolverStyle(ResolverStyle.STRICT);
        } catch (IllegalArgumentException e) {
            throw new StatementRejected(400, "dateFormat is not a date pattern",
                    List.of(new StatementRejected.Field("#/dateFormat", "must be a pattern such as dd-MM-yyyy")),
                    StatementRejected.Reason.DATE_FORMAT);
        }
        CSVFormat format = CSVFormat.DEFAULT.builder()
                .setDelimiter(mapping.delimiter() == null ? ',' : mapping.delimiter())
                .setHeader().setSkipHeaderRecord(true).setTrim(true).setIgnoreEmptyLines(true).get();
        try (CSVParser csv = CSVParser.builder().setReader(in).setFormat(format).get()) {
            Map<String, Integer> header = csv.getHeaderMap();
            List<StatementRejected.Field> missing = new ArrayList<>();
            mapping.columns().forEach((field, column) -> {
                if (!header.containsKey(column)) {
                    missing.add(new StatementRejected.Field("#/columns/" + field,
                            "the file has no column '" + column + "'"));
                }
            });
            if (!missing.isEmpty()) {
                throw new StatementRejected(400, "the file misses mapped columns", missing,
                        StatementRejected.Reason.MISSING_COLUMNS, mapping.columns().values().stream()
                                .filter(column -> !header.containsKey(column)).collect(Collectors.joining(", ")));
            }
            int rows = 0;
            int credits = 0;
            int debits = 0;
            BigDecimal creditTotal = BigDecimal.ZERO;
            BigDecimal debitTotal = BigDecimal.ZERO;
            for (CSVRecord row : csv) {
                int line = ++rows;
                if (row.size() != header.size()) {
                    throw new StatementRejected(400, "row " + line + " has " + row.size() + " columns, the header "
                            + header.size(), List.of(new StatementRejected.Field("#/rows/" + line,
                            "must have as many columns as the header")), StatementRejected.Reason.ROW_COLUMNS, line,
                            row.size(), header.size());
                }
                BigDecimal amount = amount(row.get(mapping.amount()), line);
                LocalDate date = date(row.get(mapping.date()), dates, line);
                String reference = row.get(mapping.reference());
                if (reference == null || reference.isBlank()) {
                    throw new StatementRejected(400, "row " + line + " has no reference",
                            List.of(new StatementRejected.Field("#/rows/" + line + "/reference", "must not be empty")),
                            StatementRejected.Reason.ROW_NO_REFERENCE, line);
                }
                boolean credit = amount.signum() > 0;
                if (credit) {
                    credits++;
                    creditTotal = creditTotal.add(amount);
                } else {
                    debits++;
                    debitTotal = debitTotal.add(amount.negate());
                }
                sink.transaction(new ParsedStatement.Transaction(line, 0, credit, false, amount.abs(), "EUR", date,
                        date, CamtParser.truncate(reference, 100), null, CamtParser.truncate(reference, 100), null,
                        null, null, CamtParser.truncate(optional(row, mapping.name()), 140),
                        optional(row, mapping.iban()) == null ? null : optional(row, mapping.iban()).replace(" ", ""),
                        CamtParser.truncate(optional(row, mapping.description()), 500), optional(row, mapping.donorId()),
                        null));
            }
            if (rows == 0) {
                throw StatementRejected.malformed("the file has no rows", StatementRejected.Reason.NO_ROWS);
            }
            sink.statement(new ParsedStatement("csv", mapping.account(), fingerprint.get(), null, null, "EUR", null,
                    null, rows, credits, creditTotal, debits, debitTotal, List.of()));
        } catch (IOException | UncheckedIOException | IllegalStateException | IllegalArgumentException e) {
            if (e.getCause() instanceof StatementRejected rejected) {
                throw rejected;
            }
            if (e instanceof CharacterCodingException || e.getCause() instanceof CharacterCodingException) {
                throw StatementRejected.malformed("the file is not UTF-8 text", StatementRejected.Reason.NOT_UTF8);
            }
            // the parser's own words, not the name of its exception (UncheckedIOException's message starts with it)
            Throwable cause = e instanceof UncheckedIOException && e.getCause() != null ? e.getCause() : e;
            throw StatementRejected.malformed("the file is not readable CSV: " + CamtParser.truncate(cause.getMessage(), 120),
                    StatementRejected.Reason.NOT_CSV);
        }
    }

    private static String optional(CSVRecord row, String column) {
        if (column == null) {
            return null;
        }
        String value = row.get(column);
        return value == null || value.isBlank() ? null : value;
    }

    private static BigDecimal amount(String text, int line) {
        String value = text == null ? "" : text.replace("€", "").replace("EUR", "").replace(" ", "");
        int comma = value.lastIndexOf(',');
        int dot = value.lastIndexOf('.');
        if (comma > dot) {
            value = value.replace(".", "").replace(',', '.');
        } else {
            value = value.replace(",", "");
        }
        try {
            // longer than any amount DECIMAL(15,2) holds: refused unread (a 5 MB number takes minutes to parse)
            BigDecimal amount = new BigDecimal(value.length() > 40 ? "x" : value);
            if (amount.scale() > 2 || amount.signum() == 0 || amount.precision() - amount.scale() > 13) {
                throw new NumberFormatException();
            }
            return amount.setScale(2);
        } catch (NumberFormatException e) {
            throw new StatementRejected(400, "row " + line + ": '" + CamtParser.truncate(text, 30) + "' is not an amount",
                    List.of(new StatementRejected.Field("#/rows/" + line + "/amount", "must be an amount such as 12.50")),
                    StatementRejected.Reason.ROW_NOT_AMOUNT, line);
        }
    }

    private static LocalDate date(String text, DateTimeFormatter format, int line) {
        try {
            return LocalDate.parse(text, format);
        } catch (DateTimeParseException e) {
            throw new StatementRejected(400, "row " + line + ": '" + CamtParser.truncate(text, 30) + "' is not a date",
                    List.of(new StatementRejected.Field("#/rows/" + line + "/date", "must match the dateFormat")),
                    StatementRejected.Reason.ROW_NOT_DATE, line);
        }
    }
}
