package org.donorcrm.reporting.finance;

import org.donorcrm.platform.http.RuleViolation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.donorcrm.platform.http.Problem;
import org.donorcrm.reporting.finance.FinanceInputModels.ActualCost;
import org.donorcrm.reporting.finance.FinanceInputModels.Budget;
import org.donorcrm.reporting.finance.FinanceInputModels.CostLine;
import org.donorcrm.reporting.finance.FinanceInputModels.IncomeLine;
import org.donorcrm.reporting.finance.FinanceInputModels.ReserveBalance;
import org.donorcrm.reporting.finance.FinanceInputModels.Target;
import org.donorcrm.reporting.period.Period;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The finance inputs owned here (targets, budgets, actual costs, reserve ledger): validated for their domain
 * rules, stored, and every change written to the audit trail in the same transaction. These tables are never
 * truncated by a rebuild: they are not derived from events.
 */
@ApplicationScoped
public class FinanceInputs {

    /** A budget line as the figures use it: phasing as an array (null = even). */
    public record PhasedLine(String type, String incomeCategory, String earmarkClass, String costCode,
                             String costName, boolean werkorganisatie, BigDecimal amount, BigDecimal[] monthly) {
        public BigDecimal over(Period period) {
            return Phasing.over(amount, monthly, period);
        }
    }

    public static final String INCOME = "INCOME";
    public static final String COST = "COST";

    private final EntityManager em;
    private final ObjectMapper objectMapper;

    public FinanceInputs(EntityManager em, ObjectMapper objectMapper) {
        this.em = em;
        this.objectMapper = objectMapper;
    }

    // ------------------------------------------------------------ targets

    public List<Target> targets() {
        List<Object[]> rows = em.createNativeQuery("select target_year, unearmarked_share, private_income, "
                + "institutional_unearmarked_income, reserve_plan_closing from strategic_target order by target_year",
                Object[].class).getResultList();
        return rows.stream().map(r -> new Target(((Number) r[0]).intValue(), (BigDecimal) r[1], (BigDecimal) r[2],
                (BigDecimal) r[3], (BigDecimal) r[4])).toList();
    }

    public Target target(int year) {
        return targets().stream().filter(t -> t.year() == year).findFirst()
                .orElse(new Target(year, null, null, null, null));
    }

    /** @return true when the year had no targets before */
    @Transactional
    public boolean putTarget(int year, Target target, String actor) {
        boolean created = em.createNativeQuery("delete from strategic_target where target_year = ?1")
                .setParameter(1, year).executeUpdate() == 0;
        em.createNativeQuery("insert into strategic_target values (?1, ?2, ?3, ?4, ?5, ?6, ?7)")
                .setParameter(1, year).setParameter(2, target.unearmarkedShare())
                .setParameter(3, target.privateIncome()).setParameter(4, target.institutionalUnearmarkedIncome())
                .setParameter(5, target.reservePlanClosing()).setParameter(6, actor).setParameter(7, now())
                .executeUpdate();
        audit(actor, "TARGETS_SET", "targets/" + year, new Target(year, target.unearmarkedShare(),
                target.privateIncome(), target.institutionalUnearmarkedIncome(), target.reservePlanClosing()));
        return created;
    }

    // ------------------------------------------------------------ budgets

    public Optional<Budget> budget(int year) {
        List<?> head = em.createNativeQuery("select planned_reserve_addition from budget where budget_year = ?1")
                .setParameter(1, year).getResultList();
        if (head.isEmpty()) {
            return Optional.empty();
        }
        List<IncomeLine> income = new ArrayList<>();
        List<CostLine> costs = new ArrayList<>();
        for (PhasedLine line : budgetLines(year)) {
            List<BigDecimal> monthly = line.monthly() == null ? null : Arrays.asList(line.monthly());
            if (INCOME.equals(line.type())) {
                income.add(new IncomeLine(line.incomeCategory(), line.earmarkClass(), line.amount(), monthly));
            } else {
                costs.add(new CostLine(line.costCode(), line.costName(), line.werkorganisatie(), line.amount(),
                        monthly));
            }
        }
        return Optional.of(new Budget(year, (BigDecimal) head.get(0), income, costs));
    }

    public BigDecimal plannedReserveAddition(int year) {
        List<?> head = em.createNativeQuery("select planned_reserve_addition from budget where budget_year = ?1")
                .setParameter(1, year).getResultList();
        return head.isEmpty() ? null : (BigDecimal) head.get(0);
    }

    public List<PhasedLine> budgetLines(int year) {
        List<Object[]> rows = em.createNativeQuery("select line_type, income_category, earmark_class, cost_code, "
                        + "cost_name, werkorganisatie, amount, m01, m02, m03, m04, m05, m06, m07, m08, m09, m10, m11, m12 "
                        + "from budget_line where budget_year = ?1 order by id", Object[].class)
                .setParameter(1, year).getResultList();
        List<PhasedLine> lines = new ArrayList<>();
        for (Object[] r : rows) {
            BigDecimal[] monthly = null;
            if (r[7] != null) {
                monthly = new BigDecimal[12];
                for (int m = 0; m < 12; m++) {
                    monthly[m] = (BigDecimal) r[7 + m];
                }
            }
            lines.add(new PhasedLine((String) r[0], (String) r[1], (String) r[2], (String) r[3], (String) r[4],
                    truth(r[5]), (BigDecimal) r[6], monthly));
        }
        return lines;
    }

