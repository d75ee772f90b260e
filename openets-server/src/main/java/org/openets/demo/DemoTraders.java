package org.openets.demo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Who trades in the demo market, through which member, and what each side starts with. In the seeded weeks the
 * roles are fixed: large regional emitters and the credit holders sell, another in each jurisdiction and the members'
 * own and client accounts buy. Nobody both buys and sells one instrument there, so the one-day holding rule
 * (EXC-HOLDING-T-PLUS-1) never refuses an order and no beneficial owner meets itself in the book. The live
 * trader later lets every account do both.
 */
final class DemoTraders {

    static final String SCEA = "SCEA-2025";
    static final String CQEA = "CQEA-2025";
    static final String CCER = "CCER-2024-PV0231";
    static final List<String> SYMBOLS = List.of(SCEA, CQEA, CCER);

    private static final long CNY = 100;
    private static final long MILLION_CNY = 1_000_000 * CNY;

    /** A trading account, the member actor who places its orders, and the money it starts with. */
    record Trader(String accountId, String memberId, long depositFen) {
    }

    /** The sellers and buyers of one instrument in the seeded weeks, and the units each seller starts with. */
    record Sides(String symbol, List<Trader> sellers, List<Trader> buyers, long startingUnits) {
    }

    private final List<Trader> all = new ArrayList<>();
    private final List<Sides> sides = new ArrayList<>();

    DemoTraders(List<DemoEntity> entities) {
        // Power, cement, steel and aluminium makers of this size are key emitters on the national list and trade
        // there, not here (MRV-KEY-EMITTER-THRESHOLD-TONNES): the four largest other emitters of each jurisdiction
        // sell and the fifth buys.
        List<DemoEntity> sc = largestRegional(entities, "SC");
        List<DemoEntity> cq = largestRegional(entities, "CQ");
        List<Trader> scSellers = traders(sc.subList(0, 4), "M01", "M03", 20 * MILLION_CNY);
        List<Trader> cqSellers = traders(cq.subList(0, 4), "M02", "M04", 20 * MILLION_CNY);
        Trader scBuyer = traders(sc.subList(4, 5), "M03", "M01", 300 * MILLION_CNY).get(0);
        Trader cqBuyer = traders(cq.subList(4, 5), "M04", "M02", 300 * MILLION_CNY).get(0);
        Trader developer = add(new Trader("PD-PV0231", "M01-trader", 5 * MILLION_CNY));
        List<Trader> members = new ArrayList<>();
        for (String m : List.of("M01", "M02", "M03", "M04")) {
            members.add(add(new Trader(m + "-TRADING", m + "-trader", 200 * MILLION_CNY)));
            members.add(add(new Trader(m + "-C1", m + "-trader", 50 * MILLION_CNY)));
            members.add(add(new Trader(m + "-C2", m + "-trader", 50 * MILLION_CNY)));
        }
        sides.add(new Sides(SCEA, scSellers, List.of(scBuyer, member(members, "M01-C1"), member(members, "M03-C1"),
                member(members, "M03-TRADING"), member(members, "M02-C2")), 300_000));
        sides.add(new Sides(CQEA, cqSellers, List.of(cqBuyer, member(members, "M02-C1"), member(members, "M04-C1"),
                member(members, "M04-TRADING"), member(members, "M01-C2")), 300_000));
        sides.add(new Sides(CCER, List.of(developer, member(members, "M01-TRADING")), List.of(scBuyer, cqBuyer,
                member(members, "M02-TRADING"), member(members, "M03-C2"), member(members, "M04-C2")), 50_000));
    }

    /** Every account admitted to trading, in the order they are admitted. */
    List<Trader> all() {
        return all;
    }

    List<Sides> sides() {
        return sides;
    }

    /** The member actor who places the account's orders. */
    String memberOf(String accountId) {
        return all.stream().filter(t -> t.accountId().equals(accountId)).findFirst().orElseThrow().memberId();
    }

    Sides sides(String symbol) {
        return sides.stream().filter(s -> s.symbol().equals(symbol)).findFirst().orElseThrow();
    }

    /** The jurisdiction's entities outside the national sectors, largest allocation first (ties by id). */
    private static List<DemoEntity> largestRegional(List<DemoEntity> entities, String jurisdiction) {
        return entities.stream()
                .filter(e -> e.jurisdiction().equals(jurisdiction) && !DemoMarket.nationalSector(e))
                .sorted(Comparator.comparingLong(DemoEntity::allocationTonnes).reversed()
                        .thenComparing(DemoEntity::id))
                .toList();
    }

    /**
     * The entities as traders, alternately through two members. None of them is the frozen paper mill, which is
     * never among the largest.
     */
    private List<Trader> traders(List<DemoEntity> chosen, String firstMember, String secondMember, long depositFen) {
        List<Trader> traders = new ArrayList<>();
        for (DemoEntity e : chosen) {
            String member = (traders.size() % 2 == 0 ? firstMember : secondMember) + "-trader";
            traders.add(add(new Trader(e.holdingAccount(), member, depositFen)));
        }
        return traders;
    }

    private Trader add(Trader trader) {
        all.add(trader);
        return trader;
    }

    private static Trader member(List<Trader> members, String accountId) {
        return members.stream().filter(t -> t.accountId().equals(accountId)).findFirst().orElseThrow();
    }
}
