package org.openets.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openets.exchange.ExchangeFixture.FUNDS;
import static org.openets.exchange.ExchangeFixture.SYMBOL;
import static org.openets.exchange.ExchangeFixture.UNITS;
import static org.openets.exchange.ExchangeFixture.only;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openets.core.Event;
import org.openets.rulebook.AmendRule;
import org.openets.rulebook.Rule;

/** Listed continuous trading (DOMAIN §2): priority, level limit, time in force, self-trade, amendments, DvP. */
class ContinuousTradingTest {

    private static final java.time.LocalDate TODAY = java.time.LocalDate.of(2026, 11, 30);

    private final ExchangeFixture f = ExchangeFixture.market();

    @Test
    void fillsAtTheRestingPriceInPriceThenTimePriority() {
        f.sell("s1", "C", 6_300, 100);
        f.sell("s2", "C", 6_250, 100);
        f.sell("s3", "C", 6_250, 100);
        List<TradeExecuted> trades = only(f.buy("b1", "A", 6_400, 250), TradeExecuted.class);

        assertThat(trades).extracting(TradeExecuted::sellOrderId, TradeExecuted::priceFen, TradeExecuted::quantity)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("s2", 6_250L, 100L),
                        org.assertj.core.groups.Tuple.tuple("s3", 6_250L, 100L),
                        org.assertj.core.groups.Tuple.tuple("s1", 6_300L, 50L));
        assertThat(trades).allSatisfy(t -> assertThat(t.aggressor()).isEqualTo(Side.BUY));
        assertThat(f.depth().asks()).containsExactly(new Depth.Level(6_300, 50, 1));
        assertThat(f.depth().bids()).isEmpty();
    }

    @Test
    void settlesUnitsAndMoneyInTheSameStep() {
        f.sell("s1", "C", 6_250, 100);
        f.buy("b1", "A", 6_400, 100);

        assertThat(f.units("A")).isEqualTo(UNITS + 100);
        assertThat(f.units("C")).isEqualTo(UNITS - 100);
        assertThat(f.available("A")).isEqualTo(FUNDS - 625_000);
        assertThat(f.reserved("A")).isZero();
        assertThat(f.available("C")).isEqualTo(FUNDS + 625_000);
        // Serials stay in the exchange's pool: it holds exactly the units of every trading position.
        org.openets.registry.Registry registry = f.engine.context(org.openets.registry.Registry.class);
        assertThat(registry.tradingPool(SYMBOL).stream().mapToLong(b -> b.size()).sum())
                .isEqualTo(4 * UNITS);
        // Units leaving the trading position take the pool's lowest serials.
        long lowest = registry.tradingPool(SYMBOL).get(0).start();
        UnitsMovedFromTrading out = only(f.ok("alice", new MoveUnitsFromTrading("A", SYMBOL, 150)),
                UnitsMovedFromTrading.class).get(0);
        assertThat(out.blocks()).containsExactly(new org.openets.registry.SerialBlock(lowest, lowest + 149));
        assertThat(registry.blocks("A", SYMBOL, org.openets.core.Position.AVAILABLE)).isEqualTo(out.blocks());
        assertThat(f.units("A")).isEqualTo(UNITS + 100 - 150);
    }

    @Test
    void aTakerTakesAtMostFiveLevelsAndTheRestThatStillCrossesIsCancelled() {
        for (int level = 0; level < 6; level++) {
            f.sell("s" + level, "C", 6_250 + level, 10);
        }
        List<Event> events = f.buy("b1", "A", 6_300, 100);

        assertThat(only(events, TradeExecuted.class)).extracting(TradeExecuted::priceFen)
                .containsExactly(6_250L, 6_251L, 6_252L, 6_253L, 6_254L);
        assertThat(only(events, OrderCancelled.class)).singleElement().satisfies(c -> {
            assertThat(c.reason()).isEqualTo(CancelReason.LEVEL_LIMIT);
            assertThat(c.cancelledQuantity()).isEqualTo(50);
        });
        assertThat(f.depth().asks()).containsExactly(new Depth.Level(6_255, 10, 1));
        assertThat(f.depth().bids()).isEmpty();
        assertThat(f.reserved("A")).isZero();
    }

    @Test
    void aTakerRestsWhatIsLeftWhenItNoLongerCrosses() {
        f.sell("s1", "C", 6_250, 10);
        f.sell("s2", "C", 6_260, 10);
        f.buy("b1", "A", 6_255, 30);

        assertThat(f.depth().bids()).containsExactly(new Depth.Level(6_255, 20, 1));
        assertThat(f.depth().asks()).containsExactly(new Depth.Level(6_260, 10, 1));
        assertThat(f.reserved("A")).isEqualTo(6_255 * 20);
    }

    @Test
    void immediateOrCancelFillsWhatItCanAndCancelsTheRest() {
        f.sell("s1", "C", 6_250, 40);
        List<Event> events = f.buy("b1", "A", 6_250, 100, TimeInForce.IOC);

        assertThat(only(events, TradeExecuted.class)).singleElement().extracting(TradeExecuted::quantity).isEqualTo(40L);
        assertThat(only(events, OrderCancelled.class)).singleElement()
                .satisfies(c -> assertThat(c.reason()).isEqualTo(CancelReason.IOC_REMAINDER));
        assertThat(f.depth().bids()).isEmpty();
        assertThat(f.reserved("A")).isZero();
    }

    @Test
    void fillOrKillFillsCompletelyOrDoesNothing() {
        f.sell("s1", "C", 6_250, 40);
        f.sell("s2", "B", 6_260, 40);
        String before = f.hash();
        long funds = f.available("A");

        List<Event> killed = f.buy("b1", "A", 6_260, 81, TimeInForce.FOK);
        assertThat(only(killed, TradeExecuted.class)).isEmpty();
        assertThat(only(killed, OrderCancelled.class)).singleElement()
                .satisfies(c -> assertThat(c.reason()).isEqualTo(CancelReason.FOK_UNFILLED));
        assertThat(f.available("A")).isEqualTo(funds);
        assertThat(f.depth().asks()).hasSize(2);

        List<Event> filled = f.buy("b2", "A", 6_260, 80, TimeInForce.FOK);
        assertThat(only(filled, TradeExecuted.class)).hasSize(2);
        assertThat(f.depth().asks()).isEmpty();
        assertThat(before).isNotEqualTo(f.hash());
    }

    @Test
    void aTakerStopsAtAnOrderOfItsOwnBeneficialOwner() {
        f.sell("s1", "C", 6_250, 10);
        f.sell("s2", "D", 6_250, 10);
        f.sell("s3", "C", 6_250, 10);
        List<Event> events = f.buy("b1", "A", 6_250, 30);

        assertThat(only(events, TradeExecuted.class)).extracting(TradeExecuted::sellOrderId).containsExactly("s1");
        assertThat(only(events, OrderCancelled.class)).singleElement().satisfies(c -> {
            assertThat(c.reason()).isEqualTo(CancelReason.SELF_TRADE);
            assertThat(c.cancelledQuantity()).isEqualTo(20);
        });
        assertThat(f.depth().asks()).containsExactly(new Depth.Level(6_250, 20, 2));
    }

    @Test
    void reducingKeepsTimePriorityAndMovingLosesIt() {
        f.sell("s1", "C", 6_250, 30);
        f.sell("s2", "B", 6_250, 30);
        f.ok("m2", new ReduceOrder("s1", 10));
        assertThat(f.exchange().order("s1").priority()).isLessThan(f.exchange().order("s2").priority());

        f.ok("m2", new MoveOrder("s1", 6_250));
        assertThat(f.exchange().order("s1").priority()).isGreaterThan(f.exchange().order("s2").priority());

        List<TradeExecuted> trades = only(f.buy("b1", "A", 6_250, 40), TradeExecuted.class);
        assertThat(trades).extracting(TradeExecuted::sellOrderId, TradeExecuted::quantity)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("s2", 30L),
                        org.assertj.core.groups.Tuple.tuple("s1", 10L));
    }

    @Test
    void replaceKeepsPriorityOnlyWhenTheQuantityGoesDown() {
        f.buy("b1", "A", 6_200, 30);
        f.buy("b2", "B", 6_200, 30);
        f.ok("m1", new ReplaceOrder("b1", 6_200, 20));
        assertThat(f.exchange().order("b1").priority()).isLessThan(f.exchange().order("b2").priority());
        assertThat(f.reserved("A")).isEqualTo(6_200 * 20);

        f.ok("m1", new ReplaceOrder("b1", 6_200, 25));
        assertThat(f.exchange().order("b1").priority()).isGreaterThan(f.exchange().order("b2").priority());

        f.ok("m1", new ReplaceOrder("b2", 6_201, 30));
        f.sell("s1", "C", 6_201, 10);
        // The total includes the 10 t filled: 25 leaves 15 open, and 10 is not above what has filled.
        f.ok("m1", new ReplaceOrder("b2", 6_201, 25));
        f.rejected("m1", new ReplaceOrder("b2", 6_201, 10), "EXC-REPLACE-ABOVE-FILLED");
        assertThat(f.exchange().order("b2").openQuantity()).isEqualTo(15);
        f.ok("m1", new ReplaceOrder("b2", 6_201, 30));
        assertThat(f.depth().bids()).containsExactly(new Depth.Level(6_201, 20, 1), new Depth.Level(6_200, 25, 1));
        assertThat(f.reserved("B")).isEqualTo(6_201 * 20);
    }

    @Test
    void aMovedOrderThatCrossesTradesAsATaker() {
        f.sell("s1", "C", 6_300, 50);
        f.buy("b1", "A", 6_200, 50);
        List<TradeExecuted> trades = only(f.ok("m1", new MoveOrder("b1", 6_300)), TradeExecuted.class);

        assertThat(trades).singleElement().satisfies(t -> {
            assertThat(t.aggressor()).isEqualTo(Side.BUY);
            assertThat(t.priceFen()).isEqualTo(6_300);
        });
        assertThat(f.depth().bids()).isEmpty();
        assertThat(f.depth().asks()).isEmpty();
    }

    @Test
    void reducingByTheOpenQuantityRemovesTheOrder() {
        f.buy("b1", "A", 6_200, 30);
        List<Event> events = f.ok("m1", new ReduceOrder("b1", 31));

        assertThat(only(events, OrderCancelled.class)).singleElement()
                .satisfies(c -> assertThat(c.reason()).isEqualTo(CancelReason.REDUCED));
        assertThat(f.exchange().order("b1")).isNull();
        assertThat(f.reserved("A")).isZero();
        assertThat(f.available("A")).isEqualTo(FUNDS);
    }

    @Test
    void cancelReleasesTheReservation() {
        f.buy("b1", "A", 6_200, 30);
        f.sell("s1", "C", 6_300, 30);
        assertThat(f.reserved("A")).isEqualTo(186_000);
        f.ok("m1", new CancelOrder("b1"));
        f.ok("m2", new CancelOrder("s1"));

        assertThat(f.reserved("A")).isZero();
        assertThat(f.available("A")).isEqualTo(FUNDS);
        assertThat(f.exchange().tradingAccount("C", f.now()).positions().get(0).sellable()).isEqualTo(UNITS);
        f.rejected("m1", new CancelOrder("b1"), "EXC-ORDER-KNOWN");
    }

    @Test
    void feesAreChargedOnEachOrdersCumulativeValueAndNeverExceedTheReservation() {
        f.ok("reg-cy", new AmendRule(Rule.CLR_FEE_BUY_BPS.id().value(), 3, TODAY, "fee table", "1"));
        f.ok("reg-cy", new AmendRule(Rule.CLR_FEE_SELL_BPS.id().value(), 5, TODAY, "fee table", "1"));
        f.sell("s1", "C", 6_201, 7);
        f.sell("s2", "B", 6_203, 9);
        // Buy reservation: 6,210 × 16 = 99,360 plus fee half-up(99,360 × 3 / 10,000 = 29.808) = 30.
        assertThat(only(f.buy("b1", "A", 6_210, 16), OrderAccepted.class).get(0).reservedFen()).isEqualTo(99_390);

        List<TradeExecuted> trades = only(f.history, TradeExecuted.class);
        // Value 43,407 then 55,827: cumulative fees 13.0221 -> 13 and 29.7702 -> 30, so 13 + 17.
        assertThat(trades).extracting(TradeExecuted::buyFeeFen).containsExactly(13L, 17L);
        assertThat(trades).extracting(TradeExecuted::sellFeeFen).containsExactly(22L, 28L);
        assertThat(f.available("A")).isEqualTo(FUNDS - 43_407 - 55_827 - 30);
        assertThat(f.reserved("A")).isZero();
        assertThat(f.available("C")).isEqualTo(FUNDS + 43_407 - 22);
        assertThat(f.clearing().feeAccount().availableFen()).isEqualTo(30 + 22 + 28);
    }
}
