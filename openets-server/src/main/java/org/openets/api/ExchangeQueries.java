package org.openets.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import org.openets.core.MarketTime;
import org.openets.auction.AuctionView;
import org.openets.auction.AuctionStatus;
import org.openets.auction.Auctions;
import org.openets.engine.Engine;
import org.openets.exchange.Exchange;
import org.openets.runtime.EngineRunner;
import org.openets.runtime.EpochClock;
import org.openets.store.ExchangeHistory;
import org.openets.store.KlineInterval;

/**
 * Market data and trading state over HTTP. Live state (instruments with today's statistics, depth, a trading
 * account's positions) is read on the engine thread; history (trades, K-lines, daily statistics, orders, funds
 * balances, statements) from the read model, which may lag the engine by a few records.
 *
 * <p>Money is in fen as integers; next to every {@code ...Fen} field a {@code ...Cny} string gives the amount in
 * yuan ("60.20"). Times are ISO-8601 in CST. The {@code from} and {@code to} filters take an ISO date
 * ({@code 2026-11-30}: CST midnight), a date-time ({@code 2026-11-30T09:30}: CST unless it carries an offset) or
 * epoch milliseconds; {@code from} is inclusive, {@code to} exclusive.
 */
public final class ExchangeQueries {

    static final int MAX_DEPTH_LEVELS = 50;
    private static final Set<String> ORDER_STATUSES = Set.of("NEW", "PARTIALLY_FILLED", "FILLED", "CANCELLED");

    private final EngineRunner runner;
    private final EpochClock clock;
    private final ExchangeHistory history;

    public ExchangeQueries(EngineRunner runner, EpochClock clock, ExchangeHistory history) {
        this.runner = runner;
        this.clock = clock;
        this.history = history;
    }

    public void routes(JavalinConfig config) {
        config.routes.get("/api/v1/instruments", ctx -> {
            Page page = Page.of(ctx);
            live(ctx, e -> page.wrap(exchange(e).instruments(clock.millis())), "symbol", "no such instrument");
        });
        config.routes.get("/api/v1/auctions", ctx -> {
            Page page = Page.of(ctx);
            String jurisdiction = QueryParameters.jurisdiction(ctx);
            AuctionStatus status = QueryParameters.constant(ctx, "status", AuctionStatus.class, "API-STATUS");
            live(ctx, e -> page.wrap(e.context(Auctions.class).auctions().stream()
                    .filter(a -> jurisdiction == null || a.jurisdiction().equals(jurisdiction))
                    .filter(a -> status == null || a.status() == status).toList()),
                    "auctionId", "no such auction");
        });
        // Bids stay sealed: allocations are empty until the auction has cleared.
        config.routes.get("/api/v1/auctions/{auctionId}", ctx -> {
            String auctionId = ctx.pathParam("auctionId");
            live(ctx, e -> {
                Auctions auctions = e.context(Auctions.class);
                AuctionView auction = auctions.auction(auctionId);
                return auction == null ? null
                        : java.util.Map.of("auction", auction, "allocations", auctions.allocations(auctionId));
            }, "auctionId", "no such auction");
        });
        config.routes.get("/api/v1/instruments/{symbol}", ctx -> {
            String symbol = ctx.pathParam("symbol");
            live(ctx, e -> exchange(e).instrument(symbol, clock.millis()), "symbol", "no such instrument");
        });
        config.routes.get("/api/v1/instruments/{symbol}/depth", ctx -> {
            String symbol = ctx.pathParam("symbol");
            int levels = number(ctx, "levels", 1, MAX_DEPTH_LEVELS, 10);
            live(ctx, e -> exchange(e).depth(symbol, levels), "symbol", "no such instrument");
        });
        config.routes.get("/api/v1/instruments/{symbol}/trades", ctx -> {
            Page page = Page.of(ctx);
            long[] range = timeRange(ctx);
            String symbol = listed(ctx);
            json(ctx, page(page, history.trades(symbol, range[0], range[1], page.offset(), page.limit())));
        });
        config.routes.get("/api/v1/instruments/{symbol}/klines", ctx -> {
            Page page = Page.of(ctx);
            KlineInterval interval = interval(ctx);
            long[] range = timeRange(ctx);
            String symbol = listed(ctx);
            Map<String, Object> body = page(page, history.klines(symbol, interval, range[0], range[1],
                    page.offset(), page.limit()));
            body.put("interval", interval.code());
            json(ctx, body);
        });
        config.routes.get("/api/v1/instruments/{symbol}/stats", this::statistics);
        config.routes.get("/api/v1/orders", ctx -> {
            Page page = Page.of(ctx);
            String status = ctx.queryParam("status");
            if (status != null && !ORDER_STATUSES.contains(status)) {
                throw new ApiException(Problem.badRequest("status", "API-ORDER-STATUS",
                        "status must be one of NEW, PARTIALLY_FILLED, FILLED, CANCELLED"));
            }
            json(ctx, page(page, history.orders(ctx.queryParam("accountId"), status, page.offset(), page.limit())));
        });
        config.routes.get("/api/v1/orders/{orderId}", this::order);
        config.routes.get("/api/v1/accounts/{id}/trading", ctx -> {
            String id = ctx.pathParam("id");
            live(ctx, e -> exchange(e).tradingAccount(id, clock.millis()), "id", "no such trading account");
        });
        config.routes.get("/api/v1/accounts/{id}/funds", ctx -> json(ctx, history.funds(ctx.pathParam("id"))
                .orElseThrow(() -> new ApiException(Problem.notFound("id", "no such funds account")))));
        config.routes.get("/api/v1/accounts/{id}/statement", ctx -> {
            LocalDate date = date(ctx, "date");
            json(ctx, history.statement(ctx.pathParam("id"), date)
                    .orElseThrow(() -> new ApiException(Problem.notFound("id", "no such trading account"))));
        });
    }

