package org.openets.demo;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;
import org.openets.compliance.RecordOffsetProject;
import org.openets.compliance.SurrenderForCompliance;
import org.openets.core.Command;
import org.openets.mrv.Mrv;
import org.openets.registry.AccountType;
import org.openets.registry.AddRepresentative;
import org.openets.registry.ApproveTransfer;
import org.openets.registry.ApproveTrustedAccount;
import org.openets.registry.FreezeAccount;
import org.openets.registry.IssueUnits;
import org.openets.registry.LockUnits;
import org.openets.registry.OpenAccount;
import org.openets.registry.ProposeTransfer;
import org.openets.registry.ProposeTrustedAccount;
import org.openets.registry.RetireUnits;
import org.openets.rulebook.RegisterActor;
import org.openets.rulebook.Role;

/**
 * Builds the demo market through the same commands a real deployment would journal: regulators, government
 * accounts, 62 covered entities with two representatives each, exchange members and clients, project
 * developers with credits; then a 2024 compliance surrender, the 2025 allocation, trades between entities,
 * pledges, a retirement, a freeze and transfers still waiting for approval. Then the exchange opens
 * ({@link DemoTrading}): it lists SCEA-2025, CQEA-2025 and a CCER, admits and funds members, clients, entities and a
 * developer, and trades five weeks of opening auctions and continuous sessions, with a block trade and a one-way
 * auction, leaving a book of resting orders. Time is the demo's own clock, which it moves through January to
 * March 2025 on the registry and exchange calendars, so every run builds the same journal.
 */
public final class DemoSeeder {

    /** Sets the time the next commands are stamped with. */
    public interface Clock {
        void set(long epochMillis);
    }

    static final String OPERATOR = "system";
    /** The genesis jurisdictions, by code: Sichuan (Chengdu), Chongqing and the unified-market authority. */
    private static final String SC = "SC";
    private static final String CQ = "CQ";
    private static final String CY = "CY";
    private static final Map<String, String> GOVERNMENTS = Map.of(
            SC, "Sichuan Department of Ecology and Environment",
            CQ, "Chongqing Municipal Bureau of Ecology and Environment",
            CY, "Chengdu-Chongqing Unified Carbon Market Authority");
    private final DemoScript script;
    private final List<DemoEntity> entities = DemoMarket.entities();
    private final DemoReporting reporting;
    private final DemoAllocation allocation;

    /**
     * @param target   applies the commands (durably, when run by a node) and answers questions about the state
     * @param clock    the time source of the target, which the demo moves
     * @param progress told how many commands have been submitted
     */
    public DemoSeeder(DemoTarget target, Clock clock, LongConsumer progress) {
        this.script = new DemoScript(target, clock, progress);
        this.reporting = new DemoReporting(script, entities);
        this.allocation = new DemoAllocation(script, entities);
    }

    public List<DemoEntity> entities() {
        return entities;
    }

    public void seed() {
        seedRegistry();
        seedMarket();
    }

    void seedRegistry() {
        at(2025, 1, 6, 9, 0);
        regulators();
        governmentAccounts();
        entityAccounts();
        reporting.register();
        reporting.draftAndSubmit(2024, DemoSeeder::emissions2024);
        marketAccounts();
        issue2024AndCredits();
        at(2025, 1, 7, 10, 0);
        reporting.verify(2024);
        at(2025, 1, 7, 12, 1);
        script.tick();
        reporting.confirm(2024);
        allocation.open(2025);
        compliance2024();
        at(2025, 1, 8, 9, 30);
        tradesBetweenEntities();
        trustedLists();
        at(2025, 1, 10, 12, 5);
        script.tick();
        pledgesRetirementsAndFreezes();
        at(2025, 1, 13, 10, 30);
        openProposals();
        at(2025, 1, 16, 12, 5);
        script.tick();
    }

    /**
     * Runs a whole compliance year on the seeded market (see {@link DemoYear}) and answers what it came to. The
     * demo's clock moves into the years after the seed, so this is for a copy of the demo, not one to serve.
     */
    public CycleSummary runYear(int year) {
        if (year < 2025) {
            throw new IllegalArgumentException("the demo's first allocation year is 2025; " + year + " came before");
        }
        DemoYear cycle = new DemoYear(script, entities, reporting, allocation);
        for (int y = 2025; y <= year; y++) {
            cycle.run(y);
        }
        return script.query(engine -> CycleSummary.of(engine, year));
    }

