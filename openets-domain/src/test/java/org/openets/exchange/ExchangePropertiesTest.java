package org.openets.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openets.exchange.ExchangeFixture.SYMBOL;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.openets.clearing.FundsAccount;
import org.openets.core.Command;
import org.openets.core.Event;
import org.openets.core.Outcome;
import org.openets.core.StateHasher;
import org.openets.engine.Engine;
import org.openets.engine.StandardEngine;
import org.openets.rulebook.AmendRule;
import org.openets.rulebook.Rule;

/**
 * Invariants over random order streams (issue: tests): the book is never crossed at rest; quantity is conserved
 * per order (filled + open + cancelled = entered); every trade is within the band; funds and units are
 * conserved across settlement, nothing goes negative, and reservations equal what open orders hold; replaying
 * the accepted commands, or restoring a snapshot, gives the same state.
 */
class ExchangePropertiesTest {

    private static final String[] ACCOUNTS = {"A", "B", "C", "D"};

    record Step(int kind, int account, int side, long price, long quantity, int tif, int target) {
    }

    @Provide
    Arbitrary<List<Step>> streams() {
        Arbitrary<Step> step = Combinators.combine(Arbitraries.integers().between(0, 10),
                Arbitraries.integers().between(0, 3), Arbitraries.integers().between(0, 1),
                Arbitraries.frequencyOf(Tuple.of(8, Arbitraries.longs().between(6_200, 6_212)),
                        Tuple.of(2, Arbitraries.longs().between(5_560, 6_900))),
                Arbitraries.frequencyOf(Tuple.of(8, Arbitraries.longs().between(1, 40)),
                        Tuple.of(2, Arbitraries.longs().between(-2, 400))),
                Arbitraries.integers().between(0, 3), Arbitraries.integers().between(0, 1_000))
                .as(Step::new);
        return step.list().ofMinSize(1).ofMaxSize(300);
    }

    /** Prices cluster within a few ticks so that books are deep and takers sweep several levels. */
    @Property(tries = 60)
    void invariantsHoldAfterEveryCommand(@ForAll("streams") List<Step> steps, @ForAll boolean withFees) {
        ExchangeFixture f = ExchangeFixture.market();
        if (withFees) {
            f.ok("reg-cy", new AmendRule(Rule.CLR_FEE_BUY_BPS.id().value(), 7, LocalDate.of(2026, 11, 30), "f", "1"));
            f.ok("reg-cy", new AmendRule(Rule.CLR_FEE_SELL_BPS.id().value(), 3, LocalDate.of(2026, 11, 30), "f", "1"));
        }
        Map<String, Long> entered = new HashMap<>();
        Map<String, Long> filled = new HashMap<>();
        Map<String, Long> cancelled = new HashMap<>();
        int placed = 0;
        long[] band = {5_613, 6_859};
        java.time.LocalDate day = java.time.LocalDate.of(2026, 11, 30);
        for (Step s : steps) {
            if (s.kind() == 10 && s.target() % 8 == 0) {
                // The next trading day: the close, day-order expiry, the opening call and a new band.
                do {
                    day = day.plusDays(1);
                } while (day.getDayOfWeek().getValue() > 5);
                List<Event> roll = f.tickAt(day.atTime(10, 0));
                tally(roll, entered, filled, cancelled, band);
                for (Event e : roll) {
                    if (e instanceof TradingDayClosed closed) {
                        band[0] = (closed.closeFen() * 9 + 9) / 10;
                        band[1] = closed.closeFen() * 11 / 10;
                    }
                }
                checkInvariants(f, entered, filled, cancelled);
                continue;
            }
            String account = ACCOUNTS[s.account()];
            String member = ExchangeFixture.memberOf(account);
            String target = placed == 0 ? "none" : "o" + (s.target() % placed);
            Command command = switch (s.kind()) {
                case 0, 1, 2, 3, 4 -> new PlaceOrder("o" + placed++, account, SYMBOL, Side.values()[s.side()],
                        OrderType.LIMIT, TimeInForce.values()[s.tif()], s.price(), s.quantity());
                case 5, 6 -> new CancelOrder(target);
                case 7, 10 -> new MoveOrder(target, s.price());
                case 8 -> new ReduceOrder(target, s.quantity());
                default -> new ReplaceOrder(target, s.price(), s.quantity());
            };
            String before = f.hash();
            Outcome outcome = f.apply(member, command);
            if (outcome instanceof Outcome.Rejected) {
                assertThat(f.hash()).as("a rejection changes nothing").isEqualTo(before);
                if (s.kind() <= 4) {
                    placed--;
                }
                continue;
            }
            if (outcome instanceof Outcome.Accepted accepted) {
                tally(accepted.events(), entered, filled, cancelled, band);
            }
            checkInvariants(f, entered, filled, cancelled);
        }
        f.assertMovementsMatchBalances();
        assertThat(f.replayedHash()).isEqualTo(f.hash());
        Engine restored = StandardEngine.create().restore(f.engine.snapshot());
        assertThat(StateHasher.hex(restored.stateHash())).isEqualTo(f.hash());
    }

