package org.openets.auction;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.openets.clearing.FundsAccount;
import org.openets.core.Event;
import org.openets.core.FundsMovement;
import org.openets.core.FundsState;
import org.openets.core.Movement;
import org.openets.core.MovesFunds;
import org.openets.core.MovesUnits;
import org.openets.core.Outcome;
import org.openets.core.Position;
import org.openets.engine.Engine;
import org.openets.engine.StandardEngine;

/**
 * Invariants over random auctions (bids from eight accounts of seven groups at a few prices, so that ties and
 * cap rejections are common; either tie rule; three minimum covers): units and money are conserved, the price
 * and awards follow the uniform-price rule, payments equal the fiscal account's credit, the movements in the
 * events sum to the engine's balances, the same seed gives the same result and replay gives the same state.
 */
class AuctionPropertiesTest {

    private static final String[] ACCOUNTS = {"BID-A", "BID-B", "BID-C", "BID-D", "BID-E", "BID-F", "BID-G", "BID-A2"};
    private static final long LOT = 500;

    record BidSpec(int account, long priceFen, int lots) {
    }

    @Provide
    Arbitrary<List<BidSpec>> bids() {
        Arbitrary<BidSpec> bid = Combinators.combine(Arbitraries.integers().between(0, ACCOUNTS.length - 1),
                Arbitraries.of(5_400L, 5_500L, 5_600L, 5_800L, 6_000L), Arbitraries.integers().between(1, 12))
                .as(BidSpec::new);
        return bid.list().ofMaxSize(16);
    }

    /** One auction run to its end: announced, bid, closed with {@code seed} and, if cleared, settled. */
    private static AuctionFixture run(List<BidSpec> bids, int supplyLots, long seed, boolean proRata,
                                      long minCoverBps) {
        AuctionFixture f = new AuctionFixture();
        f.amend("AUC-PRO-RATA", proRata ? 1 : 0);
        f.amend("AUC-MIN-COVER-BPS", minCoverBps);
        f.announce("AUC-P", supplyLots * LOT, 5_500);
        f.at(LocalDateTime.of(2025, 3, 4, 10, 30));
        for (int i = 0; i < bids.size(); i++) {
            BidSpec b = bids.get(i);
            String account = ACCOUNTS[b.account()];
            String member = "mem-" + account.substring(4, 5).toLowerCase();
            f.apply(member, new SubmitBid("AUC-P", "b" + i, account, b.priceFen(), b.lots() * LOT));
        }
        f.at(LocalDateTime.of(2025, 3, 4, 11, 0));
        f.ok("reg-sc", new CloseAuction("AUC-P", seed));
        f.tickAt(LocalDateTime.of(2025, 3, 5, 9, 0));
        return f;
    }

    @Property(tries = 60)
    void every_auction_keeps_the_invariants(@ForAll("bids") List<BidSpec> bids,
                                            @ForAll @IntRange(min = 2, max = 40) int supplyLots, @ForAll long seed,
                                            @ForAll boolean proRata, @ForAll @IntRange(min = 0, max = 2) int cover) {
        long minCoverBps = new long[] {10_000, 5_000, 0}[cover];
        AuctionFixture f = run(bids, supplyLots, seed, proRata, minCoverBps);
        List<Event> events = new ArrayList<>();
        f.journal.forEach(a -> events.addAll(a.events()));
        long supply = supplyLots * LOT;

        checkUnitsAndMoneyConserved(f);
        checkMovementsMatchBalances(f, events);
        List<AuctionCleared> cleared = AuctionFixture.ofType(events, AuctionCleared.class);
        if (cleared.isEmpty()) {
            AuctionCancelled cancelled = AuctionFixture.only(events, AuctionCancelled.class);
            assertThat(cancelled.validBidTonnes() * 10_000 < minCoverBps * supply || cancelled.validBidTonnes() == 0)
                    .as("cancelled only for low cover").isTrue();
            assertThat(f.fiscalFen()).isZero();
        } else {
            checkUniformPrice(cleared.get(0), AuctionFixture.ofType(events, BidSubmitted.class), supply, proRata);
            checkSettlement(f, cleared.get(0), AuctionFixture.only(events, AuctionSettled.class));
        }
        checkSameSeedSameResult(f, bids, supplyLots, seed, proRata, minCoverBps);
        checkReplay(f);
    }