    /** Lists the instruments, admits and funds the traders, then trades through February and March. */
    void seedMarket() {
        script.flush();
        new DemoTrading(script, entities).seed();
    }

    private void regulators() {
        for (String j : List.of(SC, CQ, CY)) {
            run(OPERATOR, new RegisterActor(regulatorOf(j), Role.REGULATOR, j));
        }
    }

    private void governmentAccounts() {
        for (String j : List.of(SC, CQ, CY)) {
            run(OPERATOR, new RegisterActor(officerOf(j), Role.REPRESENTATIVE, j));
            String holder = "GOV-" + j;
            String name = GOVERNMENTS.get(j);
            for (AccountType type : List.of(AccountType.GOVERNMENT_ISSUANCE, AccountType.AUCTION, AccountType.RESERVE,
                    AccountType.FISCAL, AccountType.RETIREMENT)) {
                String account = governmentAccount(j, type);
                run(OPERATOR, new OpenAccount(account, type, j, holder, name));
                run(OPERATOR, new AddRepresentative(account, officerOf(j)));
            }
        }
    }

    static String governmentAccount(String j, AccountType type) {
        return j + "-" + type.name().replace('_', '-');
    }

    static String regulatorOf(String j) {
        return "reg-" + j.toLowerCase(java.util.Locale.ROOT);
    }

    /** The registry officer who operates a jurisdiction's government accounts; the regulator issues. */
    private static String officerOf(String j) {
        return "officer-" + j.toLowerCase(java.util.Locale.ROOT);
    }

    private void entityAccounts() {
        for (DemoEntity e : entities) {
            String j = e.jurisdiction();
            run(OPERATOR, new RegisterActor(e.id() + "-rep1", Role.REPRESENTATIVE, j));
            run(OPERATOR, new RegisterActor(e.id() + "-rep2", Role.REPRESENTATIVE, j));
            run(OPERATOR, new OpenAccount(e.holdingAccount(), AccountType.ENTITY_HOLDING, j, e.id(), e.name()));
            run(OPERATOR, new AddRepresentative(e.holdingAccount(), e.id() + "-rep1"));
            run(OPERATOR, new AddRepresentative(e.holdingAccount(), e.id() + "-rep2"));
        }
    }

    private static final String[][] MEMBERS = {
        {"M01", "SC", "Tianfu Carbon Securities Co., Ltd."},
        {"M02", "CQ", "Chongqing Green Futures Co., Ltd."},
        {"M03", "SC", "Jinsha Environmental Brokerage Co., Ltd."},
        {"M04", "CQ", "Yangtze Carbon Asset Management Co., Ltd."},
    };
    /**
     * Id, unit, name, issuing jurisdiction, credits issued, registration date. The hydropower CCER was registered
     * before 2024-01-22 and cannot be surrendered for 2025 (CMP-CCER-REGISTERED-AFTER).
     */
    private static final String[][] PROJECTS = {
        {"SCFOR01", "FSC-SC-2024-SCFOR01", "Longmen Mountains Afforestation Project", "SC", "180000", "2024-05-10"},
        {"CQAGR01", "ASC-CQ-2024-CQAGR01", "Tongnan Rice Paddy Methane Cooperative", "CQ", "45000", "2024-06-20"},
        {"PV0231", "CCER-2024-PV0231", "Liangshan Photovoltaic Power Station", "CY", "260000", "2024-03-18"},
        {"HY0117", "CCER-2024-HY0117", "Yalong River Small Hydropower", "CY", "120000", "2023-11-01"},
    };

