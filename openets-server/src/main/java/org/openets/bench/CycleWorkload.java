package org.openets.bench;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.openets.clearing.DepositFunds;
import org.openets.core.Command;
import org.openets.core.Envelope;
import org.openets.core.MarketTime;
import org.openets.exchange.RegisterTradingAccount;
import org.openets.mrv.ActivityLine;
import org.openets.mrv.ConfirmReport;
import org.openets.mrv.DraftReport;
import org.openets.mrv.EmissionCalculator;
import org.openets.mrv.EmissionLine;
import org.openets.mrv.FactorLibrary;
import org.openets.mrv.RegisterEntity;
import org.openets.mrv.ReportOutput;
import org.openets.mrv.Sector;
import org.openets.mrv.SubmitReport;
import org.openets.mrv.VerifyReport;
import org.openets.registry.AccountType;
import org.openets.registry.AddRepresentative;
import org.openets.registry.OpenAccount;
import org.openets.rulebook.RegisterActor;
import org.openets.rulebook.Role;
import org.openets.rulebook.Rulebook;

/**
 * The commands of one compliance year for {@code entities} reporting entities, split between Sichuan and
 * Chongqing, generated deterministically from a seed. The year reported is 2023, the year the provincial grid
 * factors of SC and CQ are published for [GF23]; reports are drafted and confirmed on 2024-03-15 10:00 CST, before
 * they fall due on 31 March [MEE19 Art 25], so no report is late and none needs a verifier's explanation. The
 * phases before and after MRV are in {@link CycleYear}.
 */
public final class CycleWorkload {

    public static final int YEAR = 2023;
    public static final long START_MILLIS = MarketTime.epochMillis(LocalDateTime.of(2024, 3, 15, 10, 0));
    public static final String VERIFIER = "verifier";
    static final String VERIFICATION_BODY = "verification-body";
    static final List<String> JURISDICTIONS = List.of("SC", "CQ");
    private static final List<AccountType> GOVERNMENT_ACCOUNTS = List.of(AccountType.GOVERNMENT_ISSUANCE,
            AccountType.AUCTION, AccountType.RESERVE, AccountType.FISCAL, AccountType.RETIREMENT);
    /**
     * Regional sectors only: an entity of a national sector (power, steel, cement, non-ferrous metals) reaching
     * 26,000 t would be listed nationally at confirmation [MEE19 Art 8] and leave the regional year.
     */
    static final Sector[] SECTORS = {Sector.CHEMICALS, Sector.PETROCHEMICALS, Sector.BUILDING_MATERIALS,
            Sector.PAPER, Sector.AVIATION, Sector.OTHER};
    /** Administrative divisions in the credit codes: Chengdu and Chongqing. */
    private static final String[] DIVISIONS = {"510100", "500000"};
    /** The exchange member that trades and bids for the entities admitted to trading. */
    static final String MEMBER = "member-1";
    /** What each entity admitted to trading deposits: 1 billion yuan, enough for any bid it makes. */
    static final long DEPOSIT_FEN = 100_000_000_000L;
    private static final int MAX_BIDDERS = 400;
    private static final String COAL_NCV = "20.908";
    private static final int COMPILERS = 50;

    private final int entities;
    private final long seed;

    public CycleWorkload(int entities, long seed) {
        if (entities < 1) {
            throw new IllegalArgumentException("entities must be at least 1: " + entities);
        }
        this.entities = entities;
        this.seed = seed;
    }

    public int entities() {
        return entities;
    }

    /** The first entities, at most 400 and half of them in each jurisdiction, are admitted to trading. */
    int bidders() {
        return Math.min(entities, MAX_BIDDERS);
    }

    public long seed() {
        return seed;
    }

    public String describe() {
        return String.format(Locale.ROOT, "%,d entities in SC and CQ, %d reports of %d, seed %d", entities,
                entities, YEAR, seed);
    }

