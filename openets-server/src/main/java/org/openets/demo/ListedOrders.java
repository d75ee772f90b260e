package org.openets.demo;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.openets.exchange.CancelOrder;
import org.openets.exchange.Depth;
import org.openets.exchange.InstrumentView;
import org.openets.exchange.MoveOrder;
import org.openets.exchange.OrderType;
import org.openets.exchange.OrderView;
import org.openets.exchange.PlaceOrder;
import org.openets.exchange.ReduceOrder;
import org.openets.exchange.ReplaceOrder;
import org.openets.exchange.Side;
import org.openets.exchange.TimeInForce;

/**
 * The seeded weeks' listed-market orders around each instrument's mid price: crossing orders in the opening call,
 * then in each step a quote or two near the mid, often an order that takes the best opposite price (some
 * immediate-or-cancel), and now and then a cancel, move, replace or reduce of a resting order. Sellers and buyers
 * come from {@link DemoTraders}; every order fits the account's budget in the step's {@link MarketSnapshot}.
 */
final class ListedOrders {

    private final DemoScript script;
    private final DemoTraders traders;
    private final Random random;
    private String dayId = "";
    private int count;

    ListedOrders(DemoScript script, DemoTraders traders, Random random) {
        this.script = script;
        this.traders = traders;
        this.random = random;
    }

    /** A buy above and a sell below the mid, which the 09:30 uncross will match, and sometimes a quote to rest. */
    void opening(DemoTrading.Profile p, MarketSnapshot s, long mid, String day) {
        dayId(day);
        place(p, s, Side.BUY, mid + random.nextInt(8), TimeInForce.DAY, size(p));
        place(p, s, Side.SELL, mid - random.nextInt(8), TimeInForce.DAY, size(p));
        if (random.nextInt(100) < 50) {
            Side side = random.nextBoolean() ? Side.BUY : Side.SELL;
            long away = 15 + random.nextInt(25);
            place(p, s, side, side == Side.BUY ? mid - away : mid + away, tif(), size(p));
        }
    }

    void continuous(DemoTrading.Profile p, MarketSnapshot s, long mid, String day) {
        dayId(day);
        if (random.nextInt(100) < 25) {
            maintain(p, s, mid);
        }
        quote(p, s, mid);
        if (random.nextInt(100) < 40) {
            quote(p, s, mid);
        }
        if (random.nextInt(100) < 55) {
            take(p, s);
        }
    }

    /** Five resting good-till-cancelled orders on each side, outside the spread, for the book a visitor sees. */
    void ladder(MarketSnapshot s, Map<String, PriceWalk> walks, String day) {
        dayId(day);
        for (DemoTrading.Profile p : DemoTrading.PROFILES) {
            long mid = walks.get(p.symbol()).mid();
            Depth depth = s.depth(p.symbol());
            long bid = depth.bids().isEmpty() ? mid : Math.min(mid, depth.bids().get(0).priceFen());
            long ask = depth.asks().isEmpty() ? mid : Math.max(mid, depth.asks().get(0).priceFen());
            for (int level = 1; level <= 5; level++) {
                place(p, s, Side.BUY, bid - 5L * level - random.nextInt(4), TimeInForce.GTC, size(p));
                place(p, s, Side.SELL, ask + 5L * level + random.nextInt(4), TimeInForce.GTC, size(p));
            }
        }
    }

    private void quote(DemoTrading.Profile p, MarketSnapshot s, long mid) {
        Side side = random.nextBoolean() ? Side.BUY : Side.SELL;
        long away = spread(mid);
        place(p, s, side, side == Side.BUY ? mid - away : mid + away, tif(), size(p));
    }

