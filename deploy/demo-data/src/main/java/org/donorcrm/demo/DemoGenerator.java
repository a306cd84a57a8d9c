package org.donorcrm.demo;

import org.donorcrm.demo.DemoData.Allocation;
import org.donorcrm.demo.DemoData.Budget;
import org.donorcrm.demo.DemoData.Campaign;
import org.donorcrm.demo.DemoData.Cost;
import org.donorcrm.demo.DemoData.CostLine;
import org.donorcrm.demo.DemoData.Deadline;
import org.donorcrm.demo.DemoData.Donor;
import org.donorcrm.demo.DemoData.Fund;
import org.donorcrm.demo.DemoData.Gift;
import org.donorcrm.demo.DemoData.Grant;
import org.donorcrm.demo.DemoData.IncomeLine;
import org.donorcrm.demo.DemoData.Instalment;
import org.donorcrm.demo.DemoData.MonthlyCost;
import org.donorcrm.demo.DemoData.Reallocation;
import org.donorcrm.demo.DemoData.ReserveClosing;
import org.donorcrm.demo.DemoData.Reversal;
import org.donorcrm.demo.DemoData.ThankYou;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Draws the demo organisation from the seeds (the funders, programmes and projects they name; the plan's
 * figures) with a fixed random seed. Calibrated so that 2024 lands exactly on the plan's starting points:
 * private-donor income €40,000.00 and an unearmarked share of 11.00 % (€291,500.00 of €2,650,000.00); later
 * years move toward the targets, some on track and some behind. The same seed and date give the same data.
 */
public final class DemoGenerator {

    public static final long SEED = 20_251_127L;
    /** The data's last day: fixed, so that the demo is the same whenever it is loaded. */
    public static final LocalDate AS_OF = LocalDate.of(2026, 11, 20);

    public static final BigDecimal PRIVATE_INCOME_2024 = money("40000.00");
    public static final BigDecimal UNEARMARKED_INCOME_2024 = money("291500.00");
    public static final BigDecimal TOTAL_INCOME_2024 = money("2650000.00");

    private static final int INDIVIDUALS = 900;
    private static final String[] FIRST_NAMES = {"Anna", "Daan", "Emma", "Sem", "Julia", "Lucas", "Mila", "Finn",
            "Sophie", "Levi", "Tess", "Noah", "Sara", "Milan", "Zoë", "Jesse", "Lotte", "Bram", "Fleur", "Thijs",
            "Eva", "Ruben", "Lisa", "Lars", "Noor", "Gijs", "Iris", "Koen", "Femke", "Joris", "Sanne", "Pieter",
            "Marieke", "Hans", "Ingrid", "Willem", "Anouk", "Jeroen", "Yara", "Mohamed", "Fatima", "Ayoub",
            "Priya", "Wei", "Olga", "Kees", "Truus", "Henk", "Els", "Marloes"};
    private static final String[] LAST_NAMES = {"de Jong", "Jansen", "de Vries", "van den Berg", "van Dijk",
            "Bakker", "Janssen", "Visser", "Smit", "Meijer", "de Boer", "Mulder", "de Groot", "Bos", "Vos",
            "Peters", "Hendriks", "van Leeuwen", "Dekker", "Brouwer", "de Wit", "Dijkstra", "Smits", "de Graaf",
            "van der Meer", "van der Linden", "Kok", "Jacobs", "de Haan", "Vermeulen", "van den Heuvel",
            "van der Veen", "van den Broek", "de Bruijn", "de Bruin", "van der Heijden", "Schouten",
            "van Beek", "Willems", "van Vliet", "El Amrani", "Yilmaz", "Kaya", "Nguyen", "Öztürk"};
    private static final String[][] PLACES = {{"1012", "Amsterdam"}, {"1071", "Amsterdam"}, {"1093", "Amsterdam"},
            {"2311", "Leiden"}, {"2513", "Den Haag"}, {"2595", "Den Haag"}, {"3011", "Rotterdam"},
            {"3512", "Utrecht"}, {"3583", "Utrecht"}, {"5611", "Eindhoven"}, {"6511", "Nijmegen"},
            {"7511", "Enschede"}, {"8011", "Zwolle"}, {"9711", "Groningen"}, {"4811", "Breda"},
            {"6211", "Maastricht"}, {"2011", "Haarlem"}, {"3811", "Amersfoort"}, {"1211", "Hilversum"},
            {"6811", "Arnhem"}};
    private static final String[] STREETS = {"Kerkstraat", "Dorpsstraat", "Molenweg", "Schoolstraat",
            "Stationsweg", "Julianalaan", "Beatrixstraat", "Lindenlaan", "Prinsengracht", "Oude Gracht",
            "Vondelstraat", "Emmalaan"};
    private static final BigDecimal[] MONTHLY = {money("5.00"), money("7.50"), money("10.00"), money("12.50"),
            money("15.00"), money("20.00"), money("25.00")};

