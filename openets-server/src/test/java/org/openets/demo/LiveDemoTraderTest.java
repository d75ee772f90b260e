package org.openets.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.openets.clearing.Clearing;
import org.openets.clearing.FundsDeposited;
import org.openets.core.MarketTime;
import org.openets.core.Position;
import org.openets.exchange.Exchange;
import org.openets.exchange.InstrumentView;
import org.openets.exchange.TradeExecuted;
import org.openets.exchange.TradingDayClosed;
import org.openets.exchange.TradingPhase;
import org.openets.registry.AccountView;
import org.openets.registry.Registry;

class LiveDemoTraderTest {

    private final EngineTarget market = new EngineTarget();
    private List<String> amended;

    /**
     * The seeded demo served from a CST time, as the demo command does it: at the start of that day, before any of
     * its sessions has passed, the trader opens the market round the clock; then the clock runs.
     */
    private LiveDemoTrader liveAt(LocalDateTime chinaTime, long seed) {
        new DemoSeeder(market, t -> market.now = t, n -> { }).seed();
        market.now = MarketTime.epochMillis(chinaTime.toLocalDate().atStartOfDay());
        LiveDemoTrader trader = new LiveDemoTrader(market, () -> market.now, seed);
        amended = trader.openRoundTheClock();
        market.now = MarketTime.epochMillis(chinaTime);
        return trader;
    }

    private void steps(LiveDemoTrader trader, int count) {
        java.util.Random pace = new java.util.Random(7);
        for (int i = 0; i < count; i++) {
            market.now += 1_000 + pace.nextInt(1_000);
            trader.step();
        }
    }

    @Test
    void on_a_saturday_evening_the_demo_opens_the_market_round_the_clock_and_trades() {
        LiveDemoTrader trader = liveAt(LocalDateTime.of(2025, 3, 15, 20, 0), 1);
        assertThat(amended).containsExactlyInAnyOrder("EXC-WEEKEND-TRADING",
                "EXC-AFTERNOON-CLOSE-MINUTE", "EXC-AFTERNOON-OPEN-MINUTE", "EXC-MORNING-CLOSE-MINUTE",
                "EXC-OPENING-CALL-MINUTE", "EXC-MORNING-OPEN-MINUTE");
        assertThat(exchange().instruments(market.now)).extracting(InstrumentView::phase)
                .containsOnly(TradingPhase.CONTINUOUS);
        int tradesBefore = market.events(TradeExecuted.class).size();

        steps(trader, 600);

        assertThat(trader.trades()).isGreaterThan(50);
        assertThat(market.events(TradeExecuted.class).size() - tradesBefore)
                .isGreaterThanOrEqualTo((int) trader.trades());
        assertThat(trader.refused()).isLessThan(10);
        assertThat(exchange().instruments(market.now)).allSatisfy(i -> assertThat(i.trades()).isPositive());
        // A demo restarted the same evening finds the sessions already amended.
        assertThat(new LiveDemoTrader(market, () -> market.now, 2).openRoundTheClock()).isEmpty();
    }

    @Test
    void hours_of_live_trading_through_midnight_keep_the_market_funded_and_conserve_money_and_units() {
        LiveDemoTrader trader = liveAt(LocalDateTime.of(2025, 3, 17, 22, 0), 3);
        Map<String, Long> unitsBefore = tradableUnits();
        assertThat(amended).hasSize(6);

        steps(trader, 6_000);

        assertThat(MarketTime.localDate(market.now)).isEqualTo(LocalDate.of(2025, 3, 18));
        // Monday closed once, at 23:59, and Tuesday opened at 00:01; trading went on after midnight.
        assertThat(market.events(TradingDayClosed.class)).filteredOn(d -> d.epochDay() == LocalDate.of(2025, 3, 17)
                .toEpochDay()).hasSize(3).allSatisfy(d -> assertThat(d.trades()).isPositive());
        assertThat(exchange().instruments(market.now)).allSatisfy(i -> assertThat(i.trades()).isPositive());
        assertThat(trader.trades()).isGreaterThan(1_000);
        assertThat(trader.refused()).isLessThan(20);

        long deposited = market.events(FundsDeposited.class).stream().mapToLong(FundsDeposited::amountFen).sum();
        long held = market.engine.context(Clearing.class).accounts().stream()
                .mapToLong(a -> a.availableFen() + a.reservedFen()).sum();
        assertThat(held).isEqualTo(deposited);
        assertThat(tradableUnits()).isEqualTo(unitsBefore);
    }

    private Exchange exchange() {
        return market.engine.context(Exchange.class);
    }

    private Map<String, Long> tradableUnits() {
        Registry registry = market.engine.context(Registry.class);
        Map<String, Long> totals = new TreeMap<>();
        for (AccountView account : registry.accounts()) {
            registry.holdings(account.accountId()).forEach((unit, positions) -> totals.merge(unit,
                    positions.getOrDefault(Position.AVAILABLE, 0L) + positions.getOrDefault(Position.TRADING, 0L),
                    Long::sum));
        }
        return totals;
    }
}
