package org.openets.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.openets.exchange.ExchangeFixture.FUNDS;
import static org.openets.exchange.ExchangeFixture.SYMBOL;
import static org.openets.exchange.ExchangeFixture.UNITS;
import static org.openets.exchange.ExchangeFixture.only;

import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openets.core.Event;
import org.openets.core.MarketTime;
import org.openets.core.StateHasher;
import org.openets.engine.StandardEngine;
import org.openets.rulebook.Rulebook;

/** Block agreement trades and one-way bidding (DOMAIN §2, REG24 Art 15). */
class BlockAndOneWayTest {

    private final ExchangeFixture f = ExchangeFixture.market();

    private static long at(int hour, int minute) {
        return MarketTime.epochMillis(LocalDateTime.of(2026, 11, 30, hour, minute));
    }

    @Test
    void aBlockTradeIsProposedConfirmedAndSettledLikeATrade() {
        f.at(LocalDateTime.of(2026, 11, 30, 13, 30));
        f.ok("m1", new ProposeBlockTrade("blk1", "A", "C", SYMBOL, Side.BUY, 7_000, 100_000));
        assertThat(f.reserved("A")).isEqualTo(700_000_000);
        f.rejected("m1", new ConfirmBlockTrade("blk1"), "EXC-MEMBER-ONLY");

        List<TradeExecuted> trades = only(f.ok("m2", new ConfirmBlockTrade("blk1")), TradeExecuted.class);
        assertThat(trades).extracting(TradeExecuted::kind, TradeExecuted::buyAccount, TradeExecuted::sellAccount,
                TradeExecuted::priceFen, TradeExecuted::quantity)
                .containsExactly(tuple(TradeKind.BLOCK, "A", "C", 7_000L, 100_000L));
        assertThat(f.units("A")).isEqualTo(UNITS + 100_000);
        assertThat(f.units("C")).isZero();
        assertThat(f.available("A")).isEqualTo(FUNDS - 700_000_000);
        assertThat(f.reserved("A")).isZero();
        assertThat(f.available("C")).isEqualTo(FUNDS + 700_000_000);

        // Reported apart: the listed close is unchanged and the day shows the block volume separately.
        TradingDayClosed day = only(f.tickAt(LocalDateTime.of(2026, 11, 30, 15, 0)), TradingDayClosed.class).get(0);
        assertThat(day.closeFen()).isEqualTo(ExchangeFixture.REFERENCE);
        assertThat(day.volume()).isZero();
        assertThat(day.blockVolume()).isEqualTo(100_000);
        assertThat(day.blockTurnoverFen()).isEqualTo(700_000_000);
        f.assertMovementsMatchBalances();
    }

    @Test
    void aConfirmingBuyerReservesAndPaysInTheEventsItEmits() {
        f.at(LocalDateTime.of(2026, 11, 30, 13, 30));
        f.ok("m2", new ProposeBlockTrade("blk1", "C", "A", SYMBOL, Side.SELL, 7_000, 100_000));
        List<Event> events = f.ok("m1", new ConfirmBlockTrade("blk1"));
        assertThat(only(events, BlockTradeConfirmed.class)).singleElement()
                .satisfies(c -> assertThat(c.reservedFen()).isEqualTo(700_000_000));
        assertThat(f.available("A")).isEqualTo(FUNDS - 700_000_000);
        f.assertMovementsMatchBalances();
    }

    @Test
    void blockTermsAreChecked() {
        f.rejected("m1", new ProposeBlockTrade("blk1", "A", "C", SYMBOL, Side.BUY, 7_000, 100_000), "EXC-BLOCK-HOURS");
        f.at(LocalDateTime.of(2026, 11, 30, 13, 30));
        f.rejected("m1", new ProposeBlockTrade("blk1", "A", "C", SYMBOL, Side.BUY, 7_000, 99_999),
                "EXC-BLOCK-MIN-TONNES");
        // ±30 % of 62.36 rounded inward: 43.66 to 81.06 (DOMAIN §2).
        f.rejected("m1", new ProposeBlockTrade("blk1", "A", "C", SYMBOL, Side.BUY, 8_107, 100_000),
                "EXC-PRICE-LIMIT-BLOCK-BPS");
        f.rejected("m1", new ProposeBlockTrade("blk1", "A", "C", SYMBOL, Side.BUY, 4_365, 100_000),
                "EXC-PRICE-LIMIT-BLOCK-BPS");
        f.rejected("m1", new ProposeBlockTrade("blk1", "A", "D", SYMBOL, Side.BUY, 7_000, 100_000),
                "EXC-BLOCK-DIFFERENT-OWNERS");
        f.rejected("m1", new ProposeBlockTrade("blk1", "A", "C", SYMBOL, Side.SELL, 7_000, 100_001),
                "EXC-UNITS-IN-TRADING-POSITION");
        f.rejected("m2", new ConfirmBlockTrade("nope"), "EXC-BLOCK-KNOWN");
        f.ok("m1", new ProposeBlockTrade("blk1", "A", "C", SYMBOL, Side.BUY, 8_106, 100_000));
    }