    private void marketAccounts() {
        for (String[] m : MEMBERS) {
            String j = m[1];
            run(OPERATOR, new RegisterActor(m[0] + "-trader", Role.MEMBER, j));
            run(OPERATOR, new OpenAccount(m[0] + "-TRADING", AccountType.MEMBER_TRADING, j, m[0], m[2]));
            run(OPERATOR, new AddRepresentative(m[0] + "-TRADING", m[0] + "-trader"));
            for (int c = 1; c <= 2; c++) {
                String client = m[0] + "-C" + c;
                run(OPERATOR, new OpenAccount(client, AccountType.CLIENT, j, client, m[2] + " client " + c));
                run(OPERATOR, new AddRepresentative(client, m[0] + "-trader"));
            }
        }
        for (String[] p : PROJECTS) {
            // CCER projects are issued by the unified authority; their developers sit in Sichuan.
            String j = p[3].equals(CY) ? SC : p[3];
            String developer = "PD-" + p[0];
            run(OPERATOR, new RegisterActor(developer + "-rep", Role.REPRESENTATIVE, j));
            run(OPERATOR, new OpenAccount(developer, AccountType.PROJECT_DEVELOPER, j, developer, p[2]));
            run(OPERATOR, new AddRepresentative(developer, developer + "-rep"));
        }
    }

    /**
     * The 2024 allowances, allocated in full before the allocation context ran (the year before the system), and
     * the project developers' credits.
     */
    private void issue2024AndCredits() {
        for (String j : List.of(SC, CQ)) {
            long cap2024 = 0;
            for (DemoEntity e : entitiesOf(j)) {
                cap2024 += e.allocationTonnes() * 96 / 100;
            }
            String issuance = governmentAccount(j, AccountType.GOVERNMENT_ISSUANCE);
            run(regulatorOf(j), new IssueUnits(issuance, j + "EA-2024", cap2024));
            for (DemoEntity e : entitiesOf(j)) {
                allocate(j, issuance, e, 2024, e.allocationTonnes() * 96 / 100);
            }
        }
        for (String[] p : PROJECTS) {
            String j = p[3];
            run(regulatorOf(j), new IssueUnits("PD-" + p[0], p[1], Long.parseLong(p[4])));
            // The project's record for surrender: every vintage shares it (CCER-PV0231, FSC-SC-SCFOR01).
            String project = p[1].replaceFirst("-20[0-9][0-9]-", "-");
            run(regulatorOf(j), new RecordOffsetProject(project, LocalDate.parse(p[5]).toEpochDay(), null));
        }
    }

    /** Free allocation in tranches within the system's per-transfer limit (REG-TRANSFER-LIMIT-SYSTEM). */
    private void allocate(String j, String issuance, DemoEntity e, int vintage, long tonnes) {
        long tranche = 2_000_000;
        for (int part = 1; tonnes > 0; part++) {
            long quantity = Math.min(tranche, tonnes);
            run(officerOf(j), new ProposeTransfer("ALLOC-" + vintage + "-" + e.id() + "-" + part, issuance,
                    e.holdingAccount(), j + "EA-" + vintage, quantity));
            tonnes -= quantity;
        }
    }

    /**
     * Every entity surrenders its confirmed 2024 obligation but two, which surrender 90 % of it and will be short at
     * the close after the deadline (31 December 2025).
     */
    private void compliance2024() {
        Map<String, Long> obligations = script.query(engine -> {
            Mrv mrv = engine.context(Mrv.class);
            Map<String, Long> byEntity = new java.util.HashMap<>();
            entities.forEach(e -> byEntity.put(e.id(), mrv.confirmedReport(e.id(), 2024).drafted().obligationTonnes()));
            return byEntity;
        });
        int n = 0;
        for (DemoEntity e : entities) {
            long obligation = obligations.get(e.id());
            long surrender = n++ % 25 == 7 ? obligation * 9 / 10 : obligation;
            run(DemoReporting.representative(e), new SurrenderForCompliance(e.id(), 2024, e.jurisdiction() + "EA-2024",
                    surrender));
        }
    }

