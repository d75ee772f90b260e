package org.openets.store;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.openets.clearing.DepositFunds;
import org.openets.core.Command;
import org.openets.exchange.CancelOrder;
import org.openets.exchange.ListInstrument;
import org.openets.exchange.MoveOrder;
import org.openets.exchange.MoveUnitsToTrading;
import org.openets.exchange.OrderType;
import org.openets.exchange.PlaceOrder;
import org.openets.exchange.ReduceOrder;
import org.openets.exchange.RegisterTradingAccount;
import org.openets.exchange.Side;
import org.openets.exchange.TimeInForce;
import org.openets.registry.AccountType;
import org.openets.registry.IssueUnits;
import org.openets.registry.OpenAccount;
import org.openets.rulebook.AmendRule;
import org.openets.rulebook.RegisterActor;
import org.openets.rulebook.Role;
import org.openets.rulebook.Rulebook;

/**
 * Two weeks of listed trading in {@value #SYMBOL}, played through the real engine by any {@link Market}: an
 * opening call auction, continuous trades in several minutes of two days, an order filled across days, IOC,
 * reduce, move, cancels of resting and part-filled orders, day orders expiring, and one trade the next week.
 * Fees are 5 bp a side. Sellers {@code S-1} and {@code S-2} (member {@code broker-a}), buyers {@code B-1} and
 * {@code B-2} (member {@code broker-b}), each of its own holder. The expected figures are in
 * {@link ExchangeReadModelSpec}.
 */
public final class ExchangeScript {

    public static final String SYMBOL = "SCEA";
    public static final String UNIT = "SCEA-2025";
    public static final long REFERENCE_FEN = 6_000;
    public static final LocalDate MONDAY = LocalDate.of(2026, 11, 30);
    public static final LocalDate TUESDAY = MONDAY.plusDays(1);
    public static final LocalDate NEXT_MONDAY = MONDAY.plusWeeks(1);
    public static final long DEPOSIT_FEN = 100_000_000;

    /** Where the script runs: a journaling engine, or a node over HTTP. */
    public interface Market {
        /** Moves the clock to {@code chinaTime} and lets every session change due by then happen. */
        void at(LocalDateTime chinaTime);

        void ok(String actor, Command command);
    }

    private ExchangeScript() {
    }

    public static void play(Market market) {
        setUp(market);
        monday(market);
        tuesday(market);
        nextMonday(market);
    }

    private static void setUp(Market m) {
        String system = Rulebook.SYSTEM_ACTOR;
        m.at(MONDAY.minusDays(3).atTime(16, 0));
        m.ok(system, new RegisterActor("reg-cy", Role.REGULATOR, "CY"));
        m.ok(system, new RegisterActor("reg-sc", Role.REGULATOR, "SC"));
        m.ok(system, new RegisterActor("broker-a", Role.MEMBER, "SC"));
        m.ok(system, new RegisterActor("broker-b", Role.MEMBER, "SC"));
        for (String fee : new String[] {"CLR-FEE-BUY-BPS", "CLR-FEE-SELL-BPS"}) {
            m.ok("reg-cy", new AmendRule(fee, 5, MONDAY, "Fee schedule 2026", "Art 5"));
        }
        for (String account : new String[] {"S-1", "S-2", "B-1", "B-2"}) {
            m.ok(system, new OpenAccount(account, AccountType.ENTITY_HOLDING, "SC", "H-" + account,
                    "Holder of " + account));
            m.ok(system, new RegisterTradingAccount(account, account.startsWith("S") ? "broker-a" : "broker-b"));
        }
        m.ok("reg-sc", new IssueUnits("S-1", UNIT, 50_000));
        m.ok("reg-sc", new IssueUnits("S-2", UNIT, 20_000));
        m.ok("broker-a", new MoveUnitsToTrading("S-1", UNIT, 50_000));
        m.ok("broker-a", new MoveUnitsToTrading("S-2", UNIT, 20_000));
        m.ok(system, new DepositFunds("B-1", DEPOSIT_FEN, "bank ref B-1"));
        m.ok(system, new DepositFunds("B-2", DEPOSIT_FEN, "bank ref B-2"));
        m.ok(system, new ListInstrument(SYMBOL, UNIT, REFERENCE_FEN, 1, 0));
    }

