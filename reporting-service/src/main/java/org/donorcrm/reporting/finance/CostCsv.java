package org.donorcrm.reporting.finance;

import jakarta.enterprise.context.ApplicationScoped;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.donorcrm.platform.http.InvalidInput;
import org.donorcrm.platform.http.Problem.FieldError;
import org.donorcrm.reporting.finance.FinanceInputModels.ActualCost;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Reads an actual-cost CSV (header year,month,costLine,amount), naming every bad cell, or nothing is posted. */
@ApplicationScoped
public class CostCsv {

    static final List<String> COLUMNS = List.of("year", "month", "costLine", "amount");

    public List<ActualCost> parse(String body) {
        List<ActualCost> costs = new ArrayList<>();
        List<FieldError> errors = new ArrayList<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                .setIgnoreEmptyLines(true).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(body == null ? "" : body), format)) {
            if (!parser.getHeaderNames().containsAll(COLUMNS)) {
                throw new InvalidInput("#/header", "must name the columns year,month,costLine,amount");
            }
            int row = 0;
            for (CSVRecord record : parser) {
                String p = "#/rows/" + row++ + "/";
                if (record.size() != parser.getHeaderNames().size()) {
                    errors.add(new FieldError(p.substring(0, p.length() - 1), "must have as many columns as the header"));
                    continue;
                }
                Integer year = integer(record, "year", 2000, 2099, p, errors, "must be a year from 2000 to 2099");
                Integer month = integer(record, "month", 1, 12, p, errors, "must be a month from 1 to 12");
                String costLine = record.isSet("costLine") ? record.get("costLine") : "";
                if (!costLine.matches("[A-Z0-9-]{1,30}")) {
                    errors.add(new FieldError(p + "costLine", "must be 1-30 capitals, digits or dashes"));
                }
                BigDecimal amount = amount(record, p, errors);
                costs.add(new ActualCost(year, month, costLine, amount));
            }
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            throw new InvalidInput("#", "is not a readable CSV file");
        }
        if (costs.isEmpty() && errors.isEmpty()) {
            errors.add(new FieldError("#/rows", "must have at least one row"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        return costs;
    }

    private static Integer integer(CSVRecord record, String column, int min, int max, String pointer,
                                   List<FieldError> errors, String message) {
        try {
            int value = Integer.parseInt(record.isSet(column) ? record.get(column) : "");
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.add(new FieldError(pointer + column, message));
        return null;
    }

    private static BigDecimal amount(CSVRecord record, String pointer, List<FieldError> errors) {
        try {
            String text = record.isSet("amount") ? record.get("amount") : "";
            // longer than any amount DECIMAL(15,2) holds: refused unread (a 5 MB number takes minutes to parse)
            BigDecimal value = new BigDecimal(text.length() > 40 ? "x" : text);
            if (value.signum() < 0) {
                errors.add(new FieldError(pointer + "amount", "must not be negative"));
            } else if (value.scale() > 2) {
                errors.add(new FieldError(pointer + "amount", "must have at most two decimals"));
            } else if (value.precision() - value.scale() > 13) {
                errors.add(new FieldError(pointer + "amount", "must have at most 13 digits before the decimal point"));
            } else {
                return value.setScale(2);
            }
        } catch (NumberFormatException e) {
            errors.add(new FieldError(pointer + "amount", "must be an amount like 1234.56"));
        }
        return null;
    }
}