    /**
     * Regulators, the verifier, each jurisdiction's government accounts with their officer, then per entity a
     * representative, its holding account and the entity itself.
     */
    public List<Envelope> setUp() {
        List<Envelope> out = new ArrayList<>(4 * entities + 32);
        String system = Rulebook.SYSTEM_ACTOR;
        for (String j : JURISDICTIONS) {
            out.add(envelope("setup", out.size(), system, new RegisterActor(regulator(j), Role.REGULATOR, j)));
            out.add(envelope("setup", out.size(), system, new RegisterActor(officer(j), Role.REPRESENTATIVE, j)));
            for (AccountType type : GOVERNMENT_ACCOUNTS) {
                String account = governmentAccount(j, type);
                out.add(envelope("setup", out.size(), system,
                        new OpenAccount(account, type, j, "GOV-" + j, "Government of " + j)));
                out.add(envelope("setup", out.size(), system, new AddRepresentative(account, officer(j))));
            }
        }
        out.add(envelope("setup", out.size(), system, new RegisterActor(regulator("CY"), Role.REGULATOR, "CY")));
        out.add(envelope("setup", out.size(), system, new RegisterActor(VERIFIER, Role.VERIFIER, "SC")));
        for (int i = 0; i < entities; i++) {
            String j = jurisdiction(i);
            out.add(envelope("setup", out.size(), system,
                    new RegisterActor(representative(i), Role.REPRESENTATIVE, j)));
            out.add(envelope("setup", out.size(), system, new OpenAccount(holdingAccount(i),
                    AccountType.ENTITY_HOLDING, j, entity(i), "Entity " + (i + 1))));
            out.add(envelope("setup", out.size(), system, new AddRepresentative(holdingAccount(i), representative(i))));
            out.add(envelope("setup", out.size(), regulator(j), new RegisterEntity(entity(i), "Entity " + (i + 1),
                    creditCode(i), j, sector(i), holdingAccount(i))));
        }
        out.add(envelope("setup", out.size(), system, new RegisterActor(MEMBER, Role.MEMBER, "CY")));
        for (int i = 0; i < bidders(); i++) {
            out.add(envelope("setup", out.size(), system, new RegisterTradingAccount(holdingAccount(i), MEMBER)));
            out.add(envelope("setup", out.size(), system,
                    new DepositFunds(holdingAccount(i), DEPOSIT_FEN, "bank credit of " + entity(i))));
        }
        return out;
    }

    /**
     * One draft per entity with 1 to 3 activity lines, by the entity's representative, stating as output the
     * tonnes of product that the sector's benchmark turns into its allocation (see {@link #output}).
     */
    public List<Envelope> reports() {
        List<List<ActivityLine>> lines = activity();
        List<Envelope> out = new ArrayList<>(entities);
        for (int i = 0; i < entities; i++) {
            String compiler = "compiler-" + (i % COMPILERS + 1);
            out.add(envelope("draft", i, representative(i), new DraftReport(report(i), entity(i), YEAR, compiler,
                    lines.get(i), new ReportOutput(Long.toString(output(i)), "t product"))));
        }
        return out;
    }

    /** Every entity's activity lines of the year, the same on every call. */
    private List<List<ActivityLine>> activity() {
        SplittableRandom random = new SplittableRandom(seed);
        List<List<ActivityLine>> out = new ArrayList<>(entities);
        for (int i = 0; i < entities; i++) {
            out.add(lines(random));
        }
        return out;
    }

    /**
     * The product entity {@code i} states, in tonnes: its expected obligation, so that the benchmark of
     * {@link CycleYear#BENCHMARK} t CO2 per t allocates a little more than it emits; a short entity
     * ({@link #short_}) produced only 90 % of that, and its allocation falls short of its emissions.
     */
    long output(int i) {
        long expected = expectedObligations()[i];
        return Math.max(1, isShort(i) ? expected * 9 / 10 : expected);
    }

    private long[] expected;

    /** The obligations the reports will have, computed as MRV does, for the outputs and the caps. */
    long[] expectedObligations() {
        if (expected == null) {
            EmissionCalculator calculator = new EmissionCalculator(FactorLibrary.standard().pinnedTo(YEAR));
            List<List<ActivityLine>> lines = activity();
            expected = new long[entities];
            for (int i = 0; i < entities; i++) {
                expected[i] = calculator.report(sector(i), lines.get(i).stream().map(CycleWorkload::parsed).toList())
                        .obligationTonnes();
            }
        }
        return expected;
    }

    private static EmissionLine parsed(ActivityLine line) {
        return switch (line.kind()) {
            case COMBUSTION -> new EmissionLine.Combustion(line.source(), line.key(), new BigDecimal(line.quantity()),
                    decimal(line.measuredNetCalorificValue()), decimal(line.measuredCarbonContent()),
                    decimal(line.measuredOxidation()));
            case PURCHASED_ELECTRICITY -> new EmissionLine.PurchasedElectricity(line.source(), line.key(),
                    new BigDecimal(line.quantity()));
            default -> throw new IllegalArgumentException("the workload draws no " + line.kind() + " lines");
        };
    }

    private static BigDecimal decimal(String text) {
        return text == null || text.isBlank() ? null : new BigDecimal(text);
    }

    /** Every 100th entity (from the 8th) produced less than it was allocated for and ends the year short. */
    static boolean isShort(int i) {
        return i % 100 == 7;
    }

