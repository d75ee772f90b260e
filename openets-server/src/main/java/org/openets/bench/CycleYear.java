package org.openets.bench;

import static org.openets.bench.CycleWorkload.YEAR;
import static org.openets.bench.CycleWorkload.envelope;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.openets.allocation.AllocationMethod;
import org.openets.allocation.OpenAllocationYear;
import org.openets.allocation.PreAllocate;
import org.openets.allocation.SetAllocationMethod;
import org.openets.allocation.TrueUp;
import org.openets.auction.AnnounceAuction;
import org.openets.auction.CloseAuction;
import org.openets.auction.ReserveBasis;
import org.openets.auction.SubmitBid;
import org.openets.compliance.CloseCompliance;
import org.openets.compliance.Compliance;
import org.openets.compliance.ComplianceView;
import org.openets.compliance.ImposeShortfallFine;
import org.openets.compliance.RecordOffsetProject;
import org.openets.compliance.SurrenderForCompliance;
import org.openets.core.Envelope;
import org.openets.core.MarketTime;
import org.openets.core.Position;
import org.openets.engine.Engine;
import org.openets.exchange.ListInstrument;
import org.openets.exchange.MoveUnitsToTrading;
import org.openets.exchange.OrderType;
import org.openets.exchange.PlaceOrder;
import org.openets.exchange.Side;
import org.openets.exchange.TimeInForce;
import org.openets.mrv.Sector;
import org.openets.registry.AccountType;
import org.openets.registry.IssueUnits;
import org.openets.registry.Registry;
import org.openets.rulebook.Rulebook;

/**
 * The phases of the year around MRV: allocation, true-up, the auction, surrenders, the December trading that
 * prices fines, the close and the fines. Quantities that depend on what happened (the auction account's volume,
 * what an entity holds and owes) are read from the engine when a phase is generated, as a regulator or an entity
 * would look them up. 2023 is the market's first year, so every entity is a new entrant: pre-allocation has no
 * previous year's report to take half of and delivers nothing, and the true-up delivers the year's allocation
 * [P2324 §5(1)–(2); DOMAIN §5].
 */
public final class CycleYear {

    /** What a phase may read of the engine, on its thread, between phases. */
    public interface EngineState {
        <T> T query(Function<Engine, T> query);
    }

    static final LocalDateTime SETUP = LocalDateTime.of(YEAR, 6, 1, 10, 0);
    /** t CO2 allocated per t of product, in every sector: 2 % above the emissions the outputs are drawn from. */
    static final String BENCHMARK = "1.02";
    static final String CCER = "CCER-2024-P1";
    static final String CCER_PROJECT = "CCER-P1";
    static final long LOT_TONNES = 500;
    static final long RESERVE_PRICE_FEN = 4_000;
    static final long MARKET_PRICE_FEN = 6_000;
    static final String FINE_MULTIPLE = "5";

    private final CycleWorkload workload;
    private final EngineState engine;

    public CycleYear(CycleWorkload workload, EngineState engine) {
        this.workload = workload;
        this.engine = engine;
    }

    public CycleWorkload workload() {
        return workload;
    }

    static String unit(String jurisdiction) {
        return jurisdiction + "EA-" + YEAR;
    }

    /**
     * Each jurisdiction opens the year with a cap of 112 % of the free allocation it expects (room for the 3 %
     * auctioned and 5 % reserved), publishes the benchmark for every sector and pre-allocates.
     */
    public List<CyclePhase.Step> allocate() {
        long[] expected = workload.expectedObligations();
        List<Envelope> out = new ArrayList<>();
        for (String j : CycleWorkload.JURISDICTIONS) {
            long free = 0;
            for (int i = 0; i < workload.entities(); i++) {
                if (CycleWorkload.jurisdiction(i).equals(j)) {
                    free = Math.addExact(free, allocation(Math.max(1, workload.output(i))));
                }
            }
            long cap = Math.multiplyExact(free, 112) / 100 + LOT_TONNES;
            String regulator = CycleWorkload.regulator(j);
            out.add(envelope("allocate", out.size(), regulator, new OpenAllocationYear(j, YEAR, cap,
                    CycleWorkload.governmentAccount(j, AccountType.GOVERNMENT_ISSUANCE),
                    CycleWorkload.governmentAccount(j, AccountType.AUCTION),
                    CycleWorkload.governmentAccount(j, AccountType.RESERVE))));
            for (Sector sector : CycleWorkload.SECTORS) {
                out.add(envelope("allocate", out.size(), regulator, new SetAllocationMethod(j, YEAR, sector,
                        AllocationMethod.BENCHMARK, BENCHMARK, null, "regional allocation plan of " + YEAR)));
            }
            out.add(envelope("allocate", out.size(), regulator, new PreAllocate(j, YEAR)));
        }
        return List.of(CyclePhase.Step.at(SETUP.plusMinutes(30), out));
    }