    @Test
    void anUnconfirmedProposalIsCancelledOrExpiresAtTheClose() {
        f.at(LocalDateTime.of(2026, 11, 30, 13, 30));
        f.ok("m1", new ProposeBlockTrade("blk1", "A", "C", SYMBOL, Side.BUY, 7_000, 100_000));
        f.ok("m2", new ProposeBlockTrade("blk2", "C", "B", SYMBOL, Side.SELL, 7_000, 100_000));
        assertThat(f.exchange().blockProposals()).extracting(BlockTradeProposed::blockId,
                BlockTradeProposed::accountId, BlockTradeProposed::reservedFen)
                .containsExactly(tuple("blk1", "A", 700_000_000L), tuple("blk2", "C", 0L));
        f.ok("m2", new CancelBlockTrade("blk1", "price too high"));
        assertThat(f.reserved("A")).isZero();
        assertThat(f.exchange().blockProposals()).extracting(BlockTradeProposed::blockId).containsExactly("blk2");

        List<Event> close = f.tickAt(LocalDateTime.of(2026, 11, 30, 15, 0));
        assertThat(only(close, BlockTradeCancelled.class)).extracting(BlockTradeCancelled::blockId)
                .containsExactly("blk2");
        assertThat(f.exchange().blockProposals()).isEmpty();
        assertThat(f.exchange().tradingAccount("C", f.now()).positions().get(0).sellable()).isEqualTo(UNITS);
    }

    @Test
    void oneWayBidsFillByPriceThenTimeEachAtItsOwnPrice() {
        f.ok(Rulebook.SYSTEM_ACTOR, new AnnounceOneWay("ow1", "C", SYMBOL, Side.SELL, 1_000, 6_000, at(10, 0),
                at(10, 30)));
        f.at(LocalDateTime.of(2026, 11, 30, 10, 5));
        f.ok("m1", new SubmitOneWayBid("ow1", "bA1", "A", 6_100, 300));
        f.ok("m1", new SubmitOneWayBid("ow1", "bB", "B", 6_200, 500));
        f.ok("m1", new SubmitOneWayBid("ow1", "bA2", "A", 6_100, 400));
        f.ok("m2", new SubmitOneWayBid("ow1", "bD", "D", 6_300, 200));
        f.rejected("m1", new SubmitOneWayBid("ow1", "low", "A", 5_999, 100), "EXC-ONE-WAY-LIMIT-PRICE");
        f.rejected("m2", new SubmitOneWayBid("ow1", "own", "C", 6_500, 100), "EXC-ONE-WAY-OTHER-OWNER");
        f.rejected("m1", new SubmitOneWayBid("ow1", "big", "A", 6_500, 1_001), "EXC-ONE-WAY-QUANTITY");

        // A snapshot taken with the auction open restores to the same state.
        assertThat(StateHasher.hex(StandardEngine.create().restore(f.engine.snapshot()).stateHash()))
                .isEqualTo(f.hash());

        List<Event> close = f.tickAt(LocalDateTime.of(2026, 11, 30, 10, 30));
        assertThat(only(close, TradeExecuted.class))
                .extracting(TradeExecuted::buyOrderId, TradeExecuted::priceFen, TradeExecuted::quantity)
                .containsExactly(tuple("bD", 6_300L, 200L), tuple("bB", 6_200L, 500L), tuple("bA1", 6_100L, 300L));
        assertThat(only(close, OneWayBidReleased.class)).extracting(OneWayBidReleased::bidId,
                OneWayBidReleased::unfilledQuantity).containsExactly(tuple("bA2", 400L));
        assertThat(only(close, OneWayClosed.class)).singleElement().satisfies(c -> {
            assertThat(c.filledQuantity()).isEqualTo(1_000);
            assertThat(c.valueFen()).isEqualTo(6_190_000);
        });
        assertThat(f.reserved("A")).isZero();
        assertThat(f.available("C")).isEqualTo(FUNDS + 6_190_000);
        assertThat(f.units("C")).isEqualTo(UNITS - 1_000);
        f.rejected("m1", new SubmitOneWayBid("ow1", "late", "A", 6_500, 100), "EXC-ONE-WAY-KNOWN");
        TradingDayClosed day = only(f.tickAt(LocalDateTime.of(2026, 11, 30, 15, 0)), TradingDayClosed.class).get(0);
        assertThat(day.closeFen()).as("one-way trades are reported apart").isEqualTo(ExchangeFixture.REFERENCE);
        assertThat(day.blockVolume()).isEqualTo(1_000);
        assertThat(f.replayedHash()).isEqualTo(f.hash());
        f.assertMovementsMatchBalances();
    }

    @Test
    void oneWayWindowAndAnnouncerAreChecked() {
        f.rejected("m2", new AnnounceOneWay("ow1", "C", SYMBOL, Side.SELL, 1_000, 6_000, at(10, 0), at(10, 30)),
                "EXC-OPERATOR-ONLY");
        f.rejected(Rulebook.SYSTEM_ACTOR, new AnnounceOneWay("ow1", "C", SYMBOL, Side.SELL, 1_000, 6_000, at(9, 0),
                at(9, 30)), "EXC-ONE-WAY-WINDOW");
        f.ok(Rulebook.SYSTEM_ACTOR, new AnnounceOneWay("ow1", "C", SYMBOL, Side.SELL, 1_000, 6_000, at(10, 10),
                at(10, 30)));
        f.rejected("m1", new SubmitOneWayBid("ow1", "early", "A", 6_100, 100), "EXC-ONE-WAY-WINDOW");
        // An auction nobody bid on releases the offer.
        List<Event> close = f.tickAt(LocalDateTime.of(2026, 11, 30, 10, 30));
        assertThat(only(close, OneWayClosed.class)).singleElement()
                .satisfies(c -> assertThat(c.unfilledQuantity()).isEqualTo(1_000));
        assertThat(f.exchange().tradingAccount("C", f.now()).positions().get(0).sellable()).isEqualTo(UNITS);
    }
}