    private final Random random = new Random(SEED);
    private final List<Donor> donors = new ArrayList<>();
    private final List<Gift> gifts = new ArrayList<>();
    private final List<Grant> grants = new ArrayList<>();
    private int giftSeq;

    public static DemoData generate() {
        return new DemoGenerator().build();
    }

    private DemoData build() {
        List<Fund> funds = funds();
        organisations();
        individuals();
        List<Campaign> campaigns = campaigns();
        institutionalIncome();
        calibratePrivate2024();
        calibrateInstitutional2024();
        gifts.sort(Comparator.comparing(Gift::incomeDate).thenComparing(Gift::key));
        List<Reversal> reversals = reversals();
        List<Reallocation> reallocations = reallocations();
        List<Budget> budgets = budgets();
        return new DemoData(AS_OF, funds, campaigns, List.copyOf(donors), List.copyOf(gifts), reversals,
                reallocations, List.copyOf(grants), budgets, monthlyCosts(budgets), reserveClosings(),
                thankYous(reversals));
    }

    /**
     * The thank-yous the fundraisers sent for the gifts of the demo's last 60 days (donor-service's thank-you
     * window), two days after each gift — except for the gifts that leave the thank-you list some work: every
     * one-off gift of the last day ({@link #AS_OF}) and the printer's in-kind gift of October (€ 500 or more). A
     * repeat direct debit is not thanked (only a donor's first). Interactions change no figure.
     */
    private List<ThankYou> thankYous(List<Reversal> reversals) {
        LocalDate since = AS_OF.minusDays(59);
        Set<String> reversed = new HashSet<>();
        reversals.forEach(r -> reversed.add(r.giftKey()));
        Map<String, Gift> firstGifts = new HashMap<>();
        for (Gift g : gifts) { // sorted by date, then key
            if (!reversed.contains(g.key())) {
                firstGifts.putIfAbsent(g.donorKey(), g);
            }
        }
        Map<String, ThankYou> thanks = new LinkedHashMap<>();
        for (Gift g : gifts) {
            boolean repeatDebit = "SEPA_DIRECT_DEBIT".equals(g.channel()) && firstGifts.get(g.donorKey()) != g;
            if (g.incomeDate().isBefore(since) || reversed.contains(g.key()) || repeatDebit
                    || g.incomeDate().equals(AS_OF) || "IN_KIND".equals(g.channel())) {
                continue;
            }
            thank(thanks, g.donorKey(), g.incomeDate(), g.amount());
        }
        for (Grant grant : grants) {
            for (Instalment i : grant.instalments()) {
                if (i.received() && !i.dueDate().isBefore(since)) {
                    thank(thanks, grant.funderKey(), i.dueDate(), i.amount());
                }
            }
        }
        return List.copyOf(thanks.values());
    }

    private static void thank(Map<String, ThankYou> thanks, String donorKey, LocalDate giftDate, BigDecimal amount) {
        LocalDate on = giftDate.plusDays(2);
        if (!on.isBefore(AS_OF)) {
            on = giftDate; // never on the last day: its gifts are the ones left to thank for
        }
        String key = "thanks-" + donorKey + "-" + on;
        thanks.putIfAbsent(key, new ThankYou(key, donorKey, on, "Bedankt voor de gift van € " + amount.toPlainString()
                + " van " + giftDate));
    }

    // ------------------------------------------------------------------ funds, organisations, campaigns

    private static List<Fund> funds() {
        LocalDate open = LocalDate.of(2000, 1, 1);
        return List.of(
                new Fund("ALG", "Algemeen fonds", "UNEARMARKED", open, null, null),
                new Fund("PRG-SEX", "Programma seksuele uitbuiting", "PROGRAMME", open, null, null),
                new Fund("PRG-MIG", "Programma migratie", "PROGRAMME", open, null, null),
                new Fund("PRG-FAM", "Programma familie", "PROGRAMME", open, null, null),
                new Fund("PRG-HELP", "Kinderrechtenhelpdesk", "PROGRAMME", open, null, null),
                new Fund("PRJ-DTZ", "Down to Zero II", "PROJECT", d(2021, 1, 1), d(2025, 12, 31), "org-tdh"),
                new Fund("PRJ-KRC", "Kinderrechtencollectief (VWS)", "PROJECT", d(2022, 1, 1), d(2026, 12, 31), "org-vws"),
                new Fund("PRJ-CAPISCE", "CAPISCE", "PROJECT", d(2024, 1, 1), d(2026, 12, 31), "org-ec"),
                new Fund("PRJ-FOCUS", "FOCUS on my needs", "PROJECT", d(2023, 1, 1), d(2024, 12, 31), "org-ec"),
                new Fund("PRJ-AAR", "Alert Actors Report II", "PROJECT", d(2025, 1, 1), d(2026, 12, 31), "org-ec"),
                new Fund("PRJ-SM", "Speaking Minds", "PROJECT", d(2024, 1, 1), d(2026, 12, 31), "org-szw"),
                new Fund("PRJ-DLA", "Don't Look Away", "PROJECT", d(2022, 1, 1), d(2026, 12, 31), "org-jenv"),
                new Fund("PRJ-SAFE", "Safe Childhoods", "PROJECT", d(2026, 1, 1), d(2029, 12, 31), "org-bz"),
                new Fund("PRJ-ECPAT", "Kinderen beschermen in toerisme", "PROJECT", d(2022, 1, 1), d(2026, 12, 31),
                        "org-ecpat"));
    }