    /** ⌊Q × B⌋ for a benchmark of 1.02. */
    private static long allocation(long output) {
        return Math.multiplyExact(output, 102) / 100;
    }

    public List<CyclePhase.Step> trueUp() {
        List<Envelope> out = new ArrayList<>();
        for (String j : CycleWorkload.JURISDICTIONS) {
            out.add(envelope("true-up", out.size(), CycleWorkload.regulator(j), new TrueUp(j, YEAR, null)));
        }
        return List.of(CyclePhase.Step.at(LocalDateTime.of(YEAR + 1, 6, 3, 10, 0), out));
    }

    /**
     * Each jurisdiction auctions what its auction account holds, in whole lots, on Tuesday 4 June: bids from
     * 10:00 to 11:00 by the entities admitted to trading, each for about twice its share of the volume at 40 to 60
     * yuan, the close at 11:00 and the settlement at 09:00 the next working day (AUC-SETTLEMENT-WORKING-DAYS).
     */
    public List<CyclePhase.Step> auction() {
        LocalDate day = LocalDate.of(YEAR + 1, 6, 4);
        long opens = MarketTime.epochMillis(day.atTime(10, 0));
        long closes = MarketTime.epochMillis(day.atTime(11, 0));
        List<Envelope> announce = new ArrayList<>();
        List<Envelope> bids = new ArrayList<>();
        List<Envelope> close = new ArrayList<>();
        for (String j : CycleWorkload.JURISDICTIONS) {
            String account = CycleWorkload.governmentAccount(j, AccountType.AUCTION);
            long volume = available(account, unit(j)) / LOT_TONNES * LOT_TONNES;
            String auctionId = "AUC-" + j + "-" + YEAR;
            String regulator = CycleWorkload.regulator(j);
            List<Integer> bidders = bidders(j);
            if (volume == 0 || bidders.size() < 2) {
                continue; // a tiny year: nothing to auction, or too few bidders to cover it
            }
            announce.add(envelope("announce", announce.size(), regulator, new AnnounceAuction(auctionId, j, unit(j),
                    account, volume, ReserveBasis.EXPLICIT, RESERVE_PRICE_FEN, opens, closes)));
            long share = ceilLots(Math.multiplyExact(volume, 2) / Math.max(1, bidders.size()));
            long quantity = Math.max(LOT_TONNES, Math.min(share, volume / 2 / LOT_TONNES * LOT_TONNES));
            for (int k = 0; k < bidders.size(); k++) {
                int i = bidders.get(k);
                bids.add(envelope("bid", bids.size(), CycleWorkload.MEMBER, new SubmitBid(auctionId,
                        "BID-" + CycleWorkload.entity(i), CycleWorkload.holdingAccount(i),
                        RESERVE_PRICE_FEN + (k % 21) * 100L, quantity)));
            }
            close.add(envelope("close-auction", close.size(), regulator, new CloseAuction(auctionId, YEAR)));
        }
        return List.of(CyclePhase.Step.at(day.atTime(9, 0), announce), CyclePhase.Step.at(day.atTime(10, 0), bids),
                CyclePhase.Step.at(day.atTime(11, 0), close),
                CyclePhase.Step.at(day.plusDays(1).atTime(9, 0), List.of()));
    }

    private static long ceilLots(long tonnes) {
        return (tonnes + LOT_TONNES - 1) / LOT_TONNES * LOT_TONNES;
    }

