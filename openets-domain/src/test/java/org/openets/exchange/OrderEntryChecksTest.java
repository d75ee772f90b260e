package org.openets.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openets.exchange.ExchangeFixture.SYMBOL;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.openets.clearing.WithdrawFunds;
import org.openets.registry.AccountType;
import org.openets.registry.FreezeAccount;
import org.openets.registry.IssueUnits;
import org.openets.registry.OpenAccount;
import org.openets.rulebook.AmendRule;
import org.openets.rulebook.Rule;
import org.openets.rulebook.Rulebook;

/** Every pre-trade check rejects with its rule and changes nothing (issue: bad input). */
class OrderEntryChecksTest {

    private final ExchangeFixture f = ExchangeFixture.market();

    private PlaceOrder buy(String account, long price, long quantity) {
        return new PlaceOrder("o-" + price + "-" + quantity, account, SYMBOL, Side.BUY, OrderType.LIMIT,
                TimeInForce.GTC, price, quantity);
    }

    @Test
    void theListedBandIsTenPercentAroundThePreviousCloseRoundedInward() {
        // DOMAIN §2 worked example: previous close 62.36 -> 56.13 to 68.59.
        f.rejected("m1", buy("A", 5_612, 1), "EXC-PRICE-LIMIT-LISTED-BPS");
        f.rejected("m1", buy("A", 6_860, 1), "EXC-PRICE-LIMIT-LISTED-BPS");
        f.ok("m1", buy("A", 5_613, 1));
        f.ok("m1", buy("A", 6_859, 1));
        assertThat(f.exchange().instrument(SYMBOL, f.now()))
                .satisfies(i -> assertThat(new long[] {i.bandLowFen(), i.bandHighFen()}).containsExactly(5_613, 6_859));
    }

    @Test
    void unknownInstrumentAccountOrFieldsAreRejected() {
        f.rejected("m1", new PlaceOrder("x1", "A", "NOPE", Side.BUY, OrderType.LIMIT, TimeInForce.GTC, 6_000, 1),
                "EXC-INSTRUMENT-KNOWN");
        f.rejected("m1", new PlaceOrder("x1", "Z", SYMBOL, Side.BUY, OrderType.LIMIT, TimeInForce.GTC, 6_000, 1),
                "EXC-TRADING-ACCOUNT-KNOWN");
        f.rejected("m1", new PlaceOrder("x1", "A", SYMBOL, null, OrderType.LIMIT, TimeInForce.GTC, 6_000, 1),
                "EXC-FIELD-FORMAT");
        f.rejected("m1", new PlaceOrder("x1", "A", SYMBOL, Side.BUY, OrderType.LIMIT, TimeInForce.GTC, 6_000, 0),
                "EXC-FIELD-FORMAT");
        f.rejected("m1", new PlaceOrder("x1", "A", SYMBOL, Side.BUY, OrderType.LIMIT, TimeInForce.GTC, -5, 1),
                "EXC-FIELD-FORMAT");
        f.rejected("m1", new PlaceOrder("bad id!", "A", SYMBOL, Side.BUY, OrderType.LIMIT, TimeInForce.GTC, 6_000, 1),
                "EXC-FIELD-FORMAT");
    }

    @Test
    void anOrderIdIsNeverReused() {
        f.ok("m1", buy("A", 6_000, 1));
        f.ok("m1", new CancelOrder("o-6000-1"));
        f.rejected("m1", buy("A", 6_000, 1), "EXC-ORDER-ID-UNIQUE");
    }

    @Test
    void quantitiesFollowTheBlockMinimumTheMaximumAndTheLot() {
        f.rejected("m1", buy("A", 6_000, 100_000), "EXC-BLOCK-MIN-TONNES");
        f.ok(Rulebook.SYSTEM_ACTOR, new ListInstrument("CQEA-2025", "CQEA-2025", 4_005, 10, 5_000));
        PlaceOrder offLot = new PlaceOrder("q1", "A", "CQEA-2025", Side.BUY, OrderType.LIMIT, TimeInForce.GTC, 4_000,
                15);
        f.rejected("m1", offLot, "EXC-LOT-SIZE");
        PlaceOrder tooBig = new PlaceOrder("q2", "A", "CQEA-2025", Side.BUY, OrderType.LIMIT, TimeInForce.GTC, 4_000,
                5_010);
        f.rejected("m1", tooBig, "EXC-MAX-ORDER-TONNES");
    }

    @Test
    void pricesAreWholeTicks() {
        f.ok("reg-cy", new AmendRule(Rule.EXC_TICK_SIZE_FEN.id().value(), 5, LocalDate.of(2026, 11, 30), "t", "1"));
        f.rejected("m1", buy("A", 6_001, 1), "EXC-TICK-SIZE-FEN");
        f.ok("m1", buy("A", 6_005, 1));
    }

