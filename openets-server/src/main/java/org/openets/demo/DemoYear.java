package org.openets.demo;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openets.auction.AnnounceAuction;
import org.openets.auction.CloseAuction;
import org.openets.auction.ReserveBasis;
import org.openets.auction.SubmitBid;
import org.openets.compliance.CloseCompliance;
import org.openets.compliance.Compliance;
import org.openets.compliance.ComplianceStanding;
import org.openets.compliance.ComplianceView;
import org.openets.compliance.ImposeShortfallFine;
import org.openets.compliance.SurrenderForCompliance;
import org.openets.core.MarketTime;
import org.openets.core.Position;
import org.openets.engine.Engine;
import org.openets.exchange.CancelOrder;
import org.openets.exchange.Exchange;
import org.openets.exchange.MoveUnitsFromTrading;
import org.openets.exchange.OrderView;
import org.openets.mrv.Mrv;
import org.openets.mrv.ReportVersion;
import org.openets.registry.AccountType;
import org.openets.registry.ApproveTransfer;
import org.openets.registry.ProposeTransfer;
import org.openets.registry.Registry;

/**
 * A whole compliance year on the demo market (DOMAIN §5–§8), every step a journaled command on the demo's clock:
 * the year's allocation (opened and pre-allocated in January; the demo does 2025's itself), a primary auction in
 * September where the entities short of allowances bid, the year's reports in February of the next year, verified
 * in April and confirmed in May, the true-up in June, surrender in December, and in the first week of the year
 * after, the close of the deadline with its shortfalls, fines and deductions. The previous year is closed on the
 * way, a year after its own deadline passes.
 */
final class DemoYear {

    private static final String CCER = "CCER-2024-PV0231";
    /** The multiple a regulator sets for a shortfall fine: the lowest REG24 Art 24 allows, for a first offence. */
    private static final String FINE_MULTIPLE = "5";

    private final DemoScript script;
    private final List<DemoEntity> entities;
    private final DemoReporting reporting;
    private final DemoAllocation allocation;
    private final DemoTraders traders;

    DemoYear(DemoScript script, List<DemoEntity> entities, DemoReporting reporting, DemoAllocation allocation) {
        this.script = script;
        this.entities = entities;
        this.reporting = reporting;
        this.allocation = allocation;
        this.traders = new DemoTraders(entities);
    }

    /** Runs {@code year} from its allocation (unless already opened) to its fines. */
    void run(int year) {
        if (!opened(year)) {
            script.advanceTo(LocalDateTime.of(year, 1, 6, 9, 0));
            allocation.open(year);
        }
        script.advanceTo(LocalDateTime.of(year, 9, 15, 9, 0));
        auction(year);
        script.advanceTo(LocalDateTime.of(year + 1, 1, 5, 9, 0));
        closeAndFine(year - 1);
        script.advanceTo(LocalDateTime.of(year + 1, 2, 10, 10, 0));
        reporting.draftAndSubmit(year, e -> emissions(e, year));
        script.advanceTo(LocalDateTime.of(year + 1, 4, 15, 10, 0));
        reporting.verify(year);
        script.advanceTo(LocalDateTime.of(year + 1, 5, 20, 10, 0));
        reporting.confirm(year);
        script.advanceTo(LocalDateTime.of(year + 1, 6, 30, 10, 0));
        allocation.trueUp(year);
        script.advanceTo(LocalDateTime.of(year + 1, 11, 16, 10, 0));
        freeTradingPositions(year);
        script.advanceTo(LocalDateTime.of(year + 1, 11, 18, 10, 0));
        coverShortPositions(year);
        script.advanceTo(LocalDateTime.of(year + 1, 12, 10, 10, 0));
        surrender(year);
        script.advanceTo(LocalDateTime.of(year + 2, 1, 4, 9, 0));
        closeAndFine(year);
        script.flush();
    }

    /** An entity's emissions of a year after 2024: its 2024 emissions changed by −2 % to +3 %, by its number. */
    static long emissions(DemoEntity e, int year) {
        long base = DemoSeeder.emissions2024(e);
        int n = Integer.parseInt(e.id().substring(4)) + year;
        return base * (98 + n % 6) / 100;
    }

    private boolean opened(int year) {
        return script.query(engine -> engine.context(org.openets.allocation.Allocation.class).year("SC", year) != null);
    }