    private static void monday(Market m) {
        m.at(MONDAY.atTime(9, 20));
        m.ok("broker-a", sell("S1-A", "S-1", 1_000, 6_020, TimeInForce.DAY));
        m.ok("broker-b", buy("B1-A", "B-1", 600, 6_050, TimeInForce.DAY));
        m.at(MONDAY.atTime(9, 30));     // opening uncross: 600 @ 60.20
        m.at(MONDAY.atTime(9, 31));
        m.ok("broker-b", buy("B2-A", "B-2", 500, 6_030, TimeInForce.DAY));   // 400 @ 60.20, 100 rest
        m.ok("broker-a", sell("S2-A", "S-2", 300, 6_030, TimeInForce.GTC));  // 100 @ 60.30, 200 rest
        m.at(MONDAY.atTime(9, 35));
        m.ok("broker-b", buy("B1-B", "B-1", 200, 6_040, TimeInForce.IOC));   // 200 @ 60.30
        m.ok("broker-b", buy("B1-C", "B-1", 100, 5_900, TimeInForce.DAY));
        m.at(MONDAY.atTime(10, 0));
        m.ok("broker-b", new CancelOrder("B1-C"));
        m.at(MONDAY.atTime(13, 5));
        m.ok("broker-a", sell("S1-B", "S-1", 500, 6_100, TimeInForce.GTC));
        m.ok("broker-b", buy("B2-B", "B-2", 200, 6_100, TimeInForce.DAY));   // 200 @ 61.00
        m.at(MONDAY.atTime(13, 10));
        m.ok("broker-b", buy("B2-C", "B-2", 100, 5_950, TimeInForce.DAY));   // expires at the close
        m.at(MONDAY.atTime(15, 0));
    }

    private static void tuesday(Market m) {
        m.at(TUESDAY.atTime(9, 31));
        m.ok("broker-b", buy("B1-D", "B-1", 300, 6_100, TimeInForce.DAY));   // 300 @ 61.00 fills Monday's S1-B
        m.at(TUESDAY.atTime(9, 32));
        m.ok("broker-a", sell("S2-B", "S-2", 500, 6_200, TimeInForce.GTC));
        m.at(TUESDAY.atTime(9, 33));
        m.ok("broker-a", new ReduceOrder("S2-B", 100));
        m.at(TUESDAY.atTime(9, 34));
        m.ok("broker-a", new MoveOrder("S2-B", 6_150));
        m.at(TUESDAY.atTime(10, 15));
        m.ok("broker-b", buy("B2-D", "B-2", 400, 6_150, TimeInForce.DAY));   // 400 @ 61.50
        m.at(TUESDAY.atTime(10, 20));
        m.ok("broker-a", sell("S1-C", "S-1", 300, 6_150, TimeInForce.GTC));
        m.at(TUESDAY.atTime(10, 21));
        m.ok("broker-b", buy("B1-E", "B-1", 100, 6_150, TimeInForce.IOC));   // 100 @ 61.50
        m.at(TUESDAY.atTime(10, 25));
        m.ok("broker-a", new CancelOrder("S1-C"));
        m.at(TUESDAY.atTime(15, 0));
    }

    private static void nextMonday(Market m) {
        m.at(NEXT_MONDAY.atTime(9, 45));
        m.ok("broker-b", sell("B1-F", "B-1", 100, 6_200, TimeInForce.DAY));
        m.ok("broker-b", buy("B2-E", "B-2", 300, 6_200, TimeInForce.DAY));   // 100 @ 62.00, 200 rest
        m.ok("broker-a", sell("S2-C", "S-2", 100, 6_300, TimeInForce.GTC));
    }

    private static PlaceOrder buy(String orderId, String account, long quantity, long priceFen, TimeInForce tif) {
        return new PlaceOrder(orderId, account, SYMBOL, Side.BUY, OrderType.LIMIT, tif, priceFen, quantity);
    }

    private static PlaceOrder sell(String orderId, String account, long quantity, long priceFen, TimeInForce tif) {
        return new PlaceOrder(orderId, account, SYMBOL, Side.SELL, OrderType.LIMIT, tif, priceFen, quantity);
    }
}