    /** Replaces the year's budget. @return true when the year had no budget before */
    @Transactional
    public boolean putBudget(int year, Budget budget, String actor) {
        List<Problem.FieldError> violations = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < budget.incomeLines().size(); i++) {
            IncomeLine line = budget.incomeLines().get(i);
            checkPhasing("#/incomeLines/" + i, line.amount(), line.monthly(), violations);
            if (!seen.add(line.incomeCategory() + "/" + line.earmarkClass())) {
                violations.add(new Problem.FieldError("#/incomeLines/" + i,
                        "category and earmark class appear twice", "incomeLineTwice", List.of()));
            }
        }
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < budget.costLines().size(); i++) {
            CostLine line = budget.costLines().get(i);
            checkPhasing("#/costLines/" + i, line.amount(), line.monthly(), violations);
            if (!codes.add(line.code())) {
                violations.add(new Problem.FieldError("#/costLines/" + i + "/code", "code appears twice",
                        "costLineTwice", List.of()));
            }
        }
        List<?> posted = em.createNativeQuery("select distinct cost_code from actual_cost where cost_year = ?1")
                .setParameter(1, year).getResultList();
        for (Object code : posted) {
            if (!codes.contains((String) code)) {
                violations.add(new Problem.FieldError("#/costLines",
                        "cost line " + code + " has actual costs posted and cannot be left out", "costLineHasCosts",
                        List.of(code)));
            }
        }
        if (!violations.isEmpty()) {
            throw new RuleViolation(violations);
        }
        boolean created = em.createNativeQuery("delete from budget where budget_year = ?1")
                .setParameter(1, year).executeUpdate() == 0;
        em.createNativeQuery("delete from budget_line where budget_year = ?1").setParameter(1, year).executeUpdate();
        em.createNativeQuery("insert into budget values (?1, ?2, ?3, ?4)").setParameter(1, year)
                .setParameter(2, budget.plannedReserveAddition()).setParameter(3, actor).setParameter(4, now())
                .executeUpdate();
        for (IncomeLine line : budget.incomeLines()) {
            insertLine(year, INCOME, line.incomeCategory(), line.earmarkClass(), null, null, false, line.amount(),
                    line.monthly());
        }
        for (CostLine line : budget.costLines()) {
            insertLine(year, COST, null, null, line.code(), line.name(), line.werkorganisatie(), line.amount(),
                    line.monthly());
        }
        audit(actor, created ? "BUDGET_CREATED" : "BUDGET_REPLACED", "budgets/" + year,
                new Budget(year, budget.plannedReserveAddition(), budget.incomeLines(), budget.costLines()));
        return created;
    }

    private static void checkPhasing(String pointer, BigDecimal amount, List<BigDecimal> monthly,
                                     List<Problem.FieldError> violations) {
        if (monthly == null) {
            return;
        }
        BigDecimal sum = monthly.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        if (sum.compareTo(amount) != 0) {
            violations.add(new Problem.FieldError(pointer + "/monthly",
                    "the months add up to " + sum.setScale(2) + ", not to the amount " + amount.setScale(2),
                    "phasingSum", List.of(sum, amount)));
        }
    }

    private void insertLine(int year, String type, String category, String earmark, String code, String name,
                            boolean werkorganisatie, BigDecimal amount, List<BigDecimal> monthly) {
        var insert = em.createNativeQuery("insert into budget_line (budget_year, line_type, income_category, "
                        + "earmark_class, cost_code, cost_name, werkorganisatie, amount, m01, m02, m03, m04, m05, m06, "
                        + "m07, m08, m09, m10, m11, m12) values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, "
                        + "?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20)")
                .setParameter(1, year).setParameter(2, type).setParameter(3, category).setParameter(4, earmark)
                .setParameter(5, code).setParameter(6, name).setParameter(7, werkorganisatie).setParameter(8, amount);
        for (int m = 0; m < 12; m++) {
            insert.setParameter(9 + m, monthly == null ? null : monthly.get(m));
        }
        insert.executeUpdate();
    }

    // ------------------------------------------------------------ actual costs

    public List<ActualCost> actualCosts(int year) {
        List<Object[]> rows = em.createNativeQuery("select cost_year, cost_month, cost_code, amount from actual_cost "
                + "where cost_year = ?1 order by cost_month, cost_code", Object[].class)
                .setParameter(1, year).getResultList();
        return rows.stream().map(r -> new ActualCost(((Number) r[0]).intValue(), ((Number) r[1]).intValue(),
                (String) r[2], (BigDecimal) r[3])).toList();
    }

    /**
     * Posts actual costs (a form's one line or a CSV file's many), all or nothing: each must name a cost line of
     * its year's budget. A repeat of the same post changes nothing (a month's cost line is replaced, not added).
     *
     * @param pointerPrefix how the offending entry is named in a problem, e.g. "#/rows/" or "#"
     */
    @Transactional
    public void postCosts(List<ActualCost> costs, String actor, String pointerPrefix, boolean indexed) {
        List<Problem.FieldError> violations = new ArrayList<>();
        for (int i = 0; i < costs.size(); i++) {
            ActualCost cost = costs.get(i);
            boolean known = budgetLines(cost.year()).stream()
                    .anyMatch(l -> COST.equals(l.type()) && l.costCode().equals(cost.costLine()));
            if (!known) {
                violations.add(new Problem.FieldError(
                        pointerPrefix + (indexed ? i + "/" : "") + "costLine",
                        "the budget of " + cost.year() + " has no cost line " + cost.costLine(), "noSuchCostLine",
                        List.of(cost.year(), cost.costLine())));
            }
        }
        if (!violations.isEmpty()) {
            throw new RuleViolation(violations);
        }
        for (ActualCost cost : costs) {
            em.createNativeQuery("delete from actual_cost where cost_year = ?1 and cost_month = ?2 and cost_code = ?3")
                    .setParameter(1, cost.year()).setParameter(2, cost.month()).setParameter(3, cost.costLine())
                    .executeUpdate();
            em.createNativeQuery("insert into actual_cost values (?1, ?2, ?3, ?4, ?5, ?6)")
                    .setParameter(1, cost.year()).setParameter(2, cost.month()).setParameter(3, cost.costLine())
                    .setParameter(4, cost.amount()).setParameter(5, actor).setParameter(6, now()).executeUpdate();
        }
        audit(actor, "COSTS_POSTED", "costs/" + (costs.isEmpty() ? "" : costs.get(0).year()), costs);
    }

    // ------------------------------------------------------------ reserve ledger

    public List<ReserveBalance> reserveBalances() {
        List<Object[]> rows = em.createNativeQuery("select balance_year, audited_closing_balance from reserve_balance "
                + "order by balance_year", Object[].class).getResultList();
        return rows.stream().map(r -> new ReserveBalance(((Number) r[0]).intValue(), (BigDecimal) r[1])).toList();
    }

    public Optional<BigDecimal> auditedClosing(int year) {
        return reserveBalances().stream().filter(b -> b.year() == year).map(ReserveBalance::auditedClosingBalance)
                .findFirst();
    }

    /** @return true when the year had no balance before */
    @Transactional
    public boolean putReserveBalance(int year, BigDecimal balance, String actor) {
        boolean created = em.createNativeQuery("delete from reserve_balance where balance_year = ?1")
                .setParameter(1, year).executeUpdate() == 0;
        em.createNativeQuery("insert into reserve_balance values (?1, ?2, ?3, ?4)").setParameter(1, year)
                .setParameter(2, balance).setParameter(3, actor).setParameter(4, now()).executeUpdate();
        audit(actor, "RESERVE_BALANCE_SET", "reserve-ledger/" + year, new ReserveBalance(year, balance));
        return created;
    }

    // ------------------------------------------------------------ audit trail

    /** One audit entry, readable by finance and admin. */
    public record AuditEntry(long id, String actor, Instant actedAt, String action, String subject, String details) {
    }

    @Transactional
    public void audit(String actor, String action, String subject, Object details) {
        String json;
        try {
            json = objectMapper.writeValueAsString(details);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("audit details not writable", e);
        }
        em.createNativeQuery("insert into audit_entry (actor, acted_at, action, subject, details) "
                        + "values (?1, ?2, ?3, ?4, ?5)")
                .setParameter(1, actor).setParameter(2, now()).setParameter(3, action).setParameter(4, subject)
                .setParameter(5, json).executeUpdate();
    }

    public List<AuditEntry> auditTrail(String subjectPrefix, int page, int size) {
        List<Object[]> rows = em.createNativeQuery("select id, actor, acted_at, action, subject, details "
                        + "from audit_entry where subject like ?1 order by id desc", Object[].class)
                .setParameter(1, subjectPrefix + "%").setFirstResult(page * size).setMaxResults(size)
                .getResultList();
        return rows.stream().map(r -> new AuditEntry(((Number) r[0]).longValue(), (String) r[1],
                instant(r[2]), (String) r[3], (String) r[4], (String) r[5])).toList();
    }

    private static Timestamp now() {
        return Timestamp.from(Instant.now());
    }

    public static Instant instant(Object value) {
        if (value instanceof Timestamp t) {
            return t.toInstant();
        }
        if (value instanceof java.time.LocalDateTime l) {
            return l.toInstant(java.time.ZoneOffset.UTC);
        }
        return (Instant) value;
    }

    private static boolean truth(Object value) {
        return value instanceof Boolean b ? b : value instanceof Number n && n.intValue() != 0;
    }
}
