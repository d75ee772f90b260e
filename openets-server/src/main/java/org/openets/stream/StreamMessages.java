package org.openets.stream;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.openets.api.Json;
import org.openets.core.Event;
import org.openets.exchange.Depth;
import org.openets.exchange.Side;
import org.openets.exchange.TradeExecuted;
import org.openets.store.ExchangeHistory;

/**
 * The JSON text of every stream message; each names itself in {@code type}. Money is in fen as integers, as in
 * the REST API's {@code ...Fen} fields.
 */
final class StreamMessages {

    private StreamMessages() {
    }

    /** The best levels of each side; {@code snapshot} marks the first one a client receives. */
    static String depth(Depth depth, boolean snapshot, long sequence) {
        ObjectNode node = typed("depth");
        node.put("symbol", depth.symbol());
        node.put("snapshot", snapshot);
        node.put("sequence", sequence);
        node.set("bids", levels(depth.bids()));
        node.set("asks", levels(depth.asks()));
        return Json.write(node);
    }

    private static ArrayNode levels(List<Depth.Level> levels) {
        ArrayNode array = Json.MAPPER.createArrayNode();
        for (Depth.Level level : levels) {
            array.addObject().put("priceFen", level.priceFen()).put("quantity", level.quantity())
                    .put("orders", level.orders());
        }
        return array;
    }

    /** A public trade: what was traded and at what price, without the accounts, orders and fees of the parties. */
    static String trade(long sequence, long timestampMillis, TradeExecuted trade) {
        ObjectNode node = typed("trade");
        node.put("sequence", sequence);
        node.put("executedAtMillis", timestampMillis);
        node.put("tradeNo", trade.tradeNo());
        node.put("symbol", trade.symbol());
        node.put("unit", trade.unit());
        node.put("kind", trade.kind().name());
        node.put("aggressor", trade.aggressor().name());
        node.put("priceFen", trade.priceFen());
        node.put("quantity", trade.quantity());
        node.put("valueFen", trade.valueFen());
        return Json.write(node);
    }

    /** A bar as the REST route {@code /klines} lists it, after the read model has taken in {@code sequence}. */
    static String kline(long sequence, ExchangeHistory.Kline bar) {
        ObjectNode node = typed("kline");
        node.put("sequence", sequence);
        node.put("symbol", bar.symbol());
        node.put("interval", bar.interval());
        node.set("bar", Json.MAPPER.valueToTree(bar));
        return Json.write(node);
    }

    /**
     * One of the member's own order events, whole, under {@code order}: not beside {@code type}, which is also a
     * field of an accepted order.
     */
    static String order(long sequence, long timestampMillis, Event event) {
        ObjectNode node = typed("order");
        node.put("sequence", sequence);
        node.put("timestampMillis", timestampMillis);
        node.put("event", event.getClass().getSimpleName());
        node.set("order", Json.MAPPER.valueToTree(event));
        return Json.write(node);
    }

    /** One side of a trade as its own party sees it: the other side's account and order stay hidden. */
    static String execution(long sequence, long timestampMillis, TradeExecuted trade, Side side) {
        boolean buy = side == Side.BUY;
        ObjectNode node = typed("execution");
        node.put("sequence", sequence);
        node.put("timestampMillis", timestampMillis);
        node.put("tradeNo", trade.tradeNo());
        node.put("symbol", trade.symbol());
        node.put("unit", trade.unit());
        node.put("kind", trade.kind().name());
        node.put("side", side.name());
        node.put("orderId", buy ? trade.buyOrderId() : trade.sellOrderId());
        node.put("accountId", buy ? trade.buyAccount() : trade.sellAccount());
        node.put("liquidity", trade.aggressor() == side ? "TAKER" : "MAKER");
        node.put("priceFen", trade.priceFen());
        node.put("quantity", trade.quantity());
        node.put("valueFen", trade.valueFen());
        node.put("feeFen", buy ? trade.buyFeeFen() : trade.sellFeeFen());
        return Json.write(node);
    }

    static String authenticated(String actorId) {
        return Json.write(typed("authenticated").put("actorId", actorId));
    }

    private static ObjectNode typed(String type) {
        return Json.MAPPER.createObjectNode().put("type", type);
    }
}
