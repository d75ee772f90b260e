package org.openets.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openets.exchange.ExchangeFixture.SYMBOL;
import static org.openets.exchange.ExchangeFixture.only;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openets.core.Event;
import org.openets.rulebook.AmendRule;
import org.openets.rulebook.Rule;

/** The trading day (DOMAIN §2): sessions, the opening call, day-order expiry, the close and the next band. */
class SessionsAndCallAuctionTest {

    private final ExchangeFixture f = ExchangeFixture.market();

    private void toTuesday(int hour, int minute) {
        f.tickAt(LocalDateTime.of(2026, 11, 30, 15, 0));
        f.at(LocalDateTime.of(2026, 12, 1, hour, minute));
    }

    private PlaceOrder order(String id, String account, Side side, long price, long quantity, TimeInForce tif) {
        return new PlaceOrder(id, account, SYMBOL, side, OrderType.LIMIT, tif, price, quantity);
    }

    @Test
    void ordersOutsideTheSessionsAreRejected() {
        toTuesday(9, 0);
        f.rejected("m1", order("b1", "A", Side.BUY, 6_200, 1, TimeInForce.GTC), "EXC-SESSION-HOURS");
        f.at(LocalDateTime.of(2026, 12, 1, 12, 0));
        f.rejected("m1", order("b1", "A", Side.BUY, 6_200, 1, TimeInForce.GTC), "EXC-SESSION-HOURS");
        f.at(LocalDateTime.of(2026, 12, 5, 10, 0));
        f.rejected("m1", order("b1", "A", Side.BUY, 6_200, 1, TimeInForce.GTC), "EXC-SESSION-HOURS");
    }

    @Test
    void anOrderIsRefusedWhileASessionChangeIsDueButNotYetDone() {
        f.at(LocalDateTime.of(2026, 11, 30, 15, 0, 1));
        f.rejected("m1", order("b1", "A", Side.BUY, 6_200, 1, TimeInForce.GTC), "EXC-SESSION-HOURS");
        f.at(LocalDateTime.of(2026, 12, 1, 9, 31));
        f.rejected("m1", order("b1", "A", Side.BUY, 6_200, 1, TimeInForce.GTC), "EXC-SESSION-CHANGE-DUE");
    }

