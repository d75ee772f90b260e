package org.openets.fix;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executor;
import org.openets.core.Event;
import org.openets.engine.Engine;
import org.openets.exchange.Depth;
import org.openets.exchange.Exchange;
import org.openets.exchange.InstrumentView;
import org.openets.exchange.OrderAccepted;
import org.openets.exchange.OrderAmended;
import org.openets.exchange.OrderCancelled;
import org.openets.exchange.TradeExecuted;
import org.openets.runtime.Committed;
import org.openets.runtime.EngineRunner;
import quickfix.SessionID;
import quickfix.field.MDReqRejReason;
import quickfix.field.SubscriptionRequestType;

/**
 * Market data for members' sessions, on the gateway thread only: a snapshot of the book's best levels and the
 * last trade on request, and for subscribers an incremental refresh on each trade and each change of the levels
 * they watch. Levels come from the engine's book; every snapshot and increment of a symbol is computed against
 * the same last published book, so a subscriber that applies them in order holds the book.
 */
final class MarketDataFeed {

    /** Levels a subscriber may watch on each side. */
    static final int MAX_LEVELS = 10;

    private final EngineRunner runner;
    private final Executor gatewayThread;
    private final Map<String, List<MarketDataRequest>> subscribers = new HashMap<>();
    private final Map<String, Depth> published = new HashMap<>();
    private final Map<String, TradeExecuted> lastTrades = new HashMap<>();

    MarketDataFeed(EngineRunner runner, Executor gatewayThread) {
        this.runner = runner;
        this.gatewayThread = gatewayThread;
    }

    /** An instrument's best levels and today's statistics, read on the engine thread. */
    record Book(Depth depth, InstrumentView instrument) {
    }

    void request(MarketDataRequest request) {
        if (request.type() == SubscriptionRequestType.DISABLE_PREVIOUS_SNAPSHOT_UPDATE_REQUEST) {
            unsubscribe(request.session(), request.mdReqId());
            return;
        }
        if (request.type() == SubscriptionRequestType.SNAPSHOT_UPDATES && subscribed(request)) {
            Sessions.send(request.session(), MarketDataMessages.reject(request.mdReqId(),
                    MDReqRejReason.DUPLICATE_MDREQID, "MDReqID(262) " + request.mdReqId()
                            + " already names a subscription of this session"));
            return;
        }
        List<String> symbols = request.symbols();
        runner.query(engine -> books(engine, symbols)).whenComplete((books, failure) ->
                gatewayThread.execute(() -> answer(request, books, failure)));
    }

    private static Map<String, Book> books(Engine engine, Iterable<String> symbols) {
        Exchange exchange = engine.context(Exchange.class);
        Map<String, Book> books = new LinkedHashMap<>();
        for (String symbol : symbols) {
            Depth depth = exchange.depth(symbol, MAX_LEVELS);
            books.put(symbol, depth == null ? null
                    : new Book(depth, exchange.instrument(symbol, engine.lastTimestampMillis())));
        }
        return books;
    }

    private void answer(MarketDataRequest request, Map<String, Book> books, Throwable failure) {
        if (failure != null) {
            Sessions.send(request.session(), MarketDataMessages.reject(request.mdReqId(), null,
                    "the engine is not answering: " + failure.getMessage()));
            return;
        }
        for (Map.Entry<String, Book> entry : books.entrySet()) {
            if (entry.getValue() == null) {
                Sessions.send(request.session(), MarketDataMessages.reject(request.mdReqId(),
                        MDReqRejReason.UNKNOWN_SYMBOL, "Symbol(55) " + entry.getKey() + " is not listed"));
                return;
            }
        }
        for (Map.Entry<String, Book> entry : books.entrySet()) {
            String symbol = entry.getKey();
            publish(symbol, entry.getValue().depth());
            if (request.type() == SubscriptionRequestType.SNAPSHOT_UPDATES) {
                subscribers.computeIfAbsent(symbol, s -> new ArrayList<>()).add(request);
            }
            Sessions.send(request.session(), MarketDataMessages.snapshot(request, published.get(symbol),
                    lastTrades.get(symbol), entry.getValue().instrument()));
        }
    }

    /** Trades go out as they become durable; changed books are read once per durable write. */
    void committed(List<Committed> records) {
        Set<String> changed = new LinkedHashSet<>();
        for (Committed record : records) {
            for (Event event : record.events()) {
                if (event instanceof TradeExecuted trade) {
                    lastTrades.put(trade.symbol(), trade);
                    sendTrade(trade);
                }
                String symbol = symbolOf(event);
                if (symbol != null && subscribers.containsKey(symbol)) {
                    changed.add(symbol);
                }
            }
        }
        if (!changed.isEmpty()) {
            runner.query(engine -> books(engine, changed)).whenComplete((books, failure) -> {
                if (books != null) {
                    gatewayThread.execute(() -> books.forEach((symbol, book) -> {
                        if (book != null) {
                            publish(symbol, book.depth());
                        }
                    }));
                }
            });
        }
    }

    private void sendTrade(TradeExecuted trade) {
        for (MarketDataRequest subscriber : subscribers.getOrDefault(trade.symbol(), List.of())) {
            if (subscriber.trades()) {
                Sessions.send(subscriber.session(), MarketDataMessages.trade(subscriber.mdReqId(), trade));
            }
        }
    }

    private static String symbolOf(Event event) {
        if (event instanceof TradeExecuted e) {
            return e.symbol();
        }
        if (event instanceof OrderAccepted e) {
            return e.symbol();
        }
        if (event instanceof OrderCancelled e) {
            return e.symbol();
        }
        if (event instanceof OrderAmended e) {
            return e.symbol();
        }
        return null;
    }

    /** Makes {@code depth} the symbol's book, sending each subscriber the changes among the levels it watches. */
    private void publish(String symbol, Depth depth) {
        Depth before = published.put(symbol, depth);
        if (before == null) {
            return;
        }
        for (MarketDataRequest subscriber : subscribers.getOrDefault(symbol, List.of())) {
            var changes = MarketDataMessages.levelChanges(subscriber, before, depth);
            if (changes != null) {
                Sessions.send(subscriber.session(), changes);
            }
        }
    }

    private boolean subscribed(MarketDataRequest request) {
        for (List<MarketDataRequest> list : subscribers.values()) {
            for (MarketDataRequest existing : list) {
                if (existing.session().equals(request.session()) && existing.mdReqId().equals(request.mdReqId())) {
                    return true;
                }
            }
        }
        return false;
    }

    private void unsubscribe(SessionID session, String mdReqId) {
        subscribers.values().forEach(list -> list.removeIf(r -> r.session().equals(session)
                && r.mdReqId().equals(mdReqId)));
        subscribers.values().removeIf(List::isEmpty);
    }

    /** A session that logged out subscribes to nothing. */
    void dropSession(SessionID session) {
        subscribers.values().forEach(list -> list.removeIf(r -> r.session().equals(session)));
        subscribers.values().removeIf(List::isEmpty);
    }
}