    @Test
    void fullPreFundingAndUnitsInTheTradingPosition() {
        f.ok("m1", new WithdrawFunds("A", 900_000_000, "pay out"));
        f.rejected("m1", buy("A", 6_859, 99_999), "CLR-FULL-PRE-FUNDING");
        f.ok("m2", new PlaceOrder("s2", "C", SYMBOL, Side.SELL, OrderType.LIMIT, TimeInForce.GTC, 6_500, 60_000));
        // What an open sell order holds cannot be sold twice.
        f.rejected("m2", new PlaceOrder("s3", "C", SYMBOL, Side.SELL, OrderType.LIMIT, TimeInForce.GTC, 6_500,
                40_001), "EXC-UNITS-IN-TRADING-POSITION");
        // Nor moved back to the registry.
        f.rejected("alice", new MoveUnitsFromTrading("C", SYMBOL, 40_001), "EXC-UNITS-IN-TRADING-POSITION");
        f.ok("alice", new MoveUnitsFromTrading("C", SYMBOL, 40_000));
    }

    @Test
    void staffKeyEmittersFrozenAccountsAndNonMembersMayNotTrade() {
        f.rejected("alice", buy("A", 6_000, 1), "EXC-MEMBER-ONLY");
        f.rejected("m2", buy("A", 6_000, 1), "EXC-MEMBER-ONLY");

        f.ok("reg-sc", new SetTradingRestriction("HB", RestrictionReason.STAFF, true, "exchange employee"));
        f.rejected("m1", buy("B", 6_000, 1), "EXC-STAFF-NO-TRADING");

        f.ok("reg-sc", new SetTradingRestriction("HC", RestrictionReason.KEY_EMITTER, true, "26,000 t in 2025"));
        f.rejected("m2", buy("C", 6_000, 1), "EXC-KEY-EMITTER-NATIONAL-MARKET");

        f.ok("reg-sc", new FreezeAccount("A", "court order"));
        f.rejected("m1", buy("A", 6_000, 1), "EXC-FROZEN-ACCOUNT-NO-TRADING");
    }

    @Test
    void administrationAccountsCannotBeAdmittedToTrading() {
        f.ok(Rulebook.SYSTEM_ACTOR, new OpenAccount("SC-AUCTION", AccountType.AUCTION, "SC", "SC-GOV", "Sichuan"));
        f.rejected(Rulebook.SYSTEM_ACTOR, new RegisterTradingAccount("SC-AUCTION", "m1"), "EXC-TRADABLE-ACCOUNT-TYPE");
        f.rejected("m1", new RegisterTradingAccount("A", "m1"), "EXC-OPERATOR-ONLY");
    }

    @Test
    void aHaltedInstrumentTakesNoOrders() {
        f.ok("reg-sc", new SetInstrumentHalt(SYMBOL, true, "abnormal swing"));
        f.rejected("m1", buy("A", 6_000, 1), "EXC-INSTRUMENT-HALT");
        f.ok("reg-sc", new SetInstrumentHalt(SYMBOL, false, "resumed"));
        f.ok("m1", buy("A", 6_000, 1));
    }

    @Test
    void marketOrdersOnlyWhereTheRulebookAllowsThem() {
        PlaceOrder market = new PlaceOrder("mk1", "A", SYMBOL, Side.BUY, OrderType.MARKET, TimeInForce.IOC, 0, 10);
        f.rejected("m1", market, "EXC-MARKET-ORDERS");
        f.ok("reg-cy", new AmendRule(Rule.EXC_MARKET_ORDERS.id().value(), 1, LocalDate.of(2026, 11, 30), "t", "1"));
        f.sell("s1", "C", 6_300, 10);
        f.ok("m1", new PlaceOrder("mk2", "A", SYMBOL, Side.BUY, OrderType.MARKET, TimeInForce.GTC, 0, 20));
        assertThat(f.units("A")).isEqualTo(ExchangeFixture.UNITS + 10);
        // A market order takes what there is and never rests.
        assertThat(f.depth().bids()).isEmpty();
        assertThat(f.reserved("A")).isZero();
    }

    @Test
    void todaysPurchasesCannotBeSoldUntilTheNextTradingDay() {
        f.sell("s1", "C", 6_250, 100);
        f.buy("b1", "A", 6_250, 100);
        f.ok("alice", new MoveUnitsFromTrading("A", SYMBOL, ExchangeFixture.UNITS));
        f.rejected("m1", new PlaceOrder("s2", "A", SYMBOL, Side.SELL, OrderType.LIMIT, TimeInForce.GTC, 6_250, 1),
                "EXC-HOLDING-T-PLUS-1");

        f.tickAt(java.time.LocalDateTime.of(2026, 11, 30, 15, 0));
        f.tickAt(java.time.LocalDateTime.of(2026, 12, 1, 9, 30));
        f.at(java.time.LocalDateTime.of(2026, 12, 1, 9, 31));
        f.ok("m1", new PlaceOrder("s2", "A", SYMBOL, Side.SELL, OrderType.LIMIT, TimeInForce.GTC, 6_250, 100));
    }

    @Test
    void saleProceedsAreWithdrawableFromTheNextDay() {
        f.sell("s1", "C", 6_250, 100);
        f.buy("b1", "A", 6_250, 100);
        f.rejected("m2", new WithdrawFunds("C", ExchangeFixture.FUNDS + 1, "pay out"),
                "CLR-PROCEEDS-WITHDRAWABLE-NEXT-DAY");
        f.ok("m2", new WithdrawFunds("C", ExchangeFixture.FUNDS, "pay out"));
        f.at(java.time.LocalDateTime.of(2026, 12, 1, 8, 0));
        f.ok("m2", new WithdrawFunds("C", 625_000, "pay out"));
        assertThat(f.available("C")).isZero();
    }
}
