package org.openets.demo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.openets.core.Position;
import org.openets.engine.Engine;
import org.openets.exchange.Depth;
import org.openets.exchange.Exchange;
import org.openets.exchange.InstrumentView;
import org.openets.exchange.OrderView;
import org.openets.exchange.TradingAccountView;
import org.openets.registry.Registry;

/**
 * What a demo trader sees before it acts: the instruments, the top of each book, the resting orders, and for each
 * of its accounts the money and the units it can still commit. Orders queued in the same step spend from this
 * budget, so a batch never asks for more than the accounts hold.
 */
final class MarketSnapshot {

    /** A buy reserves its value plus the fee; a per-cent margin covers any fee the rulebook charges. */
    private static final long FEE_MARGIN_PERCENT = 1;

    private final Map<String, InstrumentView> instruments = new HashMap<>();
    private final Map<String, Depth> depths = new HashMap<>();
    private final List<OrderView> openOrders = new ArrayList<>();
    private final Map<String, Long> funds = new HashMap<>();
    private final Map<String, Long> sellable = new HashMap<>();
    private final Map<String, Long> registryAvailable = new HashMap<>();

    private MarketSnapshot() {
    }

    /** The question to ask the engine at {@code nowMillis} about {@code symbols} and {@code accounts}. */
    static Function<Engine, MarketSnapshot> question(long nowMillis, List<String> symbols, List<String> accounts) {
        return engine -> {
            MarketSnapshot s = new MarketSnapshot();
            Exchange exchange = engine.context(Exchange.class);
            Registry registry = engine.context(Registry.class);
            for (String symbol : symbols) {
                InstrumentView view = exchange.instrument(symbol, nowMillis);
                if (view != null) {
                    s.instruments.put(symbol, view);
                    s.depths.put(symbol, exchange.depth(symbol, 5));
                }
            }
            s.openOrders.addAll(exchange.openOrders(null));
            for (String account : accounts) {
                TradingAccountView view = exchange.tradingAccount(account, nowMillis);
                if (view == null) {
                    continue;
                }
                s.funds.put(account, view.availableFen());
                for (TradingAccountView.Position p : view.positions()) {
                    s.sellable.put(key(account, p.symbol()), p.sellable());
                }
                for (String symbol : s.instruments.keySet()) {
                    String unit = s.instruments.get(symbol).unit();
                    s.registryAvailable.put(key(account, symbol), registry.balance(account, unit, Position.AVAILABLE));
                }
            }
            return s;
        };
    }

    private static String key(String account, String symbol) {
        return account + "|" + symbol;
    }

    /** The instrument, or null when it is not listed. */
    InstrumentView instrument(String symbol) {
        return instruments.get(symbol);
    }

    Depth depth(String symbol) {
        return depths.get(symbol);
    }

    /** The resting orders in {@code symbol}, best first on each side. */
    List<OrderView> orders(String symbol) {
        return openOrders.stream().filter(o -> o.symbol().equals(symbol)).toList();
    }

    long sellable(String account, String symbol) {
        return sellable.getOrDefault(key(account, symbol), 0L);
    }

    long fundsFen(String account) {
        return funds.getOrDefault(account, 0L);
    }

    /** Units of the instrument's unit in the account's registry position, which it may move to trading. */
    long registryAvailable(String account, String symbol) {
        return registryAvailable.getOrDefault(key(account, symbol), 0L);
    }

    /** Whether the account can pay {@code valueFen} and its fee; if so, that money is spoken for. */
    boolean spend(String account, long valueFen) {
        long needed = Math.addExact(valueFen, Math.multiplyExact(valueFen, FEE_MARGIN_PERCENT) / 100 + 1);
        long available = fundsFen(account);
        if (needed > available) {
            return false;
        }
        funds.put(account, available - needed);
        return true;
    }

    /** Adds money the operator has just credited. */
    void credit(String account, long amountFen) {
        funds.merge(account, amountFen, Math::addExact);
    }

    /** Whether the account can sell {@code quantity}; if so, those units are spoken for. */
    boolean commit(String account, String symbol, long quantity) {
        long free = sellable(account, symbol);
        if (quantity > free) {
            return false;
        }
        sellable.put(key(account, symbol), free - quantity);
        return true;
    }

    /** Units just moved from the registry position into the trading position. */
    void moved(String account, String symbol, long quantity) {
        sellable.merge(key(account, symbol), quantity, Math::addExact);
        registryAvailable.merge(key(account, symbol), -quantity, Math::addExact);
    }
}