    private List<Integer> bidders(String jurisdiction) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < workload.bidders(); i++) {
            if (CycleWorkload.jurisdiction(i).equals(jurisdiction)) {
                out.add(i);
            }
        }
        return out;
    }

    /** Every 20th entity (from the 4th) surrenders CCER credits up to its offset cap, issued to it first. */
    static boolean usesCredits(int i) {
        return i % 20 == 3;
    }

    /**
     * On 2 September every entity surrenders its obligation from what it holds: most in full, the short ones all
     * they have, and the credit users their offset cap in CCER credits [OffsetCap] and the rest in allowances.
     */
    public List<CyclePhase.Step> surrender() {
        int n = workload.entities();
        long[][] standing = engine.query(e -> {
            Compliance compliance = e.context(Compliance.class);
            Registry registry = e.context(Registry.class);
            long[][] rows = new long[n][];
            for (int i = 0; i < n; i++) {
                ComplianceView v = compliance.status(CycleWorkload.entity(i), YEAR);
                rows[i] = new long[] {v.obligationTonnes(), v.offsetCapTonnes(), registry.balance(
                        CycleWorkload.holdingAccount(i), unit(CycleWorkload.jurisdiction(i)), Position.AVAILABLE)};
            }
            return rows;
        });
        List<Envelope> out = new ArrayList<>();
        String authority = CycleWorkload.regulator("CY");
        out.add(envelope("surrender", out.size(), authority,
                new RecordOffsetProject(CCER_PROJECT, LocalDate.of(YEAR + 1, 3, 1).toEpochDay(), null)));
        for (int i = 0; i < n; i++) {
            long obligation = standing[i][0];
            long credits = usesCredits(i) ? Math.min(standing[i][1], obligation) : 0;
            String representative = CycleWorkload.representative(i);
            if (credits > 0) {
                out.add(envelope("surrender", out.size(), authority,
                        new IssueUnits(CycleWorkload.holdingAccount(i), CCER, credits)));
                out.add(envelope("surrender", out.size(), representative,
                        new SurrenderForCompliance(CycleWorkload.entity(i), YEAR, CCER, credits)));
            }
            long allowances = Math.min(standing[i][2], obligation - credits);
            if (allowances > 0) {
                out.add(envelope("surrender", out.size(), representative, new SurrenderForCompliance(
                        CycleWorkload.entity(i), YEAR, unit(CycleWorkload.jurisdiction(i)), allowances)));
            }
        }
        return List.of(CyclePhase.Step.at(LocalDateTime.of(YEAR + 1, 9, 2, 10, 0), out));
    }

    /**
     * Monday 2 December, in the month before the deadline: each jurisdiction's allowance is listed and three
     * trades between entities admitted to trading make the window price that fines use [REG24 Art 24]; the day
     * closes at 15:00.
     */
    public List<CyclePhase.Step> market() {
        List<Envelope> out = new ArrayList<>();
        int orders = 0;
        for (String j : CycleWorkload.JURISDICTIONS) {
            List<Integer> bidders = bidders(j);
            out.add(envelope("market", out.size(), Rulebook.SYSTEM_ACTOR,
                    new ListInstrument(unit(j), unit(j), MARKET_PRICE_FEN, 1, 0)));
            int seller = -1;
            for (int i : bidders) {
                if (available(CycleWorkload.holdingAccount(i), unit(j)) >= 3 * LOT_TONNES) {
                    seller = i;
                    break;
                }
            }
            if (seller < 0 || bidders.size() < 2) {
                continue; // a tiny year without two traders: the close takes the last close, if any
            }
            int buyer = seller == bidders.get(0) ? bidders.get(1) : bidders.get(0);
            String sellerAccount = CycleWorkload.holdingAccount(seller);
            out.add(envelope("market", out.size(), CycleWorkload.representative(seller),
                    new MoveUnitsToTrading(sellerAccount, unit(j), 3 * LOT_TONNES)));
            for (long price : new long[] {MARKET_PRICE_FEN, MARKET_PRICE_FEN + 100, MARKET_PRICE_FEN - 50}) {
                out.add(envelope("market", out.size(), CycleWorkload.MEMBER, new PlaceOrder("O-" + (++orders),
                        sellerAccount, unit(j), Side.SELL, OrderType.LIMIT, TimeInForce.DAY, price, LOT_TONNES)));
                out.add(envelope("market", out.size(), CycleWorkload.MEMBER, new PlaceOrder("O-" + (++orders),
                        CycleWorkload.holdingAccount(buyer), unit(j), Side.BUY, OrderType.LIMIT, TimeInForce.DAY,
                        price, LOT_TONNES)));
            }
        }
        LocalDate day = LocalDate.of(YEAR + 1, 12, 2);
        return List.of(CyclePhase.Step.at(day.atTime(10, 0), out), CyclePhase.Step.at(day.atTime(15, 0), List.of()));
    }

    /** The first working day after the deadline of 31 December [REG24 Art 24]. */
    public List<CyclePhase.Step> close() {
        List<Envelope> out = new ArrayList<>();
        for (String j : CycleWorkload.JURISDICTIONS) {
            out.add(envelope("close", out.size(), CycleWorkload.regulator(j), new CloseCompliance(j, YEAR)));
        }
        return List.of(CyclePhase.Step.at(LocalDateTime.of(YEAR + 2, 1, 2, 10, 0), out));
    }

    /** A fine of five times the window price per tonne short for every entity the close found short. */
    public List<CyclePhase.Step> fines() {
        List<ComplianceView> shortOnes = engine.query(e -> e.context(Compliance.class).statuses(YEAR).stream()
                .filter(v -> v.shortfallTonnes() > 0).toList());
        List<Envelope> out = new ArrayList<>();
        for (ComplianceView v : shortOnes) {
            out.add(envelope("fine", out.size(), CycleWorkload.regulator(v.jurisdiction()),
                    new ImposeShortfallFine(v.entityId(), YEAR, FINE_MULTIPLE)));
        }
        return List.of(CyclePhase.Step.at(LocalDateTime.of(YEAR + 2, 1, 6, 10, 0), out));
    }

    private long available(String account, String unit) {
        return engine.query(e -> e.context(Registry.class).balance(account, unit, Position.AVAILABLE));
    }
}