    public List<Envelope> submissions() {
        List<Envelope> out = new ArrayList<>(entities);
        for (int i = 0; i < entities; i++) {
            out.add(envelope("submit", i, representative(i), new SubmitReport(report(i))));
        }
        return out;
    }

    public List<Envelope> verifications() {
        List<Envelope> out = new ArrayList<>(entities);
        for (int i = 0; i < entities; i++) {
            out.add(envelope("verify", i, VERIFIER,
                    new VerifyReport(report(i), VERIFICATION_BODY, "verified on site", null)));
        }
        return out;
    }

    public List<Envelope> confirmations() {
        List<Envelope> out = new ArrayList<>(entities);
        for (int i = 0; i < entities; i++) {
            out.add(envelope("confirm", i, regulator(jurisdiction(i)), new ConfirmReport(report(i))));
        }
        return out;
    }

    /**
     * Coal burnt with a measured carbon content, coal burnt without (the default is taken), and power bought from
     * the SC or CQ grid. Every coal line has the same calorific value, so no report contradicts itself.
     */
    static List<ActivityLine> lines(SplittableRandom random) {
        int count = 1 + random.nextInt(3);
        List<ActivityLine> lines = new ArrayList<>(count);
        for (int k = 1; k <= count; k++) {
            switch (random.nextInt(3)) {
                case 0 -> lines.add(ActivityLine.combustion("boiler-" + k, FactorLibrary.COAL,
                        Integer.toString(500 + random.nextInt(50_000)), COAL_NCV,
                        "0.02" + (500 + random.nextInt(300)), "0.99"));
                case 1 -> lines.add(ActivityLine.combustion("kiln-" + k, FactorLibrary.COAL,
                        Integer.toString(500 + random.nextInt(50_000)), COAL_NCV, null, "0.98"));
                default -> lines.add(ActivityLine.electricity("grid-" + k,
                        random.nextBoolean() ? FactorLibrary.GRID_SICHUAN : FactorLibrary.GRID_CHONGQING,
                        Integer.toString(100 + random.nextInt(20_000))));
            }
        }
        return lines;
    }

    static String jurisdiction(int i) {
        return JURISDICTIONS.get(i % 2);
    }

    static Sector sector(int i) {
        return SECTORS[(i / 2) % SECTORS.length];
    }

    /** {@code E0000001} for entity 0 (at least seven digits); built by hand, as the year asks for it often. */
    public static String entity(int i) {
        String number = Integer.toString(i + 1);
        return "E" + "0000000".substring(Math.min(7, number.length())) + number;
    }

    public static String report(int i) {
        return "R-" + entity(i) + "-" + YEAR;
    }

    static String representative(int i) {
        return "rep-" + entity(i);
    }

    static String holdingAccount(int i) {
        return "HA-" + entity(i);
    }

    static String governmentAccount(String jurisdiction, AccountType type) {
        return jurisdiction + "-" + type.name().replace('_', '-');
    }

    static String regulator(String jurisdiction) {
        return "reg-" + jurisdiction.toLowerCase(Locale.ROOT);
    }

    static String officer(String jurisdiction) {
        return "officer-" + jurisdiction.toLowerCase(Locale.ROOT);
    }

    static Envelope envelope(String phase, int index, String actor, Command command) {
        return new Envelope(phase + "-" + index, actor, "bench", command);
    }

    /**
     * A unified social credit code an enterprise of entity {@code i} could hold: authority 9 (market regulation),
     * type 1 (enterprise), the jurisdiction's division, an organisation code numbered by {@code i} with its
     * GB 11714 check, and the GB 32100-2015 check character. Distinct for every {@code i} below 10^8.
     */
    static String creditCode(int i) {
        String organisation = String.format(Locale.ROOT, "%08d", i + 1);
        String first17 = "91" + DIVISIONS[i % 2] + organisation + organisationCheck(organisation);
        return first17 + check(first17);
    }

    private static final int[] ORGANISATION_WEIGHTS = {3, 7, 9, 10, 5, 8, 4, 2};
    private static final int[] CODE_WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    private static final String CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private static char organisationCheck(String digits) {
        int sum = 0;
        for (int k = 0; k < 8; k++) {
            sum += (digits.charAt(k) - '0') * ORGANISATION_WEIGHTS[k];
        }
        int check = 11 - sum % 11;
        return check == 10 ? 'X' : check == 11 ? '0' : (char) ('0' + check);
    }

    private static char check(String first17) {
        int sum = 0;
        for (int k = 0; k < 17; k++) {
            sum += CHARSET.indexOf(first17.charAt(k)) * CODE_WEIGHTS[k];
        }
        return CHARSET.charAt((31 - sum % 31) % 31);
    }
}
