package org.openets.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.openets.core.Command;
import org.openets.core.Envelope;
import org.openets.core.Event;
import org.openets.core.Outcome;
import org.openets.engine.Engine;
import org.openets.engine.StandardEngine;
import org.openets.exchange.CancelOrder;
import org.openets.exchange.Depth;
import org.openets.exchange.Exchange;
import org.openets.exchange.MoveOrder;
import org.openets.exchange.OrderType;
import org.openets.exchange.OrderView;
import org.openets.exchange.PlaceOrder;
import org.openets.exchange.ReduceOrder;
import org.openets.exchange.Side;
import org.openets.exchange.TimeInForce;
import org.openets.exchange.TradeExecuted;

/**
 * The built-in seeded matching workload. Each order line picks an instrument and an account uniformly, then:
 * <ul>
 *   <li>60 % PLACE GTC limit of 1–500 t, buy or sell alike. Nine in ten are passive: at or behind the best
 *       price of their side (0 to 24 ticks, most near the touch; one tick inside the spread when there is
 *       room). One in ten is aggressive: its limit 0 to 4 ticks through the best opposite price, so it trades
 *       and may sweep several levels. While an instrument holds more than {@value #TARGET_DEPTH} resting
 *       orders, one in two is aggressive, which keeps the book near that depth;</li>
 *   <li>10 % PLACE IOC, priced and sized like an aggressive limit order;</li>
 *   <li>20 % CANCEL of a resting order of the instrument, chosen uniformly;</li>
 *   <li>5 % MOVE of a resting order to a new limit priced like a new limit order (it loses its priority);</li>
 *   <li>5 % REDUCE of a resting order by 1 t to half its open quantity.</li>
 * </ul>
 * A cancel, move or reduce falls back to a GTC limit order while the instrument has no resting order. Prices
 * stay in the listed band (the mid that anchors them within 5 % of the reference). To pick only resting
 * orders, the generator runs each line through an engine of its own as it goes; the stream is still a plain
 * function of the settings. Every account starts with {@value #FUNDS_FEN} fen and {@value #UNITS} t of
 * each instrument, so no line is refused for want of money or units.
 */
public final class WorkloadGenerator {

    static final int TARGET_DEPTH = 1_000;
    static final long FUNDS_FEN = 100_000_000_000L;
    static final long UNITS = 10_000_000L;
    /** Line numbers are those of the written file: its header and description take the first two lines. */
    private static final int FIRST_LINE = 3;

    /** What to generate. */
    public record Settings(long seed, int orders, int accounts, int instruments) {
        public Settings {
            if (orders < 0 || accounts < 1 || instruments < 1) {
                throw new IllegalArgumentException("orders >= 0, accounts >= 1 and instruments >= 1 are needed");
            }
        }
    }

    private final Settings settings;
    private final SplittableRandom random;
    private final Engine engine = StandardEngine.create();
    private final Exchange exchange = engine.context(Exchange.class);
    private final List<Book> books = new ArrayList<>();
    private final List<String> accountIds = new ArrayList<>();
    private final List<Workload.OrderLine> lines = new ArrayList<>();
    private long keys;
    private int firstOrderLine;

    private WorkloadGenerator(Settings settings) {
        this.settings = settings;
        this.random = new SplittableRandom(settings.seed());
    }

    public static Workload generate(Settings settings) {
        return new WorkloadGenerator(settings).generate();
    }

    /** The stream's recipe in one line, for reports. */
    public static String describe(Settings s) {
        return String.format(java.util.Locale.ROOT, "seeded (seed %d): %,d order lines, %,d instruments, %,d accounts; "
                + "60%% GTC limit (1/10 aggressive), 10%% IOC, 20%% cancel, 5%% move, 5%% reduce; book near %,d "
                + "resting orders per instrument", s.seed(), s.orders(), s.instruments(), s.accounts(), TARGET_DEPTH);
    }

    private Workload generate() {
        List<Workload.InstrumentLine> instruments = new ArrayList<>();
        for (int i = 0; i < settings.instruments(); i++) {
            // 60-100 CNY/t, the range allowances have traded in.
            long reference = 6_000 + 1_000 * (i % 5);
            instruments.add(new Workload.InstrumentLine(FIRST_LINE + i, "INST" + (i + 1), reference));
            books.add(new Book("INST" + (i + 1), reference));
        }
        List<Workload.AccountLine> accounts = new ArrayList<>();
        for (int a = 0; a < settings.accounts(); a++) {
            List<Workload.Holding> holdings = new ArrayList<>();
            instruments.forEach(i -> holdings.add(new Workload.Holding(i.symbol(), UNITS)));
            accounts.add(new Workload.AccountLine(FIRST_LINE + instruments.size() + a, "ACC" + (a + 1), FUNDS_FEN,
                    holdings));
            accountIds.add("ACC" + (a + 1));
        }
        firstOrderLine = FIRST_LINE + instruments.size() + accounts.size();
        Workload market = new Workload(describe(settings), instruments, accounts, List.of());
        MatchingSetUp.apply(MatchingSetUp.steps(market), e -> engine.apply(MatchingSetUp.START_MILLIS, e));
        for (int n = 1; n <= settings.orders(); n++) {
            next(n);
        }
        return new Workload(market.description(), instruments, accounts, lines);
    }

