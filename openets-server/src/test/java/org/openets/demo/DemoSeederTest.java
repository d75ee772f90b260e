package org.openets.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openets.clearing.Clearing;
import org.openets.clearing.FundsDeposited;
import org.openets.core.Position;
import org.openets.engine.Engine;
import org.openets.exchange.Depth;
import org.openets.exchange.Exchange;
import org.openets.exchange.InstrumentView;
import org.openets.exchange.OneWayClosed;
import org.openets.exchange.OrderView;
import org.openets.exchange.Side;
import org.openets.exchange.TimeInForce;
import org.openets.exchange.TradeExecuted;
import org.openets.exchange.TradeKind;
import org.openets.exchange.TradingDayClosed;
import org.openets.registry.AccountView;
import org.openets.registry.Registry;

class DemoSeederTest {

    /** One demo built for the read-only checks, with the units held just before the market opened. */
    private static EngineTarget demo;
    private static Map<String, Long> unitsBeforeTrading;

    @BeforeAll
    static void buildTheDemoOnce() {
        demo = new EngineTarget();
        DemoSeeder seeder = new DemoSeeder(demo, t -> demo.now = t, n -> { });
        seeder.seedRegistry();
        unitsBeforeTrading = tradableUnits(demo.engine);
        seeder.seedMarket();
    }

    @Test
    void the_demo_market_has_sixty_entities_with_their_allocation() {
        Registry registry = demo.engine.context(Registry.class);
        long entityAccounts = registry.accounts().stream().filter(a -> a.accountId().endsWith("-HOLD")).count();
        assertThat(entityAccounts).isGreaterThanOrEqualTo(60);
        // The first regional entity: the national sectors' giants get no regional allocation.
        DemoEntity first = DemoMarket.entities().stream().filter(e -> !DemoMarket.nationalSector(e)).findFirst()
                .orElseThrow();
        Map<Position, Long> holding = registry.holdings(first.holdingAccount()).get(first.jurisdiction() + "EA-2025");
        assertThat(holding.values().stream().mapToLong(Long::longValue).sum()).isPositive();
    }

    @Test
    void the_demo_leaves_transfers_waiting_for_a_second_representative() {
        Registry registry = demo.engine.context(Registry.class);
        assertThat(registry.pendingTransfers()).extracting(t -> t.transferId()).contains("T-PENDING-1", "T-PENDING-2");
    }

    @Test
    void every_demo_run_builds_the_same_state() {
        EngineTarget other = new EngineTarget();
        new DemoSeeder(other, t -> other.now = t, n -> { }).seed();
        assertThat(other.engine.stateHash()).isEqualTo(demo.engine.stateHash());
    }

    @Test
    void the_exchange_lists_the_two_allowances_and_the_photovoltaic_ccer() {
        List<InstrumentView> instruments = exchange().instruments(demo.now);
        assertThat(instruments).extracting(InstrumentView::symbol)
                .containsExactly("CCER-2024-PV0231", "CQEA-2025", "SCEA-2025");
        assertThat(instruments).allSatisfy(i -> {
            assertThat(i.lotTonnes()).isEqualTo(1);
            assertThat(i.maxOrderTonnes()).isEqualTo(99_999);
        });
    }

    @Test
    void every_instrument_trades_on_every_seeded_trading_day() {
        Map<Long, Map<String, Long>> tradesByDay = new TreeMap<>();
        for (TradingDayClosed day : demo.events(TradingDayClosed.class)) {
            tradesByDay.computeIfAbsent(day.epochDay(), d -> new TreeMap<>()).put(day.symbol(), day.trades());
        }
        assertThat(tradesByDay).hasSize(DemoTrading.TRADING_DAYS);
        assertThat(tradesByDay.keySet().iterator().next()).isEqualTo(LocalDate.of(2025, 2, 10).toEpochDay());
        assertThat(tradesByDay.values()).allSatisfy(symbols -> {
            assertThat(symbols).hasSize(3);
            assertThat(symbols.values()).allSatisfy(trades -> assertThat(trades).isPositive());
        });
        assertThat(demo.events(TradeExecuted.class)).extracting(TradeExecuted::kind)
                .contains(TradeKind.CALL_AUCTION, TradeKind.CONTINUOUS);
    }

    @Test
    void the_book_is_left_with_resting_orders_on_both_sides() {
        for (String symbol : DemoTraders.SYMBOLS) {
            Depth depth = exchange().depth(symbol, 10);
            assertThat(depth.bids()).as(symbol).hasSizeGreaterThanOrEqualTo(5);
            assertThat(depth.asks()).as(symbol).hasSizeGreaterThanOrEqualTo(5);
            assertThat(depth.bids().get(0).priceFen()).isLessThan(depth.asks().get(0).priceFen());
        }
        List<OrderView> resting = exchange().openOrders(null);
        assertThat(resting).allSatisfy(o -> assertThat(o.timeInForce()).isEqualTo(TimeInForce.GTC));
        assertThat(resting).extracting(OrderView::side).contains(Side.BUY, Side.SELL);
    }

    @Test
    void one_block_trade_and_one_one_way_auction_happened() {
        List<TradeExecuted> blocks = demo.events(TradeExecuted.class).stream()
                .filter(t -> t.kind() == TradeKind.BLOCK).toList();
        assertThat(blocks).singleElement().satisfies(t -> {
            assertThat(t.quantity()).isGreaterThanOrEqualTo(100_000);
            assertThat(t.symbol()).isEqualTo("CQEA-2025");
        });
        assertThat(demo.events(OneWayClosed.class)).singleElement().satisfies(closed -> {
            assertThat(closed.filledQuantity()).isEqualTo(50_000);
            assertThat(closed.bids()).isEqualTo(5);
        });
        assertThat(demo.events(TradeExecuted.class)).filteredOn(t -> t.kind() == TradeKind.ONE_WAY)
                .extracting(TradeExecuted::sellAccount).containsOnly("PD-PV0231");
    }

    @Test
    void trading_conserves_money_and_units() {
        long deposited = demo.events(FundsDeposited.class).stream().mapToLong(FundsDeposited::amountFen).sum();
        long held = demo.engine.context(Clearing.class).accounts().stream()
                .mapToLong(a -> a.availableFen() + a.reservedFen()).sum();
        assertThat(held).isEqualTo(deposited);
        assertThat(tradableUnits(demo.engine)).isEqualTo(unitsBeforeTrading);
        assertThat(demo.events(TradeExecuted.class)).hasSizeGreaterThan(1_000);
    }

    private static Exchange exchange() {
        return demo.engine.context(Exchange.class);
    }

    /** Per unit, the units of every account in its registry and trading positions together. */
    private static Map<String, Long> tradableUnits(Engine engine) {
        Registry registry = engine.context(Registry.class);
        Map<String, Long> totals = new TreeMap<>();
        for (AccountView account : registry.accounts()) {
            registry.holdings(account.accountId()).forEach((unit, positions) -> totals.merge(unit,
                    positions.getOrDefault(Position.AVAILABLE, 0L) + positions.getOrDefault(Position.TRADING, 0L),
                    Long::sum));
        }
        return totals;
    }
}
