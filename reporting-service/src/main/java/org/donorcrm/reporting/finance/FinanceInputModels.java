package org.donorcrm.reporting.finance;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.util.List;

/**
 * The finance inputs this service owns, as finance enters and reads them over the API (request and response
 * bodies alike); checked at the edge by Bean Validation and for their domain rules in {@link FinanceInputs}.
 */
public final class FinanceInputModels {

    public static final String CATEGORY = "INDIVIDUALS|COMPANIES|LOTTERY_ORGANISATIONS|GOVERNMENT_GRANTS"
            + "|AFFILIATED_NONPROFITS|OTHER_NONPROFITS";
    public static final String EARMARK = "UNEARMARKED|PROGRAMME|PROJECT";
    public static final String CODE = "[A-Z0-9-]{1,30}";

    private FinanceInputModels() {
    }

    /** The strategic targets of one year; a null target is "not set". Shares in percent, amounts in euros. */
    public record Target(
            Integer year,
            @DecimalMin("0.00") @DecimalMax("100.00") @Digits(integer = 3, fraction = 2) BigDecimal unearmarkedShare,
            @DecimalMin("0.00") @Digits(integer = 13, fraction = 2) BigDecimal privateIncome,
            @DecimalMin("0.00") @Digits(integer = 13, fraction = 2) BigDecimal institutionalUnearmarkedIncome,
            @Digits(integer = 13, fraction = 2) BigDecimal reservePlanClosing) {
    }

    /**
     * A year's budget: income per RJ 650 category and earmark class, cost lines (each part of the werkorganisatie
     * or not) and the planned reserve movement. {@code monthly}: twelve amounts adding up to the line's amount,
     * or absent for even phasing. {@code plannedReserveAddition} keeps its name for the API's clients but is the
     * planned movement both ways: positive an addition to the reserve (dotatie), negative a withdrawal from it
     * (onttrekking), as a budget with a deficit plans.
     */
    public record Budget(
            Integer year,
            @NotNull @Digits(integer = 13, fraction = 2) BigDecimal plannedReserveAddition,
            @NotNull @Valid List<@NotNull @Valid IncomeLine> incomeLines,
            @NotNull @Valid List<@NotNull @Valid CostLine> costLines) {
    }

    public record IncomeLine(
            @NotNull @Pattern(regexp = CATEGORY, message = "must be an RJ 650 income category") String incomeCategory,
            @NotNull @Pattern(regexp = EARMARK, message = "must be UNEARMARKED, PROGRAMME or PROJECT") String earmarkClass,
            @NotNull @DecimalMin("0.00") @Digits(integer = 13, fraction = 2) BigDecimal amount,
            @Size(min = 12, max = 12, message = "must have twelve months")
            List<@NotNull @DecimalMin("0.00") @Digits(integer = 13, fraction = 2) BigDecimal> monthly) {
    }

    /**
     * A cost line. {@code werkorganisatie}: part of the operating organisation in the sector's sense (own staff,
     * housing, office and administration, board, fundraising costs, outsourced services for these).
     */
    public record CostLine(
            @NotNull @Pattern(regexp = CODE, message = "must be 1-30 capitals, digits or dashes") String code,
            @NotBlank @Size(max = 200) String name,
            @NotNull Boolean werkorganisatie,
            @NotNull @DecimalMin("0.00") @Digits(integer = 13, fraction = 2) BigDecimal amount,
            @Size(min = 12, max = 12, message = "must have twelve months")
            List<@NotNull @DecimalMin("0.00") @Digits(integer = 13, fraction = 2) BigDecimal> monthly) {
    }

    /** The actual cost of one cost line in one month, as finance posts it. */
    public record ActualCost(
            @NotNull @Min(2000) @Max(2099) Integer year,
            @NotNull @Min(value = 1, message = "must be a month from 1 to 12")
            @Max(value = 12, message = "must be a month from 1 to 12") Integer month,
            @NotNull @Pattern(regexp = CODE, message = "must be 1-30 capitals, digits or dashes") String costLine,
            @NotNull @DecimalMin(value = "0.00", message = "must not be negative")
            @Digits(integer = 13, fraction = 2) BigDecimal amount) {
    }

    /** The audited closing balance of the continuity reserve at the end of a year. */
    public record ReserveBalance(
            Integer year,
            @NotNull @Digits(integer = 13, fraction = 2) BigDecimal auditedClosingBalance) {
    }
}