    private static void tally(List<Event> events, Map<String, Long> entered, Map<String, Long> filled,
                              Map<String, Long> cancelled, long[] band) {
        for (Event e : events) {
            if (e instanceof OrderAccepted a) {
                entered.merge(a.orderId(), a.quantity(), Long::sum);
            } else if (e instanceof TradeExecuted t) {
                filled.merge(t.buyOrderId(), t.quantity(), Long::sum);
                filled.merge(t.sellOrderId(), t.quantity(), Long::sum);
                assertThat(t.priceFen()).as("trade price within the day's band").isBetween(band[0], band[1]);
            } else if (e instanceof OrderCancelled c) {
                cancelled.merge(c.orderId(), c.cancelledQuantity(), Long::sum);
            } else if (e instanceof OrderAmended a) {
                long was = entered.get(a.orderId()) - filled.getOrDefault(a.orderId(), 0L)
                        - cancelled.getOrDefault(a.orderId(), 0L);
                long change = a.openQuantity() - was;
                if (change > 0) {
                    entered.merge(a.orderId(), change, Long::sum);
                } else {
                    cancelled.merge(a.orderId(), -change, Long::sum);
                }
            }
        }
    }

    private static void checkInvariants(ExchangeFixture f, Map<String, Long> entered, Map<String, Long> filled,
                                        Map<String, Long> cancelled) {
        Depth depth = f.depth();
        if (!depth.bids().isEmpty() && !depth.asks().isEmpty()) {
            assertThat(depth.bids().get(0).priceFen()).as("book never crossed").isLessThan(
                    depth.asks().get(0).priceFen());
        }
        for (Map.Entry<String, Long> order : entered.entrySet()) {
            OrderView view = f.exchange().order(order.getKey());
            long open = view == null ? 0 : view.openQuantity();
            assertThat(filled.getOrDefault(order.getKey(), 0L) + open + cancelled.getOrDefault(order.getKey(), 0L))
                    .as("filled + open + cancelled = entered for %s", order.getKey()).isEqualTo(order.getValue());
        }
        long money = 0;
        for (FundsAccount account : f.clearing().accounts()) {
            assertThat(account.availableFen()).isNotNegative();
            assertThat(account.reservedFen()).isNotNegative();
            money += account.availableFen() + account.reservedFen();
        }
        assertThat(money).as("money conserved").isEqualTo(4 * ExchangeFixture.FUNDS);
        long units = 0;
        for (String account : ACCOUNTS) {
            long held = f.units(account);
            TradingAccountView view = f.exchange().tradingAccount(account, f.now());
            long reservedUnits = view.positions().isEmpty() ? 0 : view.positions().get(0).reservedForSells();
            long reservedMoney = 0;
            long sellOpen = 0;
            for (OrderView o : f.exchange().openOrders(account)) {
                if (o.side() == Side.BUY) {
                    reservedMoney += o.reservedFen();
                } else {
                    sellOpen += o.openQuantity();
                }
            }
            assertThat(f.reserved(account)).as("reserved money = open buy orders' reservations").isEqualTo(
                    reservedMoney);
            assertThat(reservedUnits).as("reserved units = open sell orders").isEqualTo(sellOpen);
            assertThat(reservedUnits).isLessThanOrEqualTo(held);
            units += held;
        }
        assertThat(units).as("units conserved").isEqualTo(4 * ExchangeFixture.UNITS);
        long pooled = f.engine.context(org.openets.registry.Registry.class).tradingPool(SYMBOL).stream()
                .mapToLong(b -> b.size()).sum();
        assertThat(pooled).as("the pool holds the serials of every trading position").isEqualTo(units);
    }
}