    /** Long and short entities in each jurisdiction trade between themselves, four-eyes approved. */
    private void tradesBetweenEntities() {
        for (String j : List.of(SC, CQ)) {
            // Only regional entities hold 2025 allowances: the national sectors' giants got none here.
            List<DemoEntity> list = entitiesOf(j).stream().filter(e -> !DemoMarket.nationalSector(e)).toList();
            for (int i = 0; i + 1 < list.size(); i += 3) {
                DemoEntity seller = list.get(i);
                DemoEntity buyer = list.get(i + 1);
                long quantity = Math.max(1_000, seller.allocationTonnes() / 40 / 100 * 100);
                String id = "T-" + seller.id() + "-" + buyer.id();
                run(seller.id() + "-rep1", new ProposeTransfer(id, seller.holdingAccount(), buyer.holdingAccount(),
                        j + "EA-2025", quantity));
                run(seller.id() + "-rep2", new ApproveTransfer(id));
            }
        }
        run("PD-PV0231-rep", new ProposeTransfer("T-PV0231-M01", "PD-PV0231", "M01-TRADING", "CCER-2024-PV0231", 60_000));
        run("PD-SCFOR01-rep", new ProposeTransfer("T-SCFOR01-M03", "PD-SCFOR01", "M03-TRADING",
                "FSC-SC-2024-SCFOR01", 40_000));
    }

    private void trustedLists() {
        for (DemoEntity e : entities.subList(0, 6)) {
            DemoEntity partner = entities.get(entities.size() - 1 - entities.indexOf(e));
            run(e.id() + "-rep1", new ProposeTrustedAccount(e.holdingAccount(), partner.holdingAccount()));
            run(e.id() + "-rep2", new ApproveTrustedAccount(e.holdingAccount(), partner.holdingAccount()));
        }
    }

    private void pledgesRetirementsAndFreezes() {
        DemoEntity glass = firstOf("building materials");
        DemoEntity brewery = firstOf("other");
        run(glass.id() + "-rep1", new LockUnits("PLEDGE-" + glass.id(), glass.holdingAccount(),
                glass.jurisdiction() + "EA-2025", glass.allocationTonnes() / 5, "Bank of Chongqing"));
        run(brewery.id() + "-rep1", new LockUnits("PLEDGE-" + brewery.id(), brewery.holdingAccount(),
                brewery.jurisdiction() + "EA-2025", brewery.allocationTonnes() / 8, "Chengdu Rural Commercial Bank"));
        run("M01-trader", new RetireUnits("M01-TRADING", "CCER-2024-PV0231", 2_500,
                "2025 Chengdu Universiade Legacy Forum", "carbon-neutral event"));
        DemoEntity paper = firstOf("paper");
        run(regulatorOf(paper.jurisdiction()), new FreezeAccount(paper.holdingAccount(),
                "judicial freeze: Chongqing No. 5 Intermediate People's Court ruling (demo)"));
    }

    /** Transfers that a visitor sees waiting: one for its second approver, one in its delay. */
    private void openProposals() {
        DemoEntity glass = firstOf("building materials");
        DemoEntity chemicals = firstOf("chemicals");
        run(glass.id() + "-rep1", new ProposeTransfer("T-PENDING-1", glass.holdingAccount(), chemicals.holdingAccount(),
                glass.jurisdiction() + "EA-2025", 10_000));
        DemoEntity aviation = firstOf("aviation");
        run(aviation.id() + "-rep1", new ProposeTransfer("T-PENDING-2", aviation.holdingAccount(),
                chemicals.holdingAccount(), aviation.jurisdiction() + "EA-2025", 8_000));
    }

    private DemoEntity firstOf(String sector) {
        return entities.stream().filter(e -> e.sector().equals(sector)).findFirst().orElseThrow();
    }

    /** 2024 emissions: 97–100 % of the 2024 allocation, so that every entity can cover them from its holding. */
    static long emissions2024(DemoEntity e) {
        long allocated = e.allocationTonnes() * 96 / 100;
        return allocated * (97 + Integer.parseInt(e.id().substring(4)) % 4) / 100;
    }

    private List<DemoEntity> entitiesOf(String j) {
        List<DemoEntity> list = new ArrayList<>();
        entities.stream().filter(e -> e.jurisdiction().equals(j)).forEach(list::add);
        return list;
    }

    private void at(int year, int month, int day, int hour, int minute) {
        script.at(LocalDateTime.of(year, month, day, hour, minute));
    }

    private void run(String actor, Command command) {
        script.run(actor, command);
    }
}