    private static void checkUnitsAndMoneyConserved(AuctionFixture f) {
        long units = 0;
        for (String account : withAuctionAccount()) {
            for (Position position : Position.values()) {
                long balance = f.units(account, position);
                assertThat(balance).isNotNegative();
                units += balance;
            }
        }
        assertThat(units).isEqualTo(AuctionFixture.SUPPLY_HELD);
        assertThat(f.units(AuctionFixture.AUCTION_ACCOUNT, Position.RESERVED)).as("nothing left set aside").isZero();
        long money = f.fiscalFen();
        for (String account : ACCOUNTS) {
            assertThat(f.funds(account).reservedFen()).as("no guarantee left reserved").isZero();
            money += f.funds(account).availableFen();
        }
        assertThat(money).isEqualTo(ACCOUNTS.length * AuctionFixture.DEPOSIT_FEN);
    }

    private static List<String> withAuctionAccount() {
        List<String> accounts = new ArrayList<>(List.of(ACCOUNTS));
        accounts.add(AuctionFixture.AUCTION_ACCOUNT);
        return accounts;
    }

    /** What a read model gets by summing the events' movements from genesis equals the engine's balances. */
    private static void checkMovementsMatchBalances(AuctionFixture f, List<Event> events) {
        Map<String, Long> units = new HashMap<>();
        Map<String, Long> funds = new HashMap<>();
        for (Event e : events) {
            if (e instanceof MovesUnits moves) {
                for (Movement m : moves.movements()) {
                    units.merge(m.accountId() + "/" + m.unit() + "/" + m.position(), m.deltaTonnes(), Long::sum);
                }
            }
            if (e instanceof MovesFunds moves) {
                for (FundsMovement m : moves.fundsMovements()) {
                    funds.merge(m.accountId() + "/" + m.state(), m.deltaFen(), Long::sum);
                }
            }
        }
        for (String account : withAuctionAccount()) {
            for (Position position : Position.values()) {
                assertThat(f.units(account, position)).as("%s %s", account, position)
                        .isEqualTo(units.getOrDefault(account + "/" + AuctionFixture.UNIT + "/" + position, 0L));
            }
        }
        for (FundsAccount account : f.clearing().accounts()) {
            assertThat(account.availableFen()).as(account.accountId())
                    .isEqualTo(funds.getOrDefault(account.accountId() + "/" + FundsState.AVAILABLE, 0L));
            assertThat(account.reservedFen()).as(account.accountId())
                    .isEqualTo(funds.getOrDefault(account.accountId() + "/" + FundsState.RESERVED, 0L));
        }
    }