    private void organisations() {
        organisation("org-npl", "LOTTERY", "Nationale Postcode Loterij", "Beethovenstraat", "200", "1077 JZ", "Amsterdam");
        organisation("org-bz", "GOVERNMENT", "Ministerie van Buitenlandse Zaken", "Rijnstraat", "8", "2515 XP", "Den Haag");
        organisation("org-vws", "GOVERNMENT", "Ministerie van Volksgezondheid, Welzijn en Sport", "Parnassusplein", "5", "2511 VX", "Den Haag");
        organisation("org-szw", "GOVERNMENT", "Ministerie van Sociale Zaken en Werkgelegenheid", "Parnassusplein", "5", "2511 VX", "Den Haag");
        organisation("org-jenv", "GOVERNMENT", "Ministerie van Justitie en Veiligheid", "Turfmarkt", "147", "2511 DP", "Den Haag");
        organisation("org-ec", "EU_INSTITUTION", "Europese Commissie", null, null, null, "Brussel");
        organisation("org-tdh", "OTHER_NONPROFIT", "Terre des Hommes Nederland", "Zoutmanstraat", "42", "2518 GS", "Den Haag");
        organisation("org-plan", "OTHER_NONPROFIT", "Plan International Nederland", "Stadhouderskade", "60", "1072 AC", "Amsterdam");
        organisation("org-ecpat", "AFFILIATED_NONPROFIT", "ECPAT International", null, null, null, "Bangkok");
        organisation("org-vrienden", "AFFILIATED_NONPROFIT", "Stichting Vrienden van het Kinderrecht", "Hooglandse Kerkgracht", "17", "2312 HS", "Leiden");
        organisation("org-fonds-kr", "FOUNDATION", "Stichting Kinderrechtenfonds", "Maliebaan", "12", "3581 CN", "Utrecht");
        organisation("org-fonds-jeugd", "FOUNDATION", "Fonds Jeugd en Recht", "Jan Luijkenstraat", "8", "1071 CM", "Amsterdam");
        organisation("org-tui", "COMPANY", "TUI Nederland", "Visseringlaan", "25", "2288 ER", "Rijswijk");
        organisation("org-anvr", "COMPANY", "ANVR", "Visseringlaan", "24", "2288 ER", "Rijswijk");
        organisation("org-advocaten", "COMPANY", "De Ruyter & Partners Advocaten", "Gustav Mahlerlaan", "10", "1082 PP", "Amsterdam");
        organisation("org-drukkerij", "COMPANY", "Drukkerij Van Wijk", "Lammenschansweg", "80", "2313 DN", "Leiden");
    }

    private void organisation(String key, String kind, String name, String street, String number, String postcode,
                              String city) {
        String domain = name.toLowerCase().replaceAll("[^a-z]", "").replaceAll("^(stichting|ministerievan)", "");
        donors.add(new Donor(key, kind, null, null, name, street, number, postcode, city,
                "info@" + domain.substring(0, Math.min(domain.length(), 18)) + ".example", null, null, null, null,
                List.of("institutional")));
    }

