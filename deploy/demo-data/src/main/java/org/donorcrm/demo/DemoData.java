package org.donorcrm.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The demo organisation as plain data: what {@link DemoGenerator} draws from the seeds and a fixed random seed,
 * and what {@link DemoLoader} sends to the services' public APIs. Keys (e.g. {@code ind-0042}, {@code org-npl})
 * are stable between runs, so that loading twice changes nothing.
 */
public record DemoData(
        LocalDate asOf,
        List<Fund> funds,
        List<Campaign> campaigns,
        List<Donor> donors,
        List<Gift> gifts,
        List<Reversal> reversals,
        List<Reallocation> reallocations,
        List<Grant> grants,
        List<Budget> budgets,
        List<MonthlyCost> costs,
        List<ReserveClosing> reserveClosings,
        List<ThankYou> thankYous) {

    public record Fund(String code, String name, String earmarkClass, LocalDate activeFrom, LocalDate activeTo,
                       String funderKey) {
    }

    /** A campaign, or an appeal when {@code parentCode} is set. */
    public record Campaign(String code, String name, String parentCode, String channel, BigDecimal goal,
                           LocalDate startDate, LocalDate endDate, String targetGroup, List<Cost> costs) {
    }

    public record Cost(String category, BigDecimal amount, LocalDate date, String description) {
    }

    /** A donor: a person (INDIVIDUAL) or an organisation of the given kind. */
    public record Donor(String key, String kind, String firstName, String lastName, String organisationName,
                        String street, String houseNumber, String postcode, String city, String email,
                        String phone, String iban, LocalDate dateOfBirth, String householdKey, List<String> tags) {
    }

    public record Allocation(String fundCode, BigDecimal amount) {
    }

    public record Gift(String key, String donorKey, BigDecimal amount, LocalDate incomeDate, String channel,
                       List<Allocation> allocations, String campaignCode, String appealCode, String description) {
    }

    public record Reversal(String giftKey, LocalDate reversalDate, String reason, String note) {
    }

    public record Reallocation(String giftKey, List<Allocation> allocations, String reason) {
    }

    public record Instalment(LocalDate dueDate, BigDecimal amount, boolean received) {
    }

    public record Deadline(LocalDate dueDate, String description) {
    }

    public record Grant(String key, String funderKey, String name, String fundCode, BigDecimal total,
                        LocalDate startDate, LocalDate endDate, BigDecimal overheadPercentage,
                        List<Instalment> instalments, List<Deadline> deadlines) {
    }

    /** A year's budget: income per RJ 650 category and earmark class, cost lines, the planned reserve addition. */
    public record Budget(int year, List<IncomeLine> income, List<CostLine> costLines, BigDecimal reserveAddition) {
    }

    public record IncomeLine(String category, String earmarkClass, BigDecimal amount) {
    }

    public record CostLine(String code, String name, boolean werkorganisatie, BigDecimal amount) {
    }

    public record MonthlyCost(int year, int month, String costLineCode, BigDecimal amount) {
    }

    public record ReserveClosing(int year, BigDecimal closingBalance, boolean audited) {
    }

    /** A thank-you sent to a donor (an interaction of type THANK_YOU_SENT on the donor's timeline). */
    public record ThankYou(String key, String donorKey, LocalDate date, String summary) {
    }
}