    private void next(int n) {
        Book book = books.get(random.nextInt(books.size()));
        int draw = random.nextInt(100);
        Command command;
        if (draw < 60 || book.resting.isEmpty()) {
            command = place("o" + n, book, TimeInForce.GTC);
        } else if (draw < 70) {
            command = place("o" + n, book, TimeInForce.IOC);
        } else if (draw < 90) {
            command = new CancelOrder(book.resting.pick(random));
        } else if (draw < 95) {
            String id = book.resting.pick(random);
            command = new MoveOrder(id, limit(book, exchange.order(id).side(), aggressive(book)));
        } else {
            String id = book.resting.pick(random);
            long open = exchange.order(id).openQuantity();
            command = new ReduceOrder(id, 1 + random.nextInt((int) Math.max(1, open / 2)));
        }
        lines.add(new Workload.OrderLine(firstOrderLine + n - 1, command));
        Outcome outcome = engine.apply(MatchingSetUp.START_MILLIS,
                new Envelope("g" + (++keys), MatchingSetUp.MEMBER, "bench", command));
        if (outcome instanceof Outcome.Accepted accepted) {
            track(book, command, accepted.events());
        }
    }

    private PlaceOrder place(String orderId, Book book, TimeInForce timeInForce) {
        Side side = random.nextBoolean() ? Side.BUY : Side.SELL;
        boolean aggressive = timeInForce == TimeInForce.IOC || aggressive(book);
        long quantity = 1 + random.nextInt(500);
        String account = accountIds.get(random.nextInt(accountIds.size()));
        return new PlaceOrder(orderId, account, book.symbol, side, OrderType.LIMIT, timeInForce,
                limit(book, side, aggressive), quantity);
    }

    private boolean aggressive(Book book) {
        return book.resting.size() > TARGET_DEPTH ? random.nextInt(2) == 0 : random.nextInt(10) == 0;
    }

    /** A limit price for {@code side}: through the opposite best if aggressive, else at or behind its own best. */
    private long limit(Book book, Side side, boolean aggressive) {
        Depth depth = exchange.depth(book.symbol, 1);
        Long bid = depth.bids().isEmpty() ? null : depth.bids().get(0).priceFen();
        Long ask = depth.asks().isEmpty() ? null : depth.asks().get(0).priceFen();
        long mid = bid != null && ask != null ? (bid + ask) / 2
                : bid != null ? bid : ask != null ? ask : book.reference;
        mid = Math.max(book.reference - book.reference / 20, Math.min(book.reference + book.reference / 20, mid));
        int sign = side == Side.BUY ? 1 : -1;
        long price;
        if (aggressive) {
            Long opposite = side == Side.BUY ? ask : bid;
            price = (opposite != null ? opposite : mid) + sign * random.nextInt(5);
        } else {
            Long own = side == Side.BUY ? bid : ask;
            long behind = random.nextInt(1 + random.nextInt(25));
            price = (own != null ? own + sign : mid - sign) - sign * behind;
            Long opposite = side == Side.BUY ? ask : bid;
            if (opposite != null && (side == Side.BUY ? price >= opposite : price <= opposite)) {
                price = opposite - sign;
            }
        }
        return Math.max(book.low, Math.min(book.high, price));
    }

    /** Keeps the resting set exact: the line's own order and every maker it traded with. */
    private void track(Book book, Command command, List<Event> events) {
        String own = command instanceof PlaceOrder p ? p.orderId() : command instanceof MoveOrder m ? m.orderId()
                : command instanceof ReduceOrder r ? r.orderId() : ((CancelOrder) command).orderId();
        book.resting.set(own, exchange.order(own) != null);
        for (Event event : events) {
            if (event instanceof TradeExecuted t) {
                OrderView maker = exchange.order(t.makerOrderId());
                book.resting.set(t.makerOrderId(), maker != null);
            }
        }
    }

    /** One instrument's band and the ids of its resting orders. */
    private static final class Book {
        final String symbol;
        final long reference;
        final long low;
        final long high;
        final RestingIds resting = new RestingIds();

        Book(String symbol, long reference) {
            this.symbol = symbol;
            this.reference = reference;
            // The listed band of DOMAIN §2, rounded inward: ceil(ref x 0.9) .. floor(ref x 1.1).
            this.low = (reference * 9 + 9) / 10;
            this.high = reference * 11 / 10;
        }
    }

    /** A set of ids with uniform random choice: a list plus each id's place in it. */
    private static final class RestingIds {
        private final List<String> ids = new ArrayList<>();
        private final Map<String, Integer> index = new HashMap<>();

        void set(String id, boolean resting) {
            Integer at = index.get(id);
            if (resting && at == null) {
                index.put(id, ids.size());
                ids.add(id);
            } else if (!resting && at != null) {
                String last = ids.remove(ids.size() - 1);
                if (!last.equals(id)) {
                    ids.set(at, last);
                    index.put(last, at);
                }
                index.remove(id);
            }
        }

        String pick(SplittableRandom random) {
            return ids.get(random.nextInt(ids.size()));
        }

        int size() {
            return ids.size();
        }

        boolean isEmpty() {
            return ids.isEmpty();
        }
    }
}