    private List<Campaign> campaigns() {
        List<Campaign> campaigns = new ArrayList<>();
        for (int year = 2022; year <= 2026; year++) {
            String code = "EJA-" + year;
            BigDecimal goal = money(switch (year) {
                case 2022 -> "8000.00";
                case 2023 -> "9000.00";
                case 2024 -> "10000.00";
                case 2025 -> "25000.00";
                default -> "40000.00";
            });
            LocalDate start = d(year, 11, 1);
            LocalDate end = d(year + 1, 1, 15);
            campaigns.add(new Campaign(code, "Eindejaarsactie " + year, null, null, goal, start, end,
                    "particuliere donateurs", List.of(
                            new Cost("PRINTING", money("1250.00"), d(year, 10, 20), "drukwerk brief"),
                            new Cost("POSTAGE", money("980.00"), d(year, 10, 28), "porto"))));
            campaigns.add(new Campaign(code + "-BRIEF", "Eindejaarsbrief " + year, code, "LETTER",
                    goal.multiply(new BigDecimal("0.5")).setScale(2, RoundingMode.HALF_EVEN), start, end,
                    "donateurs met postadres", List.of()));
            campaigns.add(new Campaign(code + "-EMAIL", "Eindejaarsmail " + year, code, "EMAIL",
                    goal.multiply(new BigDecimal("0.3")).setScale(2, RoundingMode.HALF_EVEN), start, end,
                    "nieuwsbrieflezers", List.of(new Cost("PLATFORM_FEES", money("150.00"), d(year, 11, 1),
                    "mailingplatform"))));
            campaigns.add(new Campaign(code + "-ONLINE", "Eindejaarsactie online " + year, code, "ONLINE",
                    goal.multiply(new BigDecimal("0.2")).setScale(2, RoundingMode.HALF_EVEN), start, end,
                    "websitebezoekers", List.of(new Cost("ADVERTISING", money("600.00"), d(year, 11, 5),
                    "online advertenties"))));
        }
        campaigns.add(new Campaign("DLA-2025", "Don't Look Away 2025", null, null, money("15000.00"), d(2025, 5, 1),
                d(2025, 9, 30), "vakantiegangers en reisbranche",
                List.of(new Cost("ADVERTISING", money("4200.00"), d(2025, 5, 15), "campagne luchthavens"))));
        campaigns.add(new Campaign("DLA-2025-ONLINE", "Don't Look Away online 2025", "DLA-2025", "ONLINE",
                money("15000.00"), d(2025, 5, 1), d(2025, 9, 30), "vakantiegangers", List.of()));
        return campaigns;
    }

    // ------------------------------------------------------------------ private donors

    private void individuals() {
        int households = 0;
        for (int i = 1; i <= INDIVIDUALS; i++) {
            String key = "ind-%04d".formatted(i);
            String first = pick(FIRST_NAMES);
            String last = pick(LAST_NAMES);
            String[] place = PLACES[random.nextInt(PLACES.length)];
            String postcode = place[0] + " " + (char) ('A' + random.nextInt(26)) + (char) ('A' + random.nextInt(26));
            String householdKey = null;
            if (i > 1 && random.nextDouble() < 0.06) {
                // lives with the previous donor: same address and last name
                Donor partner = donors.get(donors.size() - 1);
                if ("INDIVIDUAL".equals(partner.kind())) {
                    householdKey = partner.householdKey() != null ? partner.householdKey() : "hh-%03d".formatted(++households);
                    if (partner.householdKey() == null) {
                        donors.set(donors.size() - 1, withHousehold(partner, householdKey));
                    }
                    last = partner.lastName();
                    postcode = partner.postcode();
                    place = new String[] {postcode.substring(0, 4), partner.city()};
                }
            }
            String email = random.nextDouble() < 0.8 ? (first + "." + last).toLowerCase()
                    .replace(' ', '.').replaceAll("[^a-z.]", "") + i + "@example.nl" : null;
            String iban = random.nextDouble() < 0.7 ? Ibans.dutch(random) : null;
            LocalDate birth = random.nextDouble() < 0.4 ? d(1940 + random.nextInt(60), 1 + random.nextInt(12),
                    1 + random.nextInt(28)) : null;
            donors.add(new Donor(key, "INDIVIDUAL", first, last, null, pick(STREETS), String.valueOf(1 + random.nextInt(180)),
                    postcode, place[1], email, random.nextDouble() < 0.5 ? "06" + (10000000 + random.nextInt(89999999)) : null,
                    iban, birth, householdKey, List.of("particulier")));
            giving(key, iban != null);
        }
    }

    private static Donor withHousehold(Donor d, String householdKey) {
        return new Donor(d.key(), d.kind(), d.firstName(), d.lastName(), d.organisationName(), d.street(),
                d.houseNumber(), d.postcode(), d.city(), d.email(), d.phone(), d.iban(), d.dateOfBirth(),
                householdKey, d.tags());
    }

