package org.openets.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import org.openets.clearing.DepositFunds;
import org.openets.core.Command;
import org.openets.core.Envelope;
import org.openets.core.MarketTime;
import org.openets.core.Outcome;
import org.openets.exchange.CancelOrder;
import org.openets.exchange.Depth;
import org.openets.exchange.InstrumentView;
import org.openets.exchange.MoveOrder;
import org.openets.exchange.MoveUnitsToTrading;
import org.openets.exchange.OrderType;
import org.openets.exchange.OrderView;
import org.openets.exchange.PlaceOrder;
import org.openets.exchange.Side;
import org.openets.exchange.TimeInForce;
import org.openets.exchange.TradeExecuted;
import org.openets.exchange.TradingPhase;
import org.openets.rulebook.AmendRule;
import org.openets.rulebook.Rule;
import org.openets.rulebook.Rulebook;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the demo market moving while it is served: every one to two seconds of real time it places an order in one
 * instrument around a wandering mid price, as a quote that rests or as one that takes the best opposite price, and
 * now and then moves or pulls one of its resting orders. Any demo account may buy or sell; a seller sells only what
 * it may sell today, moving units from its registry holding when it runs short, and a buyer short of money is
 * credited by the operator, so hours of trading never exhaust the market. A refused order is normal in a market (a
 * session changing, a price band moved): it is logged at debug level and the next step goes on.
 */
