package org.openets.auction;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openets.core.Rejection;
import org.openets.engine.Engine;
import org.openets.engine.StandardEngine;
import org.openets.exchange.ListInstrument;
import org.openets.exchange.MoveUnitsToTrading;
import org.openets.exchange.OrderType;
import org.openets.exchange.PlaceOrder;
import org.openets.exchange.Side;
import org.openets.exchange.TimeInForce;
import org.openets.exchange.TradeExecuted;
import org.openets.registry.IssueUnits;
import org.openets.rulebook.Rulebook;

/**
 * Guangdong's reserve (DOMAIN §8, §17): the VWAP of listed trades over the 3 whole calendar months before the
 * month of the notice, half-up to the fen, from the exchange's daily closes. A notice on 2025-07-10 looks at
 * April to June: 1,000 t @ 60.02, 1,000 @ 62.00 and 2,000 @ 65.00 = 25,202,000 fen / 4,000 t = 6,300.5 → 63.01.
 * The March and July trades fall outside.
 */
class ReserveFromMarketTest {

    private static final String SYMBOL = "SCEA25";
    private int orders;
    private final AuctionFixture f = new AuctionFixture();

    @BeforeEach
    void listedMarket() {
        f.ok(Rulebook.SYSTEM_ACTOR, new ListInstrument(SYMBOL, AuctionFixture.UNIT, 5_500, 1, 0));
        f.bidder("SELL-1", "GRP-S", "mem-s");
        f.ok("reg-sc", new IssueUnits("SELL-1", AuctionFixture.UNIT, 100_000));
        f.ok("mem-s", new MoveUnitsToTrading("SELL-1", AuctionFixture.UNIT, 100_000));
    }

    private void trade(LocalDate day, long priceFen, long quantity) {
        f.tickAt(day.atTime(9, 31));
        String sell = "S" + (++orders);
        String buy = "B" + orders;
        f.ok("mem-s", new PlaceOrder(sell, "SELL-1", SYMBOL, Side.SELL, OrderType.LIMIT, TimeInForce.DAY, priceFen,
                quantity));
        assertThat(AuctionFixture.ofType(f.ok("mem-a", new PlaceOrder(buy, "BID-A", SYMBOL, Side.BUY, OrderType.LIMIT,
                TimeInForce.DAY, priceFen, quantity)), TradeExecuted.class)).hasSize(1);
    }

    private void tradeMarchToJuly() {
        trade(LocalDate.of(2025, 3, 5), 5_500, 3_000);
        trade(LocalDate.of(2025, 4, 8), 6_002, 1_000);
        trade(LocalDate.of(2025, 5, 7), 6_200, 1_000);
        trade(LocalDate.of(2025, 6, 4), 6_500, 2_000);
        trade(LocalDate.of(2025, 7, 2), 7_000, 1_000);
        f.tickAt(LocalDateTime.of(2025, 7, 10, 9, 31));
    }

    private AnnounceAuction fromMarket(String unit) {
        return new AnnounceAuction("AUC-7", "SC", unit, AuctionFixture.AUCTION_ACCOUNT, 10_000,
                ReserveBasis.LISTED_VWAP_3_MONTHS, 0, AuctionFixture.millis(LocalDateTime.of(2025, 7, 10, 10, 0)),
                AuctionFixture.millis(LocalDateTime.of(2025, 7, 10, 11, 0)));
    }

    @Test
    void the_reserve_is_the_listed_vwap_of_the_three_months_before_the_notice_month() {
        tradeMarchToJuly();
        f.at(LocalDateTime.of(2025, 7, 10, 9, 45));

        AuctionAnnounced announced = AuctionFixture.only(f.ok("reg-sc", fromMarket(AuctionFixture.UNIT)),
                AuctionAnnounced.class);

        assertThat(announced.reserveBasis()).isEqualTo(ReserveBasis.LISTED_VWAP_3_MONTHS);
        assertThat(announced.reservePriceFen()).isEqualTo(6_301);
    }

    @Test
    void the_history_survives_a_snapshot() {
        tradeMarchToJuly();

        Engine restored = StandardEngine.create().restore(f.engine.snapshot());

        assertThat(restored.context(Auctions.class).marketReserveFen(AuctionFixture.UNIT, f.now())).isEqualTo(6_301);
        assertThat(restored.stateHash()).isEqualTo(f.engine.stateHash());
    }

    @Test
    void a_notice_in_the_month_after_a_quiet_quarter_has_no_reserve_from_the_market() {
        trade(LocalDate.of(2025, 3, 5), 5_500, 3_000);
        f.tickAt(LocalDateTime.of(2025, 7, 10, 9, 31));
        f.at(LocalDateTime.of(2025, 7, 10, 9, 45));

        Rejection r = f.rejected("reg-sc", fromMarket(AuctionFixture.UNIT));

        assertThat(r.code()).isEqualTo(AuctionRejects.NO_MARKET_PRICE);
        assertThat(r.rule()).isEqualTo("AUC-RESERVE-FROM-MARKET");
    }

    @Test
    void a_reserve_from_the_market_takes_no_price_on_the_notice() {
        tradeMarchToJuly();
        f.at(LocalDateTime.of(2025, 7, 10, 9, 45));
        AnnounceAuction withPrice = new AnnounceAuction("AUC-7", "SC", AuctionFixture.UNIT,
                AuctionFixture.AUCTION_ACCOUNT, 10_000, ReserveBasis.LISTED_VWAP_3_MONTHS, 6_000, f.now(),
                f.now() + 3_600_000);

        assertThat(f.rejected("reg-sc", withPrice).field()).isEqualTo("reservePriceFen");
    }
}