    /** One donor's giving from the year they were found until they lapse (and maybe come back). */
    private void giving(String donorKey, boolean hasIban) {
        double r = random.nextDouble();
        int firstYear = r < 0.30 ? 2022 : r < 0.45 ? 2023 : r < 0.60 ? 2024 : r < 0.82 ? 2025 : 2026;
        boolean recurring = hasIban && random.nextDouble() < 0.22;
        if (recurring) {
            BigDecimal monthly = MONTHLY[random.nextInt(MONTHLY.length)];
            YearMonth month = YearMonth.of(firstYear, 1 + random.nextInt(firstYear == 2026 ? 10 : 12));
            while (!month.atDay(25).isAfter(AS_OF)) {
                addGift(donorKey, monthly, month.atDay(25), "SEPA_DIRECT_DEBIT", "ALG", null, null);
                month = month.plusMonths(1);
                if (month.getMonthValue() == 1 && random.nextDouble() < 0.12) {
                    return; // stopped the direct debit
                }
            }
            return;
        }
        boolean active = true;
        for (int year = firstYear; year <= 2026; year++) {
            if (!active) {
                active = random.nextDouble() < 0.15; // recaptured
                if (!active) {
                    continue;
                }
            }
            double median = year <= 2024 ? 32 : year == 2025 ? 48 : 60;
            int count = random.nextDouble() < 0.7 ? 1 : random.nextDouble() < 0.67 ? 2 : 3;
            for (int g = 0; g < count; g++) {
                BigDecimal amount = BigDecimal.valueOf(Math.max(5, Math.round(median * Math.exp(random.nextGaussian() * 0.6))))
                        .setScale(2, RoundingMode.UNNECESSARY);
                boolean yearEnd = random.nextDouble() < (year >= 2025 ? 0.55 : 0.4);
                LocalDate date = yearEnd ? d(year, random.nextBoolean() ? 11 : 12, 1 + random.nextInt(28))
                        : d(year, 1 + random.nextInt(10), 1 + random.nextInt(28));
                if (date.isAfter(AS_OF)) {
                    date = d(year, 1 + random.nextInt(10), 1 + random.nextInt(28));
                    yearEnd = false;
                }
                String fund = random.nextDouble() < 0.08 ? "PRG-HELP" : "ALG";
                String channel = yearEnd && random.nextBoolean() ? "ONLINE" : "BANK_TRANSFER";
                String campaign = yearEnd ? "EJA-" + year : null;
                String appeal = yearEnd ? campaign + ("ONLINE".equals(channel) ? "-ONLINE"
                        : random.nextBoolean() ? "-BRIEF" : "-EMAIL") : null;
                addGift(donorKey, amount, date, channel, fund, campaign, appeal);
            }
            active = random.nextDouble() < (year >= 2025 ? 0.62 : 0.55);
        }
    }

    /** Scales the one-off private gifts so that 2024's private income is exactly €40,000.00. */
    private void calibratePrivate2024() {
        BigDecimal recurring = BigDecimal.ZERO;
        BigDecimal oneOff = BigDecimal.ZERO;
        for (Gift g : gifts) {
            if (g.donorKey().startsWith("ind-") && g.incomeDate().getYear() == 2024) {
                if ("SEPA_DIRECT_DEBIT".equals(g.channel())) {
                    recurring = recurring.add(g.amount());
                } else {
                    oneOff = oneOff.add(g.amount());
                }
            }
        }
        BigDecimal factor = PRIVATE_INCOME_2024.subtract(recurring).divide(oneOff, 10, RoundingMode.HALF_EVEN);
        Gift largest2024 = null;
        BigDecimal sum2024 = BigDecimal.ZERO;
        for (int i = 0; i < gifts.size(); i++) {
            Gift g = gifts.get(i);
            if (!g.donorKey().startsWith("ind-") || "SEPA_DIRECT_DEBIT".equals(g.channel())) {
                continue;
            }
            BigDecimal scaled = g.amount().multiply(factor).setScale(0, RoundingMode.HALF_EVEN).max(BigDecimal.ONE)
                    .setScale(2, RoundingMode.UNNECESSARY);
            Gift replaced = withAmount(g, scaled);
            gifts.set(i, replaced);
            if (g.incomeDate().getYear() == 2024) {
                sum2024 = sum2024.add(scaled);
                if (largest2024 == null || scaled.compareTo(largest2024.amount()) > 0) {
                    largest2024 = replaced;
                }
            }
        }
        BigDecimal remainder = PRIVATE_INCOME_2024.subtract(recurring).subtract(sum2024);
        int at = gifts.indexOf(largest2024);
        gifts.set(at, withAmount(largest2024, largest2024.amount().add(remainder)));
    }

    // ------------------------------------------------------------------ institutional income and grants