    /** An oracle for the clearing rule, written from DOMAIN §8 and §17 apart from the implementation. */
    private static void checkUniformPrice(AuctionCleared cleared, List<BidSubmitted> valid, long supply,
                                          boolean proRata) {
        long price = cleared.clearingPriceFen();
        assertThat(cleared.soldTonnes() + cleared.unsoldTonnes()).isEqualTo(supply);
        assertThat(cleared.allocations()).extracting(Allocation::bidId)
                .containsExactlyElementsOf(valid.stream().map(BidSubmitted::bidId).toList());
        long above = valid.stream().filter(b -> b.priceFen() > price).mapToLong(BidSubmitted::quantity).sum();
        long atPrice = valid.stream().filter(b -> b.priceFen() == price).mapToLong(BidSubmitted::quantity).sum();
        assertThat(above).as("bids above the price leave supply to cover").isLessThan(supply);
        if (cleared.unsoldTonnes() > 0) {
            assertThat(above + atPrice).as("undersold only when all demand is filled").isEqualTo(cleared.soldTonnes());
            assertThat(valid).allMatch(b -> b.priceFen() >= price);
        }
        Map<String, Long> awarded = new HashMap<>();
        for (Allocation a : cleared.allocations()) {
            assertThat(a.awardedTonnes() % LOT).isZero();
            assertThat(a.awardedTonnes()).isBetween(0L, a.bidQuantity());
            assertThat(a.paymentFen()).isEqualTo(price * a.awardedTonnes());
            if (a.bidPriceFen() > price) {
                assertThat(a.awardedTonnes()).isEqualTo(a.bidQuantity());
            } else if (a.bidPriceFen() < price) {
                assertThat(a.awardedTonnes()).isZero();
            }
            awarded.put(a.bidId(), a.awardedTonnes());
        }
        if (above + atPrice > supply) {
            checkTie(cleared, valid, awarded, supply - above, atPrice, proRata);
        } else {
            assertThat(cleared.tieOrder()).isEmpty();
        }
    }

    private static void checkTie(AuctionCleared cleared, List<BidSubmitted> valid, Map<String, Long> awarded,
                                 long left, long tiedTonnes, boolean proRata) {
        Map<String, Long> bid = new HashMap<>();
        valid.stream().filter(b -> b.priceFen() == cleared.clearingPriceFen())
                .forEach(b -> bid.put(b.bidId(), b.quantity()));
        assertThat(cleared.tieOrder()).containsExactlyInAnyOrderElementsOf(bid.keySet());
        long remaining = left;
        for (String id : cleared.tieOrder()) {
            if (proRata) {
                long floor = left / LOT * (bid.get(id) / LOT) / (tiedTonnes / LOT) * LOT;
                assertThat(awarded.get(id)).isBetween(floor, floor + LOT);
            } else {
                assertThat(awarded.get(id)).as("served in the seeded order")
                        .isEqualTo(Math.min(bid.get(id), remaining));
                remaining -= awarded.get(id);
            }
        }
    }

    private static void checkSettlement(AuctionFixture f, AuctionCleared cleared, AuctionSettled settled) {
        long payments = cleared.allocations().stream().mapToLong(Allocation::paymentFen).sum();
        assertThat(settled.proceedsFen()).isEqualTo(payments)
                .isEqualTo(cleared.clearingPriceFen() * cleared.soldTonnes());
        assertThat(f.fiscalFen()).as("the fiscal account received every payment").isEqualTo(payments);
        for (Allocation a : cleared.allocations()) {
            long delivered = cleared.allocations().stream().filter(o -> o.accountId().equals(a.accountId()))
                    .mapToLong(Allocation::awardedTonnes).sum();
            assertThat(f.units(a.accountId(), Position.AVAILABLE)).isEqualTo(delivered);
        }
    }

    private static void checkSameSeedSameResult(AuctionFixture f, List<BidSpec> bids, int supplyLots, long seed,
                                                boolean proRata, long minCoverBps) {
        AuctionFixture again = run(bids, supplyLots, seed, proRata, minCoverBps);
        assertThat(again.journal).isEqualTo(f.journal);
        assertThat(again.engine.stateHash()).isEqualTo(f.engine.stateHash());
    }

    private static void checkReplay(AuctionFixture f) {
        Engine replayed = StandardEngine.create();
        for (AuctionFixture.Applied a : f.journal) {
            assertThat(replayed.apply(a.timestampMillis(), a.envelope()))
                    .isEqualTo(new Outcome.Accepted(a.sequence(), a.events()));
        }
        assertThat(replayed.stateHash()).isEqualTo(f.engine.stateHash());
        assertThat(StandardEngine.create().restore(f.engine.snapshot()).stateHash()).isEqualTo(f.engine.stateHash());
    }
}