    /**
     * Each jurisdiction auctions what its auction account holds of the year's allowances, at an explicit reserve a
     * little under the last close; the regional entities that trade bid for more than is offered, at prices
     * around the close, so the auction clears with a cover above one.
     */
    private void auction(int year) {
        for (String j : List.of("SC", "CQ")) {
            long now = script.now();
            String unit = j + "EA-" + year;
            String account = DemoSeeder.governmentAccount(j, AccountType.AUCTION);
            long[] market = script.query(engine -> new long[] {
                    engine.context(Registry.class).balance(account, unit, Position.AVAILABLE),
                    engine.context(Exchange.class).instrument(unit, now) == null ? 4_000
                            : engine.context(Exchange.class).instrument(unit, now).referencePriceFen()});
            long volume = market[0] / 500 * 500;
            if (volume == 0) {
                continue;
            }
            long reserve = market[1] * 95 / 100;
            String auctionId = "AUC-" + j + "-" + year + "-09";
            script.run(DemoSeeder.regulatorOf(j), new AnnounceAuction(auctionId, j, unit, account, volume,
                    ReserveBasis.EXPLICIT, reserve, now, now + 2 * 3_600_000L));
            List<DemoTraders.Trader> bidders = entityTraders(j);
            for (int i = 0; i < bidders.size(); i++) {
                DemoTraders.Trader t = bidders.get(i);
                long first = Math.max(500, volume * 15 / 100 / 500 * 500);
                long second = Math.max(500, volume * 10 / 100 / 500 * 500);
                script.run(t.memberId(), new SubmitBid(auctionId, auctionId + "-B" + i + "A", t.accountId(),
                        reserve + 150 + 25L * i, first));
                script.run(t.memberId(), new SubmitBid(auctionId, auctionId + "-B" + i + "B", t.accountId(),
                        reserve + 50 + 10L * i, second));
            }
            script.advanceTo(MarketTime.localDateTime(now + 2 * 3_600_000L));
            script.run(DemoSeeder.regulatorOf(j), new CloseAuction(auctionId, year * 100L + j.charAt(0)));
        }
    }

    /** The entity accounts admitted to trading in a jurisdiction. */
    private List<DemoTraders.Trader> entityTraders(String jurisdiction) {
        List<DemoTraders.Trader> found = new ArrayList<>();
        for (DemoTraders.Trader t : traders.all()) {
            if (jurisdictionOf(t.accountId()).equals(jurisdiction)) {
                found.add(t);
            }
        }
        return found;
    }

    /** The jurisdiction of an entity trader's holding account, or "" for a member's or developer's account. */
    private String jurisdictionOf(String accountId) {
        for (DemoEntity e : entities) {
            if (e.holdingAccount().equals(accountId)) {
                return e.jurisdiction();
            }
        }
        return "";
    }

    /**
     * Before surrendering, every trader withdraws its resting orders and brings its units back from the trading
     * position: only available units are surrendered or transferred.
     */
    private void freeTradingPositions(int year) {
        for (DemoTraders.Trader t : traders.all()) {
            List<OrderView> open = script.query(engine -> engine.context(Exchange.class).openOrders(t.accountId()));
            open.forEach(o -> script.run(t.memberId(), new CancelOrder(o.orderId())));
            for (String unit : List.of("SCEA-" + year, "CQEA-" + year, "SCEA-" + (year - 1), "CQEA-" + (year - 1), CCER)) {
                long inTrading = script.query(engine -> engine.context(Registry.class)
                        .balance(t.accountId(), unit, Position.TRADING));
                if (inTrading > 0) {
                    script.run(t.memberId(), new MoveUnitsFromTrading(t.accountId(), unit, inTrading));
                }
            }
        }
    }

    /**
     * Entities short of allowances buy what they lack over the counter from those with some to spare: the members'
     * own and client accounts that bought in the spring, then entities with a surplus; the registry transfers them
     * (four-eyes from entity accounts, after the delay to accounts not on a trusted list). The entities that mean to
     * be short, and the frozen one, buy nothing.
     */
    private void coverShortPositions(int year) {
        for (String j : List.of("SC", "CQ")) {
            String unit = j + "EA-" + year;
            Map<String, Long> spare = new LinkedHashMap<>();
            Map<String, Long> lacking = new LinkedHashMap<>();
            for (DemoTraders.Trader t : traders.all()) {
                if (jurisdictionOf(t.accountId()).isEmpty()) {
                    long held = script.query(engine -> engine.context(Registry.class)
                            .balance(t.accountId(), unit, Position.AVAILABLE));
                    if (held > 0) {
                        spare.put(t.accountId(), held);
                    }
                }
            }
            for (int n = 0; n < entities.size(); n++) {
                DemoEntity e = entities.get(n);
                if (!e.jurisdiction().equals(j) || deliberatelyShort(n)) {
                    continue;
                }
                Map<String, Long> plan = script.query(engine -> plan(engine, e, year));
                if (plan.isEmpty()) {
                    continue;
                }
                long position = eligible(plan) - plan.get("obligation");
                if (position < 0) {
                    lacking.put(e.holdingAccount(), -position);
                } else if (position > 0) {
                    spare.put(e.holdingAccount(), Math.min(position, plan.get(unit)));
                }
            }
            int transfers = 0;
            for (Map.Entry<String, Long> buyer : lacking.entrySet()) {
                long needed = buyer.getValue();
                for (Map.Entry<String, Long> seller : spare.entrySet()) {
                    long quantity = Math.min(needed, seller.getValue());
                    if (quantity <= 0 || seller.getKey().equals(buyer.getKey())) {
                        continue;
                    }
                    transfer("OTC-" + year + "-" + j + "-" + (++transfers), seller.getKey(), buyer.getKey(), unit,
                            quantity);
                    seller.setValue(seller.getValue() - quantity);
                    needed -= quantity;
                }
            }
        }
    }