    private void institutionalIncome() {
        for (int year = 2022; year <= 2026; year++) {
            yearly("org-npl", year, year <= 2024 ? "225000.00" : "250000.00", d(year, 3, 15), "ALG");
            yearly("org-fonds-kr", year, new String[] {"15000.00", "20000.00", "20000.00", "30000.00", "45000.00"}[year - 2022],
                    d(year, 6, 10), "ALG");
            yearly("org-fonds-kr", year, "60000.00", d(year, 2, 1), "PRG-FAM");
            yearly("org-fonds-jeugd", year, "120000.00", d(year, 1, 20), "PRG-HELP");
            yearly("org-plan", year, "100000.00", d(year, 4, 1), "PRG-SEX");
            yearly("org-tdh", year, "80000.00", d(year, 5, 1), "PRG-MIG");
            yearly("org-anvr", year, "5000.00", d(year, 9, 1), "ALG");
            inKind("org-drukkerij", year, "3000.00", d(year, 10, 25), "IN_KIND", "ALG", "Drukwerk eindejaarsbrief");
            inKind("org-advocaten", year, "12000.00", d(year, 7, 1), "PRO_BONO", "PRG-HELP",
                    "Juridisch advies voor de helpdesk, pro bono (reële waarde)");
            if (year >= 2023) {
                inKind("org-tui", year, "8000.00", d(year, 5, 20), "IN_KIND", "PRJ-DLA",
                        "Reizen en zichtbaarheid Don't Look Away (reële waarde)");
            }
            yearly("org-ecpat", year, "40000.00", d(year, 3, 1), "PRJ-ECPAT");
        }
        grant("grant-dtz", "org-tdh", "Down to Zero II (via Terre des Hommes)", "PRJ-DTZ", 2022, 2025,
                new String[] {"900000.00", "900000.00", "900000.00", "850000.00"}, 2, "7.00");
        grant("grant-krc", "org-vws", "Kinderrechtencollectief", "PRJ-KRC", 2022, 2026,
                new String[] {"450000.00", "450000.00", "450000.00", "450000.00", "450000.00"}, 4, "10.00");
        grant("grant-capisce", "org-ec", "CAPISCE (AMIF)", "PRJ-CAPISCE", 2024, 2026,
                new String[] {"150000.00", "150000.00", "150000.00"}, 2, "7.00");
        grant("grant-focus", "org-ec", "FOCUS on my needs (JUST)", "PRJ-FOCUS", 2023, 2024,
                new String[] {"100000.00", "100000.00"}, 1, "7.00");
        grant("grant-aar", "org-ec", "Alert Actors Report II", "PRJ-AAR", 2025, 2026,
                new String[] {"120000.00", "120000.00"}, 2, "7.00");
        grant("grant-sm", "org-szw", "Speaking Minds", "PRJ-SM", 2024, 2026,
                new String[] {"80000.00", "80000.00", "80000.00"}, 2, "8.00");
        grant("grant-dla", "org-jenv", "Don't Look Away", "PRJ-DLA", 2022, 2026,
                new String[] {"200000.00", "200000.00", "200000.00", "200000.00", "200000.00"}, 1, "8.00");
        grant("grant-safe", "org-bz", "Safe Childhoods (Buitenlandse Zaken)", "PRJ-SAFE", 2026, 2029,
                new String[] {"800000.00", "800000.00", "800000.00", "800000.00"}, 2, "7.00");
        grant("grant-vws-inst", "org-vws", "Instellingssubsidie VWS (ongeoormerkt)", "ALG", 2025, 2026,
                new String[] {"100000.00", "150000.00"}, 4, "0.00");
    }

    private void yearly(String donorKey, int year, String amount, LocalDate date, String fund) {
        if (!date.isAfter(AS_OF)) {
            addGift(donorKey, money(amount), date, "BANK_TRANSFER", fund, null, null);
        }
    }

    private void inKind(String donorKey, int year, String amount, LocalDate date, String channel, String fund,
                        String description) {
        if (!date.isAfter(AS_OF)) {
            gifts.add(new Gift(nextGiftKey(), donorKey, money(amount), date, channel,
                    List.of(new Allocation(fund, money(amount))), null, null, description));
        }
    }

    /** A grant paid in {@code perYear} equal instalments a year; instalments due by the demo date are received. */
    private void grant(String key, String funderKey, String name, String fund, int from, int to, String[] yearly,
                       int perYear, String overhead) {
        List<Instalment> instalments = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        for (int year = from; year <= to; year++) {
            BigDecimal amount = money(yearly[year - from]);
            total = total.add(amount);
            BigDecimal part = amount.divide(BigDecimal.valueOf(perYear), 2, RoundingMode.DOWN);
            for (int n = 0; n < perYear; n++) {
                BigDecimal instalment = n == perYear - 1 ? amount.subtract(part.multiply(BigDecimal.valueOf(perYear - 1))) : part;
                LocalDate due = d(year, 1 + n * (12 / perYear), 15);
                instalments.add(new Instalment(due, instalment, !due.isAfter(AS_OF)));
            }
        }
        List<Deadline> deadlines = new ArrayList<>();
        for (int year = from; year <= to; year++) {
            deadlines.add(new Deadline(d(year, 7, 31), "Voortgangsrapportage " + year + " (inhoudelijk)"));
            deadlines.add(new Deadline(d(year + 1, 4, 30), "Financiële verantwoording " + year));
        }
        grants.add(new Grant(key, funderKey, name, fund, total, d(from, 1, 1), d(to, 12, 31), money(overhead),
                instalments, deadlines));
    }