    /** Takes the best opposite price, or a little through it. */
    private void take(DemoTrading.Profile p, MarketSnapshot s) {
        Side side = random.nextBoolean() ? Side.BUY : Side.SELL;
        Depth depth = s.depth(p.symbol());
        List<Depth.Level> opposite = side == Side.BUY ? depth.asks() : depth.bids();
        if (opposite.isEmpty()) {
            return;
        }
        long through = random.nextInt(3);
        long best = opposite.get(0).priceFen();
        TimeInForce tif = random.nextInt(100) < 40 ? TimeInForce.IOC : TimeInForce.DAY;
        place(p, s, side, side == Side.BUY ? best + through : best - through, tif, size(p));
    }

    /** Tidies the resting order furthest from the mid: far off it goes, otherwise it is moved, cut or pulled. */
    private void maintain(DemoTrading.Profile p, MarketSnapshot s, long mid) {
        OrderView order = s.orders(p.symbol()).stream()
                .max(Comparator.comparingLong((OrderView o) -> Math.abs(o.priceFen() - mid))
                        .thenComparing(OrderView::orderId))
                .orElse(null);
        if (order == null) {
            return;
        }
        String member = traders.memberOf(order.accountId());
        long half = order.openQuantity() / 2 / p.sizeStep() * p.sizeStep();
        int choice = random.nextInt(100);
        if (Math.abs(order.priceFen() - mid) * 10_000 > 400 * mid || choice < 30) {
            script.run(member, new CancelOrder(order.orderId()));
        } else if (choice < 60) {
            long price = clamp(s.instrument(p.symbol()), order.side() == Side.BUY ? mid - spread(mid)
                    : mid + spread(mid));
            long extra = order.side() == Side.BUY ? price * order.openQuantity() - order.reservedFen() : 0;
            if (extra > 0 && !s.spend(order.accountId(), extra)) {
                script.run(member, new CancelOrder(order.orderId()));
            } else {
                script.run(member, new MoveOrder(order.orderId(), price));
            }
        } else if (choice < 80 && half >= p.sizeStep()) {
            script.run(member, new ReplaceOrder(order.orderId(), order.priceFen(), half));
        } else {
            script.run(member, new ReduceOrder(order.orderId(), p.sizeStep()));
        }
    }

    /** Places a limit order for the first account, from a random start, whose budget allows it; else nothing. */
    private void place(DemoTrading.Profile p, MarketSnapshot s, Side side, long limitFen, TimeInForce tif,
                       long quantity) {
        InstrumentView view = s.instrument(p.symbol());
        long price = clamp(view, limitFen);
        DemoTraders.Sides sides = traders.sides(p.symbol());
        List<DemoTraders.Trader> candidates = side == Side.BUY ? sides.buyers() : sides.sellers();
        int start = random.nextInt(candidates.size());
        for (int i = 0; i < candidates.size(); i++) {
            DemoTraders.Trader t = candidates.get((start + i) % candidates.size());
            boolean affordable = side == Side.BUY ? s.spend(t.accountId(), price * quantity)
                    : s.commit(t.accountId(), p.symbol(), quantity);
            if (affordable) {
                script.run(t.memberId(), new PlaceOrder(nextId(), t.accountId(), p.symbol(), side, OrderType.LIMIT,
                        tif, price, quantity));
                return;
            }
        }
    }

    private long size(DemoTrading.Profile p) {
        return p.sizeStep() * (1 + random.nextInt(p.maxSteps()));
    }

    /** How far from the mid a quote sits: up to about 0.3 % of the price, at least a few fen. */
    private long spread(long mid) {
        return 1 + random.nextInt((int) Math.max(3, mid * 30 / 10_000));
    }

    /** Mostly day orders; one in five stays until cancelled. */
    private TimeInForce tif() {
        return random.nextInt(100) < 20 ? TimeInForce.GTC : TimeInForce.DAY;
    }

    private static long clamp(InstrumentView view, long priceFen) {
        return Math.max(view.bandLowFen(), Math.min(view.bandHighFen(), priceFen));
    }

    private void dayId(String day) {
        if (!day.equals(dayId)) {
            dayId = day;
            count = 0;
        }
    }

    private String nextId() {
        return String.format("DEMO-%s-%04d", dayId, ++count);
    }
}
