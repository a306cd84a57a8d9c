package org.donorcrm.demo;

import com.fasterxml.jackson.databind.JsonNode;
import org.donorcrm.demo.DemoData.Allocation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Loads the demo organisation through the services' public APIs, with the demo users' real Keycloak tokens, so
 * that events flow and every figure is computed the normal way. Idempotent: every create carries an
 * Idempotency-Key derived from the demo data's stable keys, so a second run records nothing new.
 * <p>
 * Usage: {@code java -cp ... org.donorcrm.demo.DemoLoader} with the service URLs in system properties or
 * environment (defaults: the local stack's).
 */
public final class DemoLoader {

    private static final int BATCH = 250;

    private final Map<String, String> url = new HashMap<>();
    private final Api fundraiser;
    private final Api finance;
    private final DemoData data;
    private final Map<String, String> donorIds = new HashMap<>();
    private final Map<String, String> campaignIds = new HashMap<>();
    private final Map<String, String> giftIds = new HashMap<>();
    private final Map<String, Integer> counts = new LinkedHashMap<>();

    DemoLoader(DemoData data) {
        this.data = data;
        String keycloak = setting("crm.demo.keycloak-url", "http://127.0.0.1:8180/realms/donor-crm");
        url.put("donor", setting("crm.demo.donor-url", "http://127.0.0.1:8081"));
        url.put("gift", setting("crm.demo.gift-url", "http://127.0.0.1:8082"));
        url.put("campaign", setting("crm.demo.campaign-url", "http://127.0.0.1:8083"));
        url.put("reporting", setting("crm.demo.reporting-url", "http://127.0.0.1:8084"));
        String password = setting("crm.demo.password", "demo");
        fundraiser = new Api(keycloak, "fundraiser", password);
        finance = new Api(keycloak, "finance", password);
    }

    public static void main(String[] args) {
        long start = System.currentTimeMillis();
        Map<String, Integer> created = loadDemo();
        System.out.printf("demo organisation loaded in %.1f s: %s%n", (System.currentTimeMillis() - start) / 1000.0,
                created);
    }

    /**
     * Loads the demo organisation into the running services; returns what was newly created, by kind (a second
     * load returns no donors, gifts, grants or reversals: everything was there already).
     */
    public static Map<String, Integer> loadDemo() {
        DemoLoader loader = new DemoLoader(DemoGenerator.generate());
        loader.load();
        return loader.counts;
    }

    void load() {
        funds();
        campaigns();
        donors();
        gifts();
        grants();
        corrections();
        thankYous();
        financeInputs();
    }

    // ------------------------------------------------------------------ campaign-service

    private void funds() {
        Map<String, JsonNode> existing = new HashMap<>();
        JsonNode page = Api.require(finance.get(url.get("campaign") + "/api/v1/funds?size=500"), "listing funds").body();
        page.get("items").forEach(f -> existing.put(f.get("code").asText(), f));
        for (DemoData.Fund fund : data.funds()) {
            if (existing.containsKey(fund.code())) {
                continue;
            }
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("code", fund.code());
            body.put("name", fund.name());
            body.put("earmarkClass", fund.earmarkClass());
            body.put("activeFrom", fund.activeFrom());
            body.put("activeTo", fund.activeTo());
            Api.require(finance.post(url.get("campaign") + "/api/v1/funds", body, "demo-fund-" + fund.code()),
                    "defining fund " + fund.code());
            count("funds");
        }
    }

    private void campaigns() {
        for (DemoData.Campaign c : data.campaigns()) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("code", c.code());
            body.put("name", c.name());
            body.put("goal", c.goal());
            body.put("currency", "EUR");
            body.put("startDate", c.startDate());
            body.put("endDate", c.endDate());
            body.put("status", c.endDate().isBefore(data.asOf()) ? "CLOSED" : "ACTIVE");
            body.put("targetGroup", c.targetGroup());
            body.put("owner", "fundraiser");
            body.put("channel", c.channel());
            String target = c.parentCode() == null ? url.get("campaign") + "/api/v1/campaigns"
                    : url.get("campaign") + "/api/v1/campaigns/" + campaignIds.get(c.parentCode()) + "/appeals";
            Api.Answer answer = Api.require(fundraiser.post(target, body, "demo-campaign-" + c.code()),
                    "creating campaign " + c.code());
            campaignIds.put(c.code(), answer.body().get("id").asText());
            if (!answer.replayed()) {
                count("campaigns");
                for (DemoData.Cost cost : c.costs()) {
                    Map<String, Object> costBody = new LinkedHashMap<>();
                    costBody.put("category", cost.category());
                    costBody.put("amount", cost.amount());
                    costBody.put("currency", "EUR");
                    costBody.put("costDate", cost.date());
                    costBody.put("description", cost.description());
                    Api.require(fundraiser.post(url.get("campaign") + "/api/v1/campaigns/"
                            + campaignIds.get(c.code()) + "/costs", costBody, null), "costs of " + c.code());
                }
            }
        }
    }

    // ------------------------------------------------------------------ donor-service

    private void donors() {
        Map<String, List<String>> households = new LinkedHashMap<>();
        for (DemoData.Donor d : data.donors()) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("kind", d.kind());
            body.put("firstName", d.firstName());
            body.put("lastName", d.lastName());
            body.put("organisationName", d.organisationName());
            body.put("street", d.street());
            body.put("houseNumber", d.houseNumber());
            body.put("postcode", d.postcode());
            body.put("city", d.city());
            body.put("country", d.postcode() == null ? ("Brussel".equals(d.city()) ? "BE" : "TH") : "NL");
            body.put("email", d.email());
            body.put("phone", d.phone());
            body.put("iban", d.iban());
            body.put("dateOfBirth", d.dateOfBirth());
            body.put("preferredLanguage", "nl");
            body.put("owner", "fundraiser");
            body.put("tags", d.tags());
            Api.Answer answer = Api.require(fundraiser.post(url.get("donor") + "/api/v1/donors", body,
                    "demo-donor-" + d.key()), "registering donor " + d.key());
            String id = answer.body().get("id").asText();
            donorIds.put(d.key(), id);
            if (d.householdKey() != null) {
                households.computeIfAbsent(d.householdKey(), k -> new ArrayList<>()).add(id);
            }
            if (!answer.replayed()) {
                count("donors");
                if (d.kind().equals("INDIVIDUAL") && d.email() != null) {
                    consent(id, "EMAIL", "NEWSLETTER");
                }
                if (d.kind().equals("INDIVIDUAL") && d.street() != null) {
                    consent(id, "POST", "FUNDRAISING");
                }
            }
        }
        households.forEach((key, members) -> {
            if (members.size() > 1 && !hasHousehold(members.get(0))) {
                Api.require(fundraiser.post(url.get("donor") + "/api/v1/households",
                        Map.of("name", "Huishouden " + key, "memberIds", members), null), "household " + key);
                count("households");
            }
        });
    }

    private void consent(String donorId, String channel, String purpose) {
        Api.require(fundraiser.post(url.get("donor") + "/api/v1/donors/" + donorId + "/consents",
                Map.of("channel", channel, "purpose", purpose, "granted", true, "source", "aanmeldformulier website"),
                null), "consent of " + donorId);
    }

    /** The thank-yous sent for recent gifts, on the donors' timelines (a few recent gifts are left to thank for). */
    private void thankYous() {
        for (DemoData.ThankYou t : data.thankYous()) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("type", "THANK_YOU_SENT");
            body.put("occurredOn", t.date());
            body.put("summary", t.summary());
            Api.Answer answer = Api.require(fundraiser.post(url.get("donor") + "/api/v1/donors/"
                    + donorIds.get(t.donorKey()) + "/interactions", body, "demo-" + t.key()), "thank-you " + t.key());
            if (!answer.replayed()) {
                count("thank-yous");
            }
        }
    }

    private boolean hasHousehold(String donorId) {
        JsonNode donor = Api.require(fundraiser.get(url.get("donor") + "/api/v1/donors/" + donorId), "donor").body();
        return donor.hasNonNull("householdId");
    }

    // ------------------------------------------------------------------ gift-service

    private void gifts() {
        List<DemoData.Gift> all = data.gifts();
        for (int from = 0; from < all.size(); from += BATCH) {
            List<DemoData.Gift> part = all.subList(from, Math.min(from + BATCH, all.size()));
            List<Map<String, Object>> entries = new ArrayList<>();
            BigDecimal total = BigDecimal.ZERO;
            for (DemoData.Gift g : part) {
                entries.add(gift(g));
                total = total.add(g.amount());
            }
            Map<String, Object> batch = Map.of("controlCount", part.size(), "controlTotal", total, "gifts", entries);
            String key = "demo-batch-" + part.get(0).key() + "-" + part.size();
            // the donors' registrations reach gift-service as events: wait while it does not know them yet
            Api.Answer answer = Api.require(finance.retrying(
                    () -> finance.post(url.get("gift") + "/api/v1/gift-batches", batch, key),
                    a -> a.status() == 422 && a.detail().startsWith("unknown"), 120), "gift batch " + key);
            JsonNode ids = answer.body().get("giftIds");
            for (int i = 0; i < part.size(); i++) {
                giftIds.put(part.get(i).key(), ids.get(i).asText());
            }
            if (!answer.replayed()) {
                count("gifts", part.size());
            }
        }
    }

    private Map<String, Object> gift(DemoData.Gift g) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("donorId", donorIds.get(g.donorKey()));
        body.put("amount", g.amount());
        body.put("currency", "EUR");
        body.put("incomeDate", g.incomeDate());
        body.put("channel", g.channel());
        if (g.appealCode() != null) {
            body.put("appealId", campaignIds.get(g.appealCode()));
        } else if (g.campaignCode() != null) {
            body.put("campaignId", campaignIds.get(g.campaignCode()));
        }
        body.put("description", g.description());
        body.put("allocations", allocations(g.allocations()));
        return body;
    }

    private static List<Map<String, Object>> allocations(List<Allocation> allocations) {
        return allocations.stream().map(a -> Map.<String, Object>of("fundCode", a.fundCode(), "amount", a.amount()))
                .toList();
    }

    /**
     * Grants with their instalment schedules, overhead and reporting deadlines; the instalments due by the demo
     * date are received, which records them as gifts to the grant's fund.
     */
    private void grants() {
        for (DemoData.Grant grant : data.grants()) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("donorId", donorIds.get(grant.funderKey()));
            body.put("title", grant.name());
            body.put("funderReference", grant.key().toUpperCase());
            body.put("fundCode", grant.fundCode());
            body.put("totalAmount", grant.total());
            body.put("startDate", grant.startDate());
            body.put("endDate", grant.endDate());
            body.put("overheadPercentage", grant.overheadPercentage());
            body.put("instalments", grant.instalments().stream()
                    .map(i -> Map.of("dueDate", i.dueDate(), "amount", i.amount())).toList());
            body.put("deadlines", grant.deadlines().stream()
                    .map(d -> Map.of("dueDate", d.dueDate(), "description", d.description())).toList());
            Api.Answer answer = Api.require(finance.retrying(
                    () -> finance.post(url.get("gift") + "/api/v1/grants", body, "demo-grant-" + grant.key()),
                    a -> a.status() == 422 && a.detail().startsWith("unknown"), 120), "grant " + grant.key());
            if (!answer.replayed()) {
                count("grants");
            }
            JsonNode instalments = answer.body().get("instalments");
            String grantId = answer.body().get("id").asText();
            for (int i = 0; i < grant.instalments().size(); i++) {
                JsonNode instalment = instalments.get(i);
                if (grant.instalments().get(i).received() && !instalment.hasNonNull("giftId")) {
                    Api.require(finance.post(url.get("gift") + "/api/v1/grants/" + grantId + "/instalments/"
                                    + instalment.get("id").asText() + "/receipt",
                            Map.of("incomeDate", grant.instalments().get(i).dueDate()), null),
                            "instalment " + (i + 1) + " of " + grant.key());
                    count("grant instalments received");
                }
            }
        }
    }

    private void corrections() {
        for (DemoData.Reversal r : data.reversals()) {
            Api.Answer answer = finance.post(url.get("gift") + "/api/v1/gifts/" + giftIds.get(r.giftKey()) + "/reversal",
                    Map.of("reversalDate", r.reversalDate(), "reason", r.reason(), "note", r.note()), null);
            if (answer.status() == 201) {
                count("reversals");
            } else if (answer.status() != 409) {
                Api.require(answer, "reversal of " + r.giftKey());
            }
        }
        for (DemoData.Reallocation r : data.reallocations()) {
            Api.require(finance.post(url.get("gift") + "/api/v1/gifts/" + giftIds.get(r.giftKey()) + "/reallocation",
                    Map.of("allocations", allocations(r.allocations()), "reason", r.reason()), null),
                    "re-earmarking " + r.giftKey());
        }
    }

    // ------------------------------------------------------------------ reporting-service

    private void financeInputs() {
        for (DemoData.ReserveClosing closing : data.reserveClosings()) {
            Api.require(finance.put(url.get("reporting") + "/api/v1/reserve-ledger/" + closing.year(),
                    Map.of("year", closing.year(), "auditedClosingBalance", closing.closingBalance())),
                    "reserve ledger " + closing.year());
        }
        for (DemoData.Budget budget : data.budgets()) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("year", budget.year());
            body.put("plannedReserveAddition", budget.reserveAddition());
            body.put("incomeLines", budget.income().stream().map(l -> Map.of("incomeCategory", l.category(),
                    "earmarkClass", l.earmarkClass(), "amount", l.amount())).toList());
            body.put("costLines", budget.costLines().stream().map(l -> Map.of("code", l.code(), "name", l.name(),
                    "werkorganisatie", l.werkorganisatie(), "amount", l.amount())).toList());
            Api.require(finance.put(url.get("reporting") + "/api/v1/budgets/" + budget.year(), body),
                    "budget " + budget.year());
            count("budgets");
        }
        StringBuilder csv = new StringBuilder("year,month,costLine,amount\n");
        data.costs().forEach(c -> csv.append(c.year()).append(',').append(c.month()).append(',')
                .append(c.costLineCode()).append(',').append(c.amount().toPlainString()).append('\n'));
        Api.require(finance.postText(url.get("reporting") + "/api/v1/costs/csv", "text/csv", csv.toString()),
                "monthly costs");
        count("monthly cost lines", data.costs().size());
    }

    private void count(String what) {
        count(what, 1);
    }

    private void count(String what, int n) {
        counts.merge(what, n, Integer::sum);
    }

    private static String setting(String name, String fallback) {
        String value = System.getProperty(name);
        if (value == null) {
            value = System.getenv(name.toUpperCase().replace('.', '_').replace('-', '_'));
        }
        return value == null || value.isBlank() ? fallback : value;
    }
}
