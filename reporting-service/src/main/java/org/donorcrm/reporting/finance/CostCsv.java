package org.donorcrm.reporting.finance;

import jakarta.enterprise.context.ApplicationScoped;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.donorcrm.platform.http.InvalidInput;
import org.donorcrm.platform.http.Problem.FieldError;
import org.donorcrm.platform.i18n.Amounts;
import org.donorcrm.reporting.finance.FinanceInputModels.ActualCost;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads an actual-cost CSV (header year,month,costLine,amount), naming every bad cell, or nothing is posted. Amounts
 * are read as people type them ({@link Amounts}: 1.234,56, 1234,56 and 1234.56; a comma needs the cell in quotes),
 * the same way as the budget screen's cost form reads its amount ({@link #amount}).
 */
@ApplicationScoped
public class CostCsv {

    static final List<String> COLUMNS = List.of("year", "month", "costLine", "amount");
    private static final String NOT_AN_AMOUNT = "not an amount; write for example 1.234,56 or 1234.56";

    public List<ActualCost> parse(String body) {
        List<ActualCost> costs = new ArrayList<>();
        List<FieldError> errors = new ArrayList<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                .setIgnoreEmptyLines(true).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(body == null ? "" : body), format)) {
            if (!parser.getHeaderNames().containsAll(COLUMNS)) {
                throw new InvalidInput(List.of(new FieldError("#/header",
                        "must name the columns year,month,costLine,amount", "csvHeader", List.of())));
            }
            int row = 0;
            for (CSVRecord record : parser) {
                String p = "#/rows/" + row++ + "/";
                if (record.size() != parser.getHeaderNames().size()) {
                    errors.add(new FieldError(p.substring(0, p.length() - 1), "must have as many columns as the header",
                            "csvColumns", List.of()));
                    continue;
                }
                Integer year = integer(record, "year", 2000, 2099, p, errors, "must be a year from 2000 to 2099",
                        "yearInvalid");
                Integer month = integer(record, "month", 1, 12, p, errors, "must be a month from 1 to 12",
                        "monthInvalid");
                String costLine = record.isSet("costLine") ? record.get("costLine") : "";
                if (!costLine.matches(FinanceInputModels.CODE)) {
                    errors.add(new FieldError(p + "costLine", "must be 1-30 capitals, digits or dashes",
                            "costLineCode", List.of()));
                }
                BigDecimal amount = amount(record.isSet("amount") ? record.get("amount") : "", p + "amount",
                        errors);
                costs.add(new ActualCost(year, month, costLine, amount));
            }
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            throw new InvalidInput(List.of(new FieldError("#", "is not a readable CSV file", "csvUnreadable",
                    List.of())));
        }
        if (costs.isEmpty() && errors.isEmpty()) {
            errors.add(new FieldError("#/rows", "must have at least one row", "csvNoRows", List.of()));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        return costs;
    }

    private static Integer integer(CSVRecord record, String column, int min, int max, String pointer,
                                   List<FieldError> errors, String message, String code) {
        try {
            int value = Integer.parseInt(record.isSet(column) ? record.get(column) : "");
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.add(new FieldError(pointer + column, message, code, List.of()));
        return null;
    }

    /**
     * An actual cost's amount as typed ({@link Amounts}), not negative, at most 13 digits before the decimal
     * separator; null (the reason added to {@code errors} at {@code pointer}) when it is not one, or when nothing was
     * typed ({@code amountInvalid}: a screen that wants to say "enter an amount" checks for empty itself).
     */
    public static BigDecimal amount(String text, String pointer, List<FieldError> errors) {
        // longer than any amount DECIMAL(15,2) holds: refused unread (a 5 MB number takes minutes to parse)
        String typed = text == null || text.length() > 40 ? "x" : text;
        BigDecimal value;
        try {
            value = Amounts.parse(typed).orElse(null);
        } catch (Amounts.NotAnAmount e) {
            if (e.key().equals("amountAmbiguous")) {
                errors.add(new FieldError(pointer, "can be read two ways; write 1234 or 1.234,00 for one thousand "
                        + "two hundred and thirty-four euros, or 1,23 with two decimals", "amountAmbiguous",
                        List.of()));
            } else if (typed.matches("-?[0-9]+[.,][0-9]{3,}")) {
                errors.add(new FieldError(pointer, "must have at most two decimals", "amountDecimals", List.of()));
            } else {
                errors.add(new FieldError(pointer, NOT_AN_AMOUNT, "amountInvalid", List.of()));
            }
            return null;
        }
        if (value == null) {
            errors.add(new FieldError(pointer, NOT_AN_AMOUNT, "amountInvalid", List.of()));
        } else if (value.signum() < 0) {
            errors.add(new FieldError(pointer, "must not be negative", "amountNegative", List.of()));
        } else if (value.precision() - value.scale() > 13) {
            errors.add(new FieldError(pointer, "must have at most 13 digits before the decimal point",
                    "amountDigits", List.of()));
        } else {
            return value.setScale(2);
        }
        return null;
    }
}
