package org.openets.demo;

import static org.openets.demo.DemoTraders.CCER;
import static org.openets.demo.DemoTraders.CQEA;
import static org.openets.demo.DemoTraders.SCEA;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.openets.clearing.DepositFunds;
import org.openets.core.MarketTime;
import org.openets.exchange.AnnounceOneWay;
import org.openets.exchange.ConfirmBlockTrade;
import org.openets.exchange.InstrumentView;
import org.openets.exchange.ListInstrument;
import org.openets.exchange.MoveUnitsToTrading;
import org.openets.exchange.ProposeBlockTrade;
import org.openets.exchange.RegisterTradingAccount;
import org.openets.exchange.Side;
import org.openets.exchange.SubmitOneWayBid;

/**
 * The demo's trading weeks: the exchange lists two allowance instruments and a CCER, admits and funds the traders,
 * then trades 25 working days from Monday 10 February 2025 (no weekday holiday falls in them): an opening call
 * from 09:15 that uncrosses at 09:30, then orders every few minutes through both sessions from a seeded random
 * walk of each mid price, one block trade and one one-way auction, and a ladder of resting orders at the end.
 * Everything follows from fixed tables and one seed, so every run builds the same journal.
 */
final class DemoTrading {

    private static final String OPERATOR = "system";
    static final LocalDate FIRST_DAY = LocalDate.of(2025, 2, 10);
    static final int TRADING_DAYS = 25;
    /** Wednesday 19 February: a member short of allowances takes a block from a Chongqing chemical maker. */
    private static final int BLOCK_DAY = 7;
    /** Monday 3 March: the photovoltaic developer sells CCERs by one-way bidding. */
    private static final int ONE_WAY_DAY = 15;
    private static final long BLOCK_TONNES = 120_000;
    private static final String BLOCK_BUYER = "M04-TRADING";
    private static final long ONE_WAY_TONNES = 50_000;

    /**
     * How an instrument is listed and how busy it is. Reference prices (DOMAIN §15): Chongqing allowances start at
     * Chongqing's 2024 average, 40.05 [ICAP25]; Sichuan has no allowance price of its own, and its covered power and
     * steel plants are the shorter side of the unified market, so SCEA starts a little higher at 42.50; a CCER is
     * accepted by the national market too, so it starts near the national 2025 average of 62.36 [MKT25], a little
     * below it because offsets cover at most 5 % of an obligation (CMP-OFFSET-CAP-BPS): 60.00.
     *
     * @param activityPercent chance that the instrument sees orders in a given step
     * @param sizeStep        orders are whole multiples of this many tonnes
     * @param maxSteps        and at most this many multiples
     */
    record Profile(String symbol, long referenceFen, int activityPercent, long sizeStep, int maxSteps) {
    }

    static final List<Profile> PROFILES = List.of(
            new Profile(SCEA, 4_250, 80, 60, 30),
            new Profile(CQEA, 4_005, 80, 60, 30),
            new Profile(CCER, 6_000, 35, 50, 16));

    private static final DateTimeFormatter DAY_ID = DateTimeFormatter.ofPattern("yyMMdd");

    private final DemoScript script;
    private final DemoTraders traders;
    private final Random random = new Random(20250210L);
    private final Map<String, PriceWalk> walks = new TreeMap<>();
    private final Map<String, Long> weeklyDriftBps = new TreeMap<>();
    private final ListedOrders listed;
    private LocalDate day;
    private int bids;

    DemoTrading(DemoScript script, List<DemoEntity> entities) {
        this.script = script;
        this.traders = new DemoTraders(entities);
        this.listed = new ListedOrders(script, traders, random);
        for (Profile p : PROFILES) {
            walks.put(p.symbol(), new PriceWalk(random, p.referenceFen()));
        }
    }