    /**
     * Makes 2024 land on the plan's starting point: a gift of the friends' foundation tops unearmarked income up to
     * €291,500.00, and the Down to Zero instalment of December 2024 brings total income to €2,650,000.00 —
     * an unearmarked share of exactly 11.00 %.
     */
    private void calibrateInstitutional2024() {
        BigDecimal unearmarked = sum2024(true);
        BigDecimal topUp = UNEARMARKED_INCOME_2024.subtract(unearmarked);
        if (topUp.signum() <= 0) {
            throw new IllegalStateException("2024 unearmarked income already exceeds the plan's start: " + unearmarked);
        }
        addGift("org-vrienden", topUp, d(2024, 12, 18), "BANK_TRANSFER", "ALG", null, null);
        BigDecimal total = sum2024(false);
        BigDecimal gap = TOTAL_INCOME_2024.subtract(total);
        Grant dtz = grants.stream().filter(g -> g.key().equals("grant-dtz")).findFirst().orElseThrow();
        List<Instalment> instalments = new ArrayList<>(dtz.instalments());
        for (int i = 0; i < instalments.size(); i++) {
            Instalment inst = instalments.get(i);
            if (inst.dueDate().equals(d(2024, 7, 15))) {
                instalments.set(i, new Instalment(inst.dueDate(), inst.amount().add(gap), true));
            }
        }
        grants.set(grants.indexOf(dtz), new Grant(dtz.key(), dtz.funderKey(), dtz.name(), dtz.fundCode(),
                dtz.total().add(gap), dtz.startDate(), dtz.endDate(), dtz.overheadPercentage(), instalments,
                dtz.deadlines()));
    }

    private BigDecimal sum2024(boolean unearmarkedOnly) {
        BigDecimal sum = BigDecimal.ZERO;
        for (Gift g : gifts) {
            if (g.incomeDate().getYear() != 2024) {
                continue;
            }
            for (Allocation a : g.allocations()) {
                if (!unearmarkedOnly || a.fundCode().equals("ALG")) {
                    sum = sum.add(a.amount());
                }
            }
        }
        for (Grant grant : grants) {
            for (Instalment i : grant.instalments()) {
                if (i.received() && i.dueDate().getYear() == 2024 && (!unearmarkedOnly || grant.fundCode().equals("ALG"))) {
                    sum = sum.add(i.amount());
                }
            }
        }
        return sum;
    }

    // ------------------------------------------------------------------ corrections

    /** A few direct-debit returns and one refund, all in 2025 and 2026 (2024 stays at the plan's start). */
    private List<Reversal> reversals() {
        List<Reversal> reversals = new ArrayList<>();
        int returns = 0;
        for (Gift g : gifts) {
            if (g.incomeDate().getYear() >= 2025 && "SEPA_DIRECT_DEBIT".equals(g.channel()) && random.nextDouble() < 0.01
                    && g.incomeDate().plusDays(5).isBefore(AS_OF)) {
                reversals.add(new Reversal(g.key(), g.incomeDate().plusDays(5), "SEPA_RETURN",
                        returns % 2 == 0 ? "MD06" : "AM04"));
                returns++;
            }
        }
        gifts.stream().filter(g -> g.incomeDate().getYear() == 2025 && "ONLINE".equals(g.channel())).findFirst()
                .ifPresent(g -> reversals.add(new Reversal(g.key(), g.incomeDate().plusDays(12), "REFUND",
                        "dubbel betaald via iDEAL")));
        return reversals;
    }

    /** Finance re-earmarks three 2025 gifts that donors meant for the migration programme. */
    private List<Reallocation> reallocations() {
        List<Reallocation> reallocations = new ArrayList<>();
        for (Gift g : gifts) {
            if (reallocations.size() == 3) {
                break;
            }
            if (g.incomeDate().getYear() == 2025 && g.donorKey().startsWith("ind-") && "BANK_TRANSFER".equals(g.channel())
                    && g.allocations().size() == 1 && g.allocations().get(0).fundCode().equals("ALG")
                    && g.amount().compareTo(money("50.00")) >= 0) {
                reallocations.add(new Reallocation(g.key(), List.of(new Allocation("PRG-MIG", g.amount())),
                        "donateur gaf aan voor kinderen in de migratie"));
            }
        }
        return reallocations;
    }

    // ------------------------------------------------------------------ budgets, costs, reserve

