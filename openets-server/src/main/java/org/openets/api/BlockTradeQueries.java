package org.openets.api;

import io.javalin.config.JavalinConfig;
import java.util.LinkedHashMap;
import java.util.Map;
import org.openets.exchange.Exchange;
import org.openets.runtime.EngineRunner;
import org.openets.store.ExchangeHistory;

/**
 * Block agreement trades (DOMAIN §2, SEEE21): the proposals awaiting their counterparty, live from the engine,
 * and the block trades done, from the read model once their trading day has closed (they are published apart
 * from the listed market, after the session).
 */
public final class BlockTradeQueries {

    private final EngineRunner runner;
    private final ExchangeHistory history;

    public BlockTradeQueries(EngineRunner runner, ExchangeHistory history) {
        this.runner = runner;
        this.history = history;
    }

    public void routes(JavalinConfig config) {
        config.routes.get("/api/v1/block-trades", ctx -> {
            String symbol = QueryParameters.id(ctx, "symbol");
            long[] range = ExchangeQueries.timeRange(ctx);
            Page page = Page.of(ctx);
            ctx.future(() -> java.util.concurrent.CompletableFuture.supplyAsync(() -> history.blockTrades(symbol,
                    range[0], range[1], page.offset(), page.limit())).thenAccept(trades -> {
                        Map<String, Object> body = new LinkedHashMap<>();
                        body.put("offset", page.offset());
                        body.put("limit", page.limit());
                        body.put("items", trades);
                        ExchangeQueries.json(ctx, body);
                    }));
        });
        config.routes.get("/api/v1/block-trades/proposals", ctx -> {
            String accountId = QueryParameters.id(ctx, "accountId");
            String symbol = QueryParameters.id(ctx, "symbol");
            Page page = Page.of(ctx);
            LiveAnswer.answer(ctx, runner, e -> page.wrap(e.context(Exchange.class).blockProposals().stream()
                    .filter(p -> accountId == null || p.accountId().equals(accountId)
                            || p.counterpartyAccountId().equals(accountId))
                    .filter(p -> symbol == null || p.symbol().equals(symbol)).toList()), "accountId",
                    "no proposals");
        });
    }
}