    void seed() {
        script.advanceTo(LocalDateTime.of(2025, 2, 7, 16, 30));
        admitTraders();
        LocalDate next = FIRST_DAY;
        for (int d = 0; d < TRADING_DAYS; d++) {
            while (next.getDayOfWeek() == DayOfWeek.SATURDAY || next.getDayOfWeek() == DayOfWeek.SUNDAY) {
                next = next.plusDays(1);
            }
            day = next;
            tradeDay(d, d == TRADING_DAYS - 1);
            next = day.plusDays(1);
        }
        // The last day closes too: its day orders expire and the good-till-cancelled ones stay for visitors.
        script.advanceTo(day.atTime(15, 5));
    }

    private void admitTraders() {
        for (Profile p : PROFILES) {
            script.run(OPERATOR, new ListInstrument(p.symbol(), p.symbol(), p.referenceFen(), 1, 0));
        }
        for (DemoTraders.Trader t : traders.all()) {
            script.run(OPERATOR, new RegisterTradingAccount(t.accountId(), t.memberId()));
            script.run(OPERATOR, new DepositFunds(t.accountId(), t.depositFen(), "DEMO-OPENING-" + t.accountId()));
        }
        topUpSellers();
    }

    /** Sellers keep at least half their starting units in the trading position, moved from their registry holding. */
    private void topUpSellers() {
        MarketSnapshot s = snapshot();
        for (DemoTraders.Sides sides : traders.sides()) {
            for (DemoTraders.Trader seller : sides.sellers()) {
                long have = s.sellable(seller.accountId(), sides.symbol());
                long quantity = Math.min(sides.startingUnits() - have,
                        s.registryAvailable(seller.accountId(), sides.symbol()));
                if (have < sides.startingUnits() / 2 && quantity > 0) {
                    script.run(seller.memberId(), new MoveUnitsToTrading(seller.accountId(), sides.symbol(), quantity));
                }
            }
        }
    }

    private void tradeDay(int d, boolean last) {
        if (d % 5 == 0) {
            for (Profile p : PROFILES) {
                weeklyDriftBps.put(p.symbol(), (long) random.nextInt(141) - 50);
            }
        }
        script.advanceTo(day.atTime(9, 10));
        topUpSellers();
        TreeMap<LocalDateTime, List<Runnable>> plan = new TreeMap<>();
        for (int minute : new int[] {15, 20, 25}) {
            boolean first = minute == 15;
            add(plan, day.atTime(9, minute, random.nextInt(60)), () -> openingCall(first));
        }
        addSession(plan, LocalTime.of(9, 30), LocalTime.of(11, 30));
        addSession(plan, LocalTime.of(13, 0), LocalTime.of(15, 0));
        if (d == BLOCK_DAY) {
            add(plan, day.atTime(13, 40), this::proposeBlock);
            add(plan, day.atTime(13, 48), this::confirmBlock);
        }
        if (d == ONE_WAY_DAY) {
            add(plan, day.atTime(9, 40), this::announceOneWay);
            for (int minute : new int[] {3, 9, 15, 21, 27}) {
                add(plan, day.atTime(10, minute, 30), this::bidOneWay);
            }
        }
        if (last) {
            add(plan, day.atTime(14, 50), () -> listed.ladder(snapshot(), walks, dayId()));
        }
        plan.forEach((at, actions) -> {
            script.advanceTo(at);
            actions.forEach(Runnable::run);
        });
    }

    private void addSession(TreeMap<LocalDateTime, List<Runnable>> plan, LocalTime from, LocalTime to) {
        LocalDateTime at = day.atTime(from).plusSeconds(60 + random.nextInt(120));
        while (at.toLocalTime().isBefore(to)) {
            add(plan, at, this::continuousStep);
            at = at.plusSeconds(120 + random.nextInt(300));
        }
    }

    private static void add(TreeMap<LocalDateTime, List<Runnable>> plan, LocalDateTime at, Runnable action) {
        plan.computeIfAbsent(at, t -> new ArrayList<>()).add(action);
    }