    /** Today live from the engine, earlier days from the read model, newest first. */
    private void statistics(Context ctx) {
        Page page = Page.of(ctx);
        String symbol = ctx.pathParam("symbol");
        List<ExchangeHistory.DailyStatistics> days = history.dailyStatistics(symbol, page.offset(), page.limit());
        respond(ctx, runner.query(e -> exchange(e).instrument(symbol, clock.millis())), "symbol",
                "no such instrument", today -> {
                    Map<String, Object> body = new LinkedHashMap<>();
                    body.put("symbol", symbol);
                    body.put("today", today);
                    body.put("history", page(page, days));
                    return body;
                });
    }

    /** The read model's row (finished orders included), else the engine's resting order the model lacks yet. */
    private void order(Context ctx) {
        String orderId = ctx.pathParam("orderId");
        Object stored = history.order(orderId).orElse(null);
        if (stored != null) {
            json(ctx, stored);
        } else {
            live(ctx, e -> exchange(e).order(orderId), "orderId", "no such order");
        }
    }

    private static Exchange exchange(Engine engine) {
        return engine.context(Exchange.class);
    }

    private String listed(Context ctx) {
        String symbol = ctx.pathParam("symbol");
        if (!history.isListed(symbol)) {
            throw new ApiException(Problem.notFound("symbol", "no such instrument"));
        }
        return symbol;
    }

    private void live(Context ctx, Function<Engine, Object> query, String field, String missing) {
        respond(ctx, runner.query(query), field, missing, Function.identity());
    }

    /**
     * Answers with {@code shape} applied to the engine's result, or 404 naming {@code field} when it is null.
     * JSON is written off the engine thread, which should only copy state.
     */
    private static <T> void respond(Context ctx, CompletableFuture<T> result, String field, String missing,
                                    Function<T, Object> shape) {
        ctx.future(() -> result.thenAcceptAsync(found -> {
            if (found == null) {
                HttpGateway.problem(ctx, Problem.notFound(field, missing));
            } else {
                json(ctx, shape.apply(found));
            }
        }));
    }