    @Test
    void theOpeningCallMaximisesVolumeThenMinimisesImbalanceThenIsNearestTheReference() {
        toTuesday(9, 20);
        f.ok("m1", order("b1", "A", Side.BUY, 6_300, 100, TimeInForce.GTC));
        f.ok("m1", order("b2", "B", Side.BUY, 6_260, 50, TimeInForce.DAY));
        f.ok("m2", order("s1", "C", Side.SELL, 6_200, 60, TimeInForce.GTC));
        f.ok("m2", order("s2", "C", Side.SELL, 6_280, 80, TimeInForce.GTC));
        f.rejected("m1", order("b3", "A", Side.BUY, 6_300, 1, TimeInForce.IOC), "EXC-CALL-AUCTION-LIMIT-ORDERS");
        assertThat(f.depth().bids().get(0).priceFen()).isGreaterThan(f.depth().asks().get(0).priceFen());

        // 100 t trade at 6,280 or 6,300 with 40 t imbalance either way; 6,280 is nearer the reference 6,236.
        List<Event> uncross = f.tickAt(LocalDateTime.of(2026, 12, 1, 9, 30));
        List<TradeExecuted> trades = only(uncross, TradeExecuted.class);
        assertThat(trades).extracting(TradeExecuted::sellOrderId, TradeExecuted::priceFen, TradeExecuted::quantity)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("s1", 6_280L, 60L),
                        org.assertj.core.groups.Tuple.tuple("s2", 6_280L, 40L));
        assertThat(trades).allSatisfy(t -> assertThat(t.kind()).isEqualTo(TradeKind.CALL_AUCTION));
        assertThat(only(uncross, TradingPhaseChanged.class)).extracting(TradingPhaseChanged::phase)
                .containsExactly(TradingPhase.CONTINUOUS);
        assertThat(f.depth().bids()).containsExactly(new Depth.Level(6_260, 50, 1));
        assertThat(f.depth().asks()).containsExactly(new Depth.Level(6_280, 40, 1));
        // The buyer reserved at 6,300 and paid 6,280: the difference came back.
        assertThat(f.reserved("A")).isZero();
        assertThat(f.available("A")).isEqualTo(ExchangeFixture.FUNDS - 628_000);
    }

    @Test
    void aCallWithNothingCrossingTradesNothing() {
        toTuesday(9, 20);
        f.ok("m1", order("b1", "A", Side.BUY, 6_200, 100, TimeInForce.GTC));
        f.ok("m2", order("s1", "C", Side.SELL, 6_201, 60, TimeInForce.GTC));
        assertThat(only(f.tickAt(LocalDateTime.of(2026, 12, 1, 9, 30)), TradeExecuted.class)).isEmpty();
    }

    @Test
    void equalCandidatesGoToTheLowerPrice() {
        // Volume 50 and imbalance 0 at 6,226 and 6,246, both 10 fen from the reference 6,236.
        toTuesday(9, 20);
        f.ok("m1", order("b1", "A", Side.BUY, 6_246, 50, TimeInForce.GTC));
        f.ok("m2", order("s1", "C", Side.SELL, 6_226, 50, TimeInForce.GTC));
        assertThat(only(f.tickAt(LocalDateTime.of(2026, 12, 1, 9, 30)), TradeExecuted.class))
                .extracting(TradeExecuted::priceFen).containsExactly(6_226L);
    }

    @Test
    void dayOrdersExpireAtTheCloseAndTheCloseIsTheVwapOfListedTrades() {
        f.sell("s1", "C", 6_280, 100);
        f.buy("b1", "A", 6_280, 100);
        f.sell("s2", "C", 6_250, 10);
        f.buy("b2", "B", 6_250, 10);
        f.buy("day", "B", 6_000, 10, TimeInForce.DAY);
        f.buy("gtc", "B", 6_000, 10, TimeInForce.GTC);

        List<Event> close = f.tickAt(LocalDateTime.of(2026, 11, 30, 15, 0));
        assertThat(only(close, OrderCancelled.class)).singleElement().satisfies(c -> {
            assertThat(c.orderId()).isEqualTo("day");
            assertThat(c.reason()).isEqualTo(CancelReason.DAY_END);
        });
        // (6,280 × 100 + 6,250 × 10) / 110 = 6,277.27 -> 6,277.
        TradingDayClosed day = only(close, TradingDayClosed.class).get(0);
        assertThat(day.openFen()).isEqualTo(6_280);
        assertThat(day.highFen()).isEqualTo(6_280);
        assertThat(day.lowFen()).isEqualTo(6_250);
        assertThat(day.closeFen()).isEqualTo(6_277);
        assertThat(day.volume()).isEqualTo(110);
        assertThat(day.turnoverFen()).isEqualTo(690_500);
        assertThat(f.exchange().order("gtc")).isNotNull();

        f.at(LocalDateTime.of(2026, 12, 1, 9, 20));
        InstrumentView tuesday = f.exchange().instrument(SYMBOL, f.now());
        assertThat(tuesday.referencePriceFen()).isEqualTo(6_277);
        assertThat(tuesday.bandLowFen()).isEqualTo(5_650);
        assertThat(tuesday.bandHighFen()).isEqualTo(6_904);
        assertThat(tuesday.phase()).isEqualTo(TradingPhase.CALL_AUCTION);
    }

    @Test
    void goodTillCancelledOrdersLeftOutsideTheNextBandAreCancelled() {
        f.buy("low", "B", 5_613, 10);
        f.buy("mid", "B", 6_000, 10);
        f.sell("s1", "C", 6_850, 10);
        f.buy("b1", "A", 6_850, 10);
        // Close 68.50: the next band is 61.65 to 75.35, which leaves both bids outside it.
        List<Event> close = f.tickAt(LocalDateTime.of(2026, 11, 30, 15, 0));
        assertThat(only(close, OrderCancelled.class)).extracting(OrderCancelled::orderId, OrderCancelled::reason)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("low", CancelReason.OUTSIDE_BAND),
                        org.assertj.core.groups.Tuple.tuple("mid", CancelReason.OUTSIDE_BAND));
        assertThat(f.reserved("B")).isZero();
    }

    @Test
    void aDayWithoutTradesCarriesThePreviousClose() {
        TradingDayClosed day = only(f.tickAt(LocalDateTime.of(2026, 11, 30, 15, 0)), TradingDayClosed.class).get(0);
        assertThat(day.closeFen()).isEqualTo(ExchangeFixture.REFERENCE);
        assertThat(day.volume()).isZero();
    }

    @Test
    void aClosingCallWhereTheRulebookAsksForOne() {
        f.ok("reg-cy", new AmendRule(Rule.EXC_CLOSING_CALL_MINUTES.id().value(), 10, LocalDate.of(2026, 11, 30),
                "closing call", "1"));
        List<Event> start = f.tickAt(LocalDateTime.of(2026, 11, 30, 14, 50));
        assertThat(only(start, TradingPhaseChanged.class)).extracting(TradingPhaseChanged::phase)
                .containsExactly(TradingPhase.CALL_AUCTION);
        f.at(LocalDateTime.of(2026, 11, 30, 14, 55));
        f.buy("b1", "A", 6_300, 10);
        f.sell("s1", "C", 6_200, 10);
        assertThat(only(f.history, TradeExecuted.class)).isEmpty();
        List<Event> close = f.tickAt(LocalDateTime.of(2026, 11, 30, 15, 0));
        assertThat(only(close, TradeExecuted.class)).singleElement()
                .satisfies(t -> assertThat(t.kind()).isEqualTo(TradeKind.CALL_AUCTION));
    }

    @Test
    void ticksAcrossAWeekendDoEveryDaysWork() {
        List<Event> events = f.tickAt(LocalDateTime.of(2026, 12, 7, 9, 30));
        // Mon close, Tue..Fri open+close, then Monday's open.
        assertThat(only(events, TradingDayClosed.class)).hasSize(5);
        assertThat(only(events, TradingPhaseChanged.class)).hasSize(10);
    }

    @Test
    void resumingAHaltUncrossesWhatTheCallLeftCrossed() {
        toTuesday(9, 20);
        f.ok("m1", order("b1", "A", Side.BUY, 6_300, 10, TimeInForce.GTC));
        f.ok("m2", order("s1", "C", Side.SELL, 6_200, 10, TimeInForce.GTC));
        f.ok("reg-sc", new SetInstrumentHalt(SYMBOL, true, "review"));
        assertThat(only(f.tickAt(LocalDateTime.of(2026, 12, 1, 9, 30)), TradeExecuted.class)).isEmpty();
        f.at(LocalDateTime.of(2026, 12, 1, 10, 0));
        List<Event> resumed = f.ok("reg-sc", new SetInstrumentHalt(SYMBOL, false, "resumed"));
        assertThat(only(resumed, TradeExecuted.class)).hasSize(1);
        assertThat(f.depth().bids()).isEmpty();
    }
}