public final class LiveDemoTrader implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(LiveDemoTrader.class);
    private static final String OPERATOR = "system";
    private static final String UNIFIED_AUTHORITY = "reg-cy";
    /**
     * The sessions that let a visitor see trading at any hour: calls from 00:00, continuous trading from 00:01 to
     * 23:59, every day. In an order whose intermediate rule sets never close a session early.
     */
    private static final Map<Rule, Long> ROUND_THE_CLOCK = new LinkedHashMap<>();

    static {
        ROUND_THE_CLOCK.put(Rule.EXC_WEEKEND_TRADING, 1L);
        ROUND_THE_CLOCK.put(Rule.EXC_AFTERNOON_CLOSE_MINUTE, 1439L);
        ROUND_THE_CLOCK.put(Rule.EXC_AFTERNOON_OPEN_MINUTE, 1438L);
        ROUND_THE_CLOCK.put(Rule.EXC_MORNING_CLOSE_MINUTE, 1438L);
        ROUND_THE_CLOCK.put(Rule.EXC_OPENING_CALL_MINUTE, 0L);
        ROUND_THE_CLOCK.put(Rule.EXC_MORNING_OPEN_MINUTE, 1L);
    }

    private static final Map<String, Integer> WEIGHTS = Map.of(DemoTraders.SCEA, 40, DemoTraders.CQEA, 40,
            DemoTraders.CCER, 20);
    /** Resting orders of its own it keeps per instrument; beyond that it pulls the oldest. */
    private static final int MAX_RESTING = 24;
    private static final long TOP_UP_FEN = 20_000_000L * 100;
    private static final long MAX_UNITS_MOVED = 50_000;
    private static final String PREFIX = "LIVE-";

    private final DemoTarget target;
    private final LongSupplier clock;
    private final Random random;
    private final List<DemoTraders.Trader> traders = new DemoTraders(DemoMarket.entities()).all();
    private final List<String> accounts = traders.stream().map(DemoTraders.Trader::accountId).toList();
    private final Map<String, PriceWalk> walks = new TreeMap<>();
    private final String runId;
    private long count;
    private long trades;
    private long refused;
    private ScheduledExecutorService timer;

    /**
     * @param target where orders go, a node's runner in the demo
     * @param clock  the time the target stamps commands with
     * @param seed   of the trader's random choices
     */
    public LiveDemoTrader(DemoTarget target, LongSupplier clock, long seed) {
        this.target = target;
        this.clock = clock;
        this.random = new Random(seed);
        // Ids and keys of this run differ from every earlier run's, so a restarted demo reuses none.
        this.runId = Long.toString(clock.getAsLong(), 36).toUpperCase(java.util.Locale.ROOT);
    }

    /**
     * Has the unified authority amend the session rules, from today, so that the market trades round the clock;
     * amendments cannot be retroactive, so today is the earliest. Only rules not yet at those values are amended,
     * so a restarted demo changes nothing. Returns the ids of the rules amended.
     */
    public List<String> openRoundTheClock() {
        long now = clock.getAsLong();
        Map<Rule, Long> current = target.query(engine -> {
            Map<Rule, Long> values = new LinkedHashMap<>();
            Rulebook rulebook = engine.context(Rulebook.class);
            ROUND_THE_CLOCK.keySet().forEach(rule -> values.put(rule, rulebook.valueAt(rule, now)));
            return values;
        });
        LocalDate today = MarketTime.localDate(now);
        List<Command> amendments = new ArrayList<>();
        ROUND_THE_CLOCK.forEach((rule, value) -> {
            if (current.get(rule).longValue() != value) {
                amendments.add(new AmendRule(rule.id().value(), value, today, "OpenETS demo",
                        "round-the-clock sessions so visitors see trading"));
            }
        });
        List<String> amended = new ArrayList<>();
        List<Outcome> outcomes = submit(UNIFIED_AUTHORITY, amendments);
        for (int i = 0; i < outcomes.size(); i++) {
            if (outcomes.get(i) instanceof Outcome.Accepted) {
                amended.add(((AmendRule) amendments.get(i)).ruleId());
            } else {
                LOG.warn("demo session amendment {} gave {}", amendments.get(i), outcomes.get(i));
            }
        }
        return amended;
    }

    /** Trades made by this trader's orders so far. */
    public long trades() {
        return trades;
    }

    /** Commands of this trader that were refused so far. */
    public long refused() {
        return refused;
    }

    /** Steps every one to two seconds on a thread of its own until closed. */
    public LiveDemoTrader start() {
        timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "openets-demo-trader");
            thread.setDaemon(true);
            return thread;
        });
        scheduleNext();
        return this;
    }

    private void scheduleNext() {
        try {
            timer.schedule(this::stepAndGoOn, 1_000 + random.nextInt(1_000), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException closed) {
            // closed while stepping: nothing more to do
        }
    }

    private void stepAndGoOn() {
        try {
            step();
        } catch (RuntimeException e) {
            // The node may be stopping, or the engine refusing work; the next step tries again.
            LOG.debug("demo trading step failed: {}", e.toString());
        }
        scheduleNext();
    }

    /** One round: an order in one instrument, after any housekeeping it needs. */
    public void step() {
        long now = clock.getAsLong();
        MarketSnapshot s = target.query(MarketSnapshot.question(now, DemoTraders.SYMBOLS, accounts));
        String symbol = pickSymbol();
        InstrumentView view = s.instrument(symbol);
        if (view == null || view.phase() != TradingPhase.CONTINUOUS && view.phase() != TradingPhase.CALL_AUCTION) {
            return;
        }
        long mid = walk(symbol, view, s.depth(symbol)).step(view.referencePriceFen(), 6, 0, 500);
        List<Envelope> batch = new ArrayList<>();
        List<OrderView> own = s.orders(symbol).stream().filter(o -> o.orderId().startsWith(PREFIX))
                .sorted(Comparator.comparingLong(OrderView::priority)).toList();
        if (own.size() > MAX_RESTING || !own.isEmpty() && Math.abs(own.get(0).priceFen() - mid) * 100 > 3 * mid) {
            batch.add(envelope(memberOf(own.get(0).accountId()), new CancelOrder(own.get(0).orderId())));
        }
        int choice = random.nextInt(100);
        if (choice < 10 && own.size() > 1) {
            move(s, view, own.get(own.size() - 1), mid, batch);
        } else if (choice < 50 && view.phase() == TradingPhase.CONTINUOUS) {
            take(s, view, batch);
        } else {
            Side side = random.nextBoolean() ? Side.BUY : Side.SELL;
            long away = 1 + random.nextInt((int) Math.max(3, mid * 20 / 10_000));
            order(s, view, side, side == Side.BUY ? mid - away : mid + away, TimeInForce.DAY, batch);
        }
        List<Outcome> outcomes = target.submitAll(batch);
        for (int i = 0; i < outcomes.size(); i++) {
            if (outcomes.get(i) instanceof Outcome.Accepted accepted) {
                trades += accepted.events().stream().filter(TradeExecuted.class::isInstance).count();
            } else {
                refused++;
                LOG.debug("demo trader's {} gave {}", batch.get(i).command(), outcomes.get(i));
            }
        }
    }

    private String pickSymbol() {
        int ticket = random.nextInt(100);
        for (String symbol : DemoTraders.SYMBOLS) {
            ticket -= WEIGHTS.get(symbol);
            if (ticket < 0) {
                return symbol;
            }
        }
        return DemoTraders.SCEA;
    }

    /** The instrument's walk, started between the best bid and offer, or at the reference price. */
    private PriceWalk walk(String symbol, InstrumentView view, Depth depth) {
        return walks.computeIfAbsent(symbol, s -> {
            long start = view.referencePriceFen();
            if (!depth.bids().isEmpty() && !depth.asks().isEmpty()) {
                start = (depth.bids().get(0).priceFen() + depth.asks().get(0).priceFen()) / 2;
            }
            return new PriceWalk(random, start);
        });
    }

    private void take(MarketSnapshot s, InstrumentView view, List<Envelope> batch) {
        Side side = random.nextBoolean() ? Side.BUY : Side.SELL;
        Depth depth = s.depth(view.symbol());
        List<Depth.Level> opposite = side == Side.BUY ? depth.asks() : depth.bids();
        if (opposite.isEmpty()) {
            return;
        }
        long best = opposite.get(0).priceFen();
        long through = random.nextInt(3);
        TimeInForce tif = random.nextBoolean() ? TimeInForce.IOC : TimeInForce.DAY;
        order(s, view, side, side == Side.BUY ? best + through : best - through, tif, batch);
    }

    private void move(MarketSnapshot s, InstrumentView view, OrderView order, long mid, List<Envelope> batch) {
        long away = 1 + random.nextInt((int) Math.max(3, mid * 20 / 10_000));
        long price = clamp(view, order.side() == Side.BUY ? mid - away : mid + away);
        long extra = order.side() == Side.BUY ? price * order.openQuantity() - order.reservedFen() : 0;
        if (extra <= 0 || s.spend(order.accountId(), extra)) {
            batch.add(envelope(memberOf(order.accountId()), new MoveOrder(order.orderId(), price)));
        }
    }

    /** A limit order for a random account that can afford it, topping up units or money where needed. */
    private void order(MarketSnapshot s, InstrumentView view, Side side, long limitFen, TimeInForce tif,
                       List<Envelope> batch) {
        String symbol = view.symbol();
        long price = clamp(view, limitFen);
        long quantity = 10L * (1 + random.nextInt(symbol.equals(DemoTraders.CCER) ? 20 : 50));
        DemoTraders.Trader trader = traders.get(random.nextInt(traders.size()));
        if (side == Side.SELL) {
            trader = seller(s, symbol, quantity, batch);
            if (trader == null) {
                side = Side.BUY;
                trader = traders.get(random.nextInt(traders.size()));
            }
        }
        if (side == Side.BUY && !s.spend(trader.accountId(), price * quantity)) {
            batch.add(envelope(OPERATOR, new DepositFunds(trader.accountId(), TOP_UP_FEN, "DEMO-TOPUP-" + runId)));
            s.credit(trader.accountId(), TOP_UP_FEN);
            s.spend(trader.accountId(), price * quantity);
        }
        batch.add(envelope(trader.memberId(), new PlaceOrder(PREFIX + runId + "-" + (++count), trader.accountId(),
                symbol, side, OrderType.LIMIT, tif, price, quantity)));
    }

    /** A random account that may sell {@code quantity} today, if need be after moving units into trading. */
    private DemoTraders.Trader seller(MarketSnapshot s, String symbol, long quantity, List<Envelope> batch) {
        int start = random.nextInt(traders.size());
        for (int i = 0; i < traders.size(); i++) {
            DemoTraders.Trader t = traders.get((start + i) % traders.size());
            if (s.commit(t.accountId(), symbol, quantity)) {
                return t;
            }
        }
        for (int i = 0; i < traders.size(); i++) {
            DemoTraders.Trader t = traders.get((start + i) % traders.size());
            long movable = Math.min(MAX_UNITS_MOVED, s.registryAvailable(t.accountId(), symbol));
            if (movable >= quantity) {
                batch.add(envelope(t.memberId(), new MoveUnitsToTrading(t.accountId(), symbol, movable)));
                s.moved(t.accountId(), symbol, movable);
                s.commit(t.accountId(), symbol, quantity);
                return t;
            }
        }
        return null;
    }

    private String memberOf(String accountId) {
        return traders.stream().filter(t -> t.accountId().equals(accountId)).findFirst().orElseThrow().memberId();
    }

    private static long clamp(InstrumentView view, long priceFen) {
        return Math.max(view.bandLowFen(), Math.min(view.bandHighFen(), priceFen));
    }

    private Envelope envelope(String actor, Command command) {
        return new Envelope("live-" + runId + "-" + (++count), actor, "demo", command);
    }

    private List<Outcome> submit(String actor, List<Command> commands) {
        List<Envelope> batch = new ArrayList<>();
        commands.forEach(c -> batch.add(envelope(actor, c)));
        return batch.isEmpty() ? List.of() : target.submitAll(batch);
    }

    @Override
    public void close() {
        if (timer == null) {
            return;
        }
        timer.shutdownNow();
        try {
            timer.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