    private static Map<String, Object> page(Page page, List<?> items) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("offset", page.offset());
        body.put("limit", page.limit());
        body.put("items", items);
        return body;
    }

    static void json(Context ctx, Object body) {
        ctx.contentType("application/json").result(Json.write(withYuan(Json.MAPPER.valueToTree(body))));
    }

    /** Adds beside each integral {@code xFen} field an {@code xCny} string in yuan, at every depth. */
    static JsonNode withYuan(JsonNode node) {
        if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                array.set(i, withYuan(array.get(i)));
            }
            return array;
        }
        if (!(node instanceof ObjectNode object)) {
            return node;
        }
        ObjectNode copy = Json.MAPPER.createObjectNode();
        for (Iterator<Map.Entry<String, JsonNode>> fields = object.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            copy.set(field.getKey(), withYuan(field.getValue()));
            if (field.getKey().endsWith("Fen") && field.getValue().isIntegralNumber()) {
                String name = field.getKey().substring(0, field.getKey().length() - 3) + "Cny";
                copy.put(name, BigDecimal.valueOf(field.getValue().longValue(), 2).toPlainString());
            }
        }
        return copy;
    }

    private static KlineInterval interval(Context ctx) {
        String code = ctx.queryParam("interval");
        KlineInterval interval = code == null ? KlineInterval.ONE_DAY : KlineInterval.ofCode(code);
        if (interval == null) {
            throw new ApiException(Problem.badRequest("interval", "API-KLINE-INTERVAL",
                    "interval must be 1m, 1d or 1w"));
        }
        return interval;
    }

    /** {@code from} and {@code to} as epoch milliseconds; open ends are the widest range. */
    static long[] timeRange(Context ctx) {
        Long from = time(ctx, "from");
        Long to = time(ctx, "to");
        if (from != null && to != null && from > to) {
            throw new ApiException(Problem.badRequest("to", "API-TIME-RANGE", "to must not be before from"));
        }
        return new long[] {from == null ? Long.MIN_VALUE : from, to == null ? Long.MAX_VALUE : to};
    }

    static Long time(Context ctx, String name) {
        String text = ctx.queryParam(name);
        if (text == null) {
            return null;
        }
        // A '+' of an offset arrives as a space when the client did not encode it.
        String value = text.trim().replace(' ', '+');
        if (value.matches("-?\\d{1,19}")) {
            try {
                return Long.parseLong(value);
            } catch (NumberFormatException e) {
                // reported below
            }
        }
        try {
            if (value.length() == 10) {
                return MarketTime.epochMillis(LocalDate.parse(value).atStartOfDay());
            }
            if (value.endsWith("Z") || value.matches(".*[+-]\\d\\d:?\\d\\d$")) {
                return OffsetDateTime.parse(value).toInstant().toEpochMilli();
            }
            return MarketTime.epochMillis(LocalDateTime.parse(value));
        } catch (DateTimeParseException e) {
            throw new ApiException(Problem.badRequest(name, "API-TIME-FORMAT", name + " must be an ISO date"
                    + " (2026-11-30), a date-time (2026-11-30T09:30, CST unless it has an offset) or epoch"
                    + " milliseconds"));
        }
    }

    private static LocalDate date(Context ctx, String name) {
        String text = ctx.queryParam(name);
        try {
            if (text != null) {
                return LocalDate.parse(text);
            }
        } catch (DateTimeParseException e) {
            // reported below
        }
        throw new ApiException(Problem.badRequest(name, "API-DATE-FORMAT", name + " must be a date, YYYY-MM-DD"));
    }

    private static int number(Context ctx, String name, int min, int max, int fallback) {
        String text = ctx.queryParam(name);
        if (text == null) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(text);
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new ApiException(Problem.badRequest(name, "API-" + name.toUpperCase(Locale.ROOT) + "-BOUNDS",
                name + " must be a whole number from " + min + " to " + max));
    }
}