    private void transfer(String transferId, String from, String to, String unit, long quantity) {
        String entity = from.endsWith("-HOLD") ? from.substring(0, from.length() - "-HOLD".length()) : null;
        if (entity == null) {
            script.run(traders.memberOf(from), new ProposeTransfer(transferId, from, to, unit, quantity));
        } else {
            script.run(entity + "-rep1", new ProposeTransfer(transferId, from, to, unit, quantity));
            script.run(entity + "-rep2", new ApproveTransfer(transferId));
        }
    }

    /** Units the plan can surrender: offsets up to the cap, then allowances. */
    private static long eligible(Map<String, Long> plan) {
        long total = 0;
        for (Map.Entry<String, Long> held : plan.entrySet()) {
            switch (held.getKey()) {
                case "obligation", "cap" -> { }
                case CCER -> total += Math.min(held.getValue(), plan.get("cap"));
                default -> total += held.getValue();
            }
        }
        return total;
    }

    private static boolean deliberatelyShort(int n) {
        return n % 25 == 11;
    }

    /**
     * Every regional entity covers its obligation from what it holds: CCERs first up to the 5 % cap, then last
     * year's allowances, then this year's. Two entities surrender only 90 % of what they owe, and a frozen account
     * surrenders nothing; both are short at the close.
     */
    private void surrender(int year) {
        for (int n = 0; n < entities.size(); n++) {
            DemoEntity e = entities.get(n);
            Map<String, Long> plan = script.query(engine -> plan(engine, e, year));
            if (plan.isEmpty()) {
                continue;
            }
            long budget = plan.remove("obligation") * (deliberatelyShort(n) ? 9 : 10) / 10;
            long cap = plan.remove("cap");
            for (Map.Entry<String, Long> held : plan.entrySet()) {
                long limit = held.getKey().equals(CCER) ? Math.min(cap, budget) : budget;
                long quantity = Math.min(held.getValue(), limit);
                if (quantity > 0) {
                    script.run(DemoReporting.representative(e), new SurrenderForCompliance(e.id(), year, held.getKey(),
                            quantity));
                    budget -= quantity;
                }
            }
        }
    }

    /** Obligation, offset cap and the eligible units available, in the order they are used; empty if none due. */
    private Map<String, Long> plan(Engine engine, DemoEntity e, int year) {
        Map<String, Long> plan = new LinkedHashMap<>();
        Mrv mrv = engine.context(Mrv.class);
        ReportVersion report = mrv.confirmedReport(e.id(), year);
        Registry registry = engine.context(Registry.class);
        if (report == null || mrv.nationallyListedIn(e.id(), year)
                || registry.account(e.holdingAccount()).frozen()) {
            return plan;
        }
        ComplianceView status = engine.context(Compliance.class).status(e.id(), year);
        plan.put("obligation", report.drafted().obligationTonnes());
        plan.put("cap", status.offsetCapTonnes());
        for (String unit : List.of(CCER, e.jurisdiction() + "EA-" + (year - 1), e.jurisdiction() + "EA-" + year)) {
            plan.put(unit, registry.balance(e.holdingAccount(), unit, Position.AVAILABLE));
        }
        return plan;
    }

    /** Closes {@code year} in both jurisdictions, if not yet closed, and fines every entity short of allowances. */
    private void closeAndFine(int year) {
        for (String j : List.of("SC", "CQ")) {
            boolean closed = script.query(engine -> engine.context(Compliance.class).closeSummary(j, year) != null);
            if (closed) {
                continue;
            }
            script.run(DemoSeeder.regulatorOf(j), new CloseCompliance(j, year));
            List<ComplianceView> shortEntities = script.query(engine -> engine.context(Compliance.class)
                    .statuses(year).stream()
                    .filter(s -> s.jurisdiction().equals(j) && s.standing() == ComplianceStanding.SHORTFALL).toList());
            for (ComplianceView s : shortEntities) {
                script.run(DemoSeeder.regulatorOf(j), new ImposeShortfallFine(s.entityId(), year, FINE_MULTIPLE));
            }
        }
    }
}