    private static List<Budget> budgets() {
        List<Budget> budgets = new ArrayList<>();
        String[][] perYear = {
                // year, private, lottery, gov unearmarked, gov earmarked, other NPO, affiliated, companies, werkorganisatie
                {"2024", "40000.00", "225000.00", "0.00", "1685000.00", "650000.00", "45000.00", "30000.00", "2300000.00"},
                {"2025", "96500.00", "250000.00", "100000.00", "1650000.00", "580000.00", "50000.00", "40000.00", "2420000.00"},
                {"2026", "153000.00", "250000.00", "150000.00", "1500000.00", "650000.00", "55000.00", "50000.00", "2540000.00"},
                {"2027", "209500.00", "275000.00", "200000.00", "1450000.00", "700000.00", "60000.00", "60000.00", "2670000.00"},
                {"2028", "266000.00", "300000.00", "250000.00", "1400000.00", "750000.00", "65000.00", "70000.00", "2800000.00"}};
        for (String[] row : perYear) {
            int year = Integer.parseInt(row[0]);
            List<IncomeLine> income = List.of(
                    new IncomeLine("INDIVIDUALS", "UNEARMARKED", money(row[1])),
                    new IncomeLine("LOTTERY_ORGANISATIONS", "UNEARMARKED", money(row[2])),
                    new IncomeLine("GOVERNMENT_GRANTS", "UNEARMARKED", money(row[3])),
                    new IncomeLine("GOVERNMENT_GRANTS", "PROJECT", money(row[4])),
                    new IncomeLine("OTHER_NONPROFITS", "PROGRAMME", money(row[5])),
                    new IncomeLine("AFFILIATED_NONPROFITS", "PROJECT", money(row[6])),
                    new IncomeLine("COMPANIES", "UNEARMARKED", money(row[7])));
            BigDecimal totalIncome = income.stream().map(IncomeLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal werkorganisatie = money(row[8]);
            BigDecimal reserve = money("200000.00");
            // direct project costs make up the rest, so that the budget closes with the planned addition
            BigDecimal direct = totalIncome.subtract(werkorganisatie).subtract(reserve).max(BigDecimal.ZERO);
            List<CostLine> costs = List.of(
                    new CostLine("PERS", "Eigen personeel", true, share(werkorganisatie, "0.72")),
                    new CostLine("HUIS", "Huisvesting", true, share(werkorganisatie, "0.07")),
                    new CostLine("KANT", "Kantoor en administratie", true, share(werkorganisatie, "0.08")),
                    new CostLine("BEST", "Bestuur en toezicht", true, share(werkorganisatie, "0.01")),
                    new CostLine("FW", "Kosten eigen fondsenwerving", true, share(werkorganisatie, "0.05")),
                    new CostLine("UITB", "Uitbesteed werk werkorganisatie", true, werkorganisatie
                            .subtract(share(werkorganisatie, "0.72")).subtract(share(werkorganisatie, "0.07"))
                            .subtract(share(werkorganisatie, "0.08")).subtract(share(werkorganisatie, "0.01"))
                            .subtract(share(werkorganisatie, "0.05"))),
                    new CostLine("PROJ", "Directe projectkosten partners", false, direct));
            budgets.add(new Budget(year, income, costs, reserve));
        }
        return budgets;
    }

    /** Monthly actual costs for every closed month: the budget's twelfth, a few percent off either way. */
    private List<MonthlyCost> monthlyCosts(List<Budget> budgets) {
        List<MonthlyCost> costs = new ArrayList<>();
        for (Budget budget : budgets) {
            for (int month = 1; month <= 12; month++) {
                if (!YearMonth.of(budget.year(), month).atEndOfMonth().isBefore(AS_OF)) {
                    break;
                }
                for (CostLine line : budget.costLines()) {
                    BigDecimal twelfth = line.amount().divide(BigDecimal.valueOf(12), 2, RoundingMode.HALF_EVEN);
                    BigDecimal noise = BigDecimal.valueOf(0.96 + random.nextDouble() * 0.07);
                    costs.add(new MonthlyCost(budget.year(), month, line.code(),
                            twelfth.multiply(noise).setScale(2, RoundingMode.HALF_EVEN)));
                }
            }
        }
        return costs;
    }

    private static List<ReserveClosing> reserveClosings() {
        return List.of(new ReserveClosing(2023, money("455000.00"), true),
                new ReserveClosing(2024, money("600000.00"), true),
                new ReserveClosing(2025, money("785000.00"), true));
    }

    // ------------------------------------------------------------------ helpers

    private void addGift(String donorKey, BigDecimal amount, LocalDate date, String channel, String fund,
                         String campaign, String appeal) {
        gifts.add(new Gift(nextGiftKey(), donorKey, amount, date, channel, List.of(new Allocation(fund, amount)),
                campaign, appeal, null));
    }

    private String nextGiftKey() {
        return "gift-%05d".formatted(++giftSeq);
    }

    private static Gift withAmount(Gift g, BigDecimal amount) {
        return new Gift(g.key(), g.donorKey(), amount, g.incomeDate(), g.channel(),
                List.of(new Allocation(g.allocations().get(0).fundCode(), amount)), g.campaignCode(),
                g.appealCode(), g.description());
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }

    private static BigDecimal share(BigDecimal total, String fraction) {
        return total.multiply(new BigDecimal(fraction)).setScale(2, RoundingMode.HALF_EVEN);
    }

    static BigDecimal money(String value) {
        return new BigDecimal(value).setScale(2, RoundingMode.UNNECESSARY);
    }

    private static LocalDate d(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }

    /** Per year: income by donor key prefix, for the docs and the tests. */
    public static Map<Integer, BigDecimal> privateIncomeByYear(DemoData data) {
        Map<Integer, BigDecimal> byYear = new LinkedHashMap<>();
        for (Gift g : data.gifts()) {
            if (g.donorKey().startsWith("ind-")) {
                byYear.merge(g.incomeDate().getYear(), g.amount(), BigDecimal::add);
            }
        }
        return byYear;
    }
}