    /** Crossing orders in the opening call; the first of the day sets the opening mid off the reference. */
    private void openingCall(boolean first) {
        MarketSnapshot s = snapshot();
        for (Profile p : PROFILES) {
            InstrumentView view = s.instrument(p.symbol());
            PriceWalk walk = walks.get(p.symbol());
            if (first) {
                long gapBps = weeklyDriftBps.get(p.symbol()) + random.nextInt(81) - 40;
                walk.restartAt(view.referencePriceFen() + view.referencePriceFen() * gapBps / 10_000);
            }
            listed.opening(p, s, walk.mid(), dayId());
        }
    }

    private void continuousStep() {
        MarketSnapshot s = snapshot();
        for (Profile p : PROFILES) {
            if (random.nextInt(100) < p.activityPercent()) {
                InstrumentView view = s.instrument(p.symbol());
                // The week's mood: its drift spread over a day's steps, on top of the opening gap.
                long drift = weeklyDriftBps.get(p.symbol()) / 25;
                long mid = walks.get(p.symbol()).step(view.referencePriceFen(), 25, drift, 600);
                listed.continuous(p, s, mid, dayId());
            }
        }
    }

    private void proposeBlock() {
        DemoTraders.Trader seller = traders.sides(CQEA).sellers().get(0);
        ensureSellable(seller, CQEA, BLOCK_TONNES);
        long reference = snapshot().instrument(CQEA).referencePriceFen();
        // A block changes hands a little under the screen price: the seller pays for size.
        long price = reference * 99 / 100;
        script.run(seller.memberId(), new ProposeBlockTrade(blockId(), seller.accountId(), BLOCK_BUYER, CQEA,
                Side.SELL, price, BLOCK_TONNES));
    }

    private void confirmBlock() {
        script.run(traders.memberOf(BLOCK_BUYER), new ConfirmBlockTrade(blockId()));
    }

    private String blockId() {
        return "BLK-" + dayId();
    }

    private void announceOneWay() {
        DemoTraders.Trader developer = traders.sides(CCER).sellers().get(0);
        ensureSellable(developer, CCER, ONE_WAY_TONNES);
        long floor = snapshot().instrument(CCER).referencePriceFen() * 97 / 100;
        script.run(OPERATOR, new AnnounceOneWay(oneWayId(), developer.accountId(), CCER, Side.SELL, ONE_WAY_TONNES,
                floor, millis(day.atTime(10, 0)), millis(day.atTime(10, 30))));
    }

    /** Bidders take turns; together they ask for more than is offered, so the lowest bid is cut. */
    private void bidOneWay() {
        List<DemoTraders.Trader> bidders = traders.sides(CCER).buyers();
        DemoTraders.Trader bidder = bidders.get(bids % bidders.size());
        MarketSnapshot s = snapshot();
        long reference = s.instrument(CCER).referencePriceFen();
        long price = reference * 97 / 100 + random.nextInt((int) (reference * 4 / 100));
        long quantity = 1_000L * (8 + random.nextInt(13));
        if (!s.spend(bidder.accountId(), price * quantity)) {
            throw new IllegalStateException("demo bidder " + bidder.accountId() + " cannot pay for its bid");
        }
        script.run(bidder.memberId(), new SubmitOneWayBid(oneWayId(), oneWayId() + "-B" + (++bids),
                bidder.accountId(), price, quantity));
    }

    private String oneWayId() {
        return "OWA-" + dayId();
    }

    /** Moves units into the trading position until {@code quantity} can be sold. */
    private void ensureSellable(DemoTraders.Trader trader, String symbol, long quantity) {
        MarketSnapshot s = snapshot();
        long missing = quantity - s.sellable(trader.accountId(), symbol);
        if (missing > 0) {
            script.run(trader.memberId(), new MoveUnitsToTrading(trader.accountId(), symbol, missing));
        }
    }

    private MarketSnapshot snapshot() {
        long now = script.now();
        List<String> accounts = traders.all().stream().map(DemoTraders.Trader::accountId).toList();
        return script.query(MarketSnapshot.question(now, DemoTraders.SYMBOLS, accounts));
    }

    private String dayId() {
        return day.format(DAY_ID);
    }

    private static long millis(LocalDateTime chinaTime) {
        return MarketTime.epochMillis(chinaTime);
    }
}
