package org.openets.fix;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import org.openets.core.Command;
import org.openets.core.Envelope;
import org.openets.core.Event;
import org.openets.core.Outcome;
import org.openets.core.Rejection;
import org.openets.exchange.CancelOrder;
import org.openets.exchange.CancelReason;
import org.openets.exchange.OrderAccepted;
import org.openets.exchange.OrderAmended;
import org.openets.exchange.OrderCancelled;
import org.openets.exchange.ReplaceOrder;
import org.openets.exchange.Side;
import org.openets.exchange.TradeExecuted;
import org.openets.runtime.Committed;
import org.openets.runtime.EngineRunner;
import org.openets.runtime.EpochClock;
import quickfix.Message;
import quickfix.field.BusinessRejectReason;
import quickfix.field.BusinessRejectRefID;
import quickfix.field.CxlRejReason;
import quickfix.field.CxlRejResponseTo;
import quickfix.field.ExecType;
import quickfix.field.MsgType;
import quickfix.field.OrdStatus;
import quickfix.field.OrigClOrdID;
import quickfix.field.RefMsgType;
import quickfix.field.Text;
import quickfix.fix44.BusinessMessageReject;
import quickfix.fix44.ExecutionReport;

/**
 * Members' orders as their FIX sessions see them, on the gateway thread only. Requests go to the engine from
 * here; every report of an accepted command comes from its durable events, in sequence order, and goes to every
 * logged-on session of the order's member, whoever caused it (a taker filling a resting order reports to the
 * resting order's member too). Refusals answer only the session that asked.
 */
final class MemberOrders {

    /** Finished orders kept to answer a late cancel or a resent order with the order's final state. */
    private static final int RECENTLY_DONE = 10_000;
    /** Replacement ClOrdIDs kept; an order replaced more often than this is still named by its OrderID. */
    private static final int ALIASES = 100_000;

    private final EngineRunner runner;
    private final Executor gatewayThread;
    private final Sessions sessions;
    private final EpochClock clock;
    private final Map<String, TrackedOrder> open = new HashMap<>();
    private final Map<String, TrackedOrder> done = newestOnly(RECENTLY_DONE);
    /** Replacement ClOrdIDs, per member, to the order id: FIX names an order by its latest ClOrdID. */
    private final Map<String, String> aliases = newestOnly(ALIASES);
    private long seededThrough;
    private long localReports;

    MemberOrders(EngineRunner runner, Executor gatewayThread, Sessions sessions, EpochClock clock) {
        this.runner = runner;
        this.gatewayThread = gatewayThread;
        this.sessions = sessions;
        this.clock = clock;
    }

    private static <V> Map<String, V> newestOnly(int most) {
        return new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
                return size() > most;
            }
        };
    }

    /** The orders resting when the gateway started; records up to {@code sequence} are already in them. */
    void seed(long sequence, List<TrackedOrder> resting) {
        seededThrough = sequence;
        resting.forEach(order -> open.put(order.orderId, order));
    }

    // ---- requests from sessions ----

    void submit(OrderRequest request) {
        Command command;
        if (request instanceof OrderRequest.NewOrder order) {
            command = order.command();
        } else {
            OrderRequest.Amendment amendment = (OrderRequest.Amendment) request;
            command = amendment.replace() ? replacement(amendment) : new CancelOrder(orderIdOf(amendment));
            if (command == null) {
                return;
            }
        }
        Envelope envelope = new Envelope(request.idempotencyKey(), request.member().memberId(),
                request.member().clientAddress(), command);
        runner.submit(envelope).whenComplete((outcome, failure) ->
                gatewayThread.execute(() -> replied(request, outcome, failure)));
    }

    private String orderIdOf(OrderRequest.Amendment amendment) {
        if (amendment.orderId() != null) {
            return amendment.orderId();
        }
        return aliases.getOrDefault(aliasKey(amendment.member().memberId(), amendment.origClOrdId()),
                amendment.origClOrdId());
    }

    /**
     * FIX's OrderQty is the order's new total, which the engine takes as is and checks against every fill, seen
     * here or not. Null, after answering, when the total does not exceed the fills this gateway has seen.
     */
    private ReplaceOrder replacement(OrderRequest.Amendment amendment) {
        String orderId = orderIdOf(amendment);
        TrackedOrder order = own(open.get(orderId), amendment);
        long filled = order == null ? 0 : order.cumQty;
        if (amendment.orderQty() <= filled) {
            Sessions.send(amendment.session(), Reports.cancelRejected(order, amendment.clOrdId(),
                    amendment.origClOrdId(), CxlRejResponseTo.ORDER_CANCEL_REPLACE_REQUEST, CxlRejReason.OTHER,
                    "OrderQty(38) " + amendment.orderQty() + " must exceed the " + filled
                            + " t already filled; send an OrderCancelRequest to cancel the rest"));
            return null;
        }
        aliases.put(aliasKey(amendment.member().memberId(), amendment.clOrdId()), orderId);
        return new ReplaceOrder(orderId, amendment.priceFen(), amendment.orderQty());
    }

    private static String aliasKey(String memberId, String clOrdId) {
        return memberId + '\u0000' + clOrdId;
    }

    private void replied(OrderRequest request, Outcome outcome, Throwable failure) {
        if (failure != null) {
            Sessions.send(request.session(), unavailable(request, failure));
        } else if (outcome instanceof Outcome.Rejected rejected) {
            refused(request, rejected.rejection());
        } else if (outcome instanceof Outcome.Duplicate) {
            reportStatus(request);
        }
        // Accepted: reported from the durable events, like everyone else's commands.
    }

    private void refused(OrderRequest request, Rejection rejection) {
        if (request instanceof OrderRequest.NewOrder order) {
            Sessions.send(request.session(), Reports.orderRejected(order.command(), "R-" + order.clOrdId(),
                    rejection, clock.millis()));
            return;
        }
        OrderRequest.Amendment amendment = (OrderRequest.Amendment) request;
        String orderId = orderIdOf(amendment);
        if (amendment.replace()) {
            aliases.remove(aliasKey(amendment.member().memberId(), amendment.clOrdId()));
        }
        TrackedOrder order = own(find(orderId), request);
        Sessions.send(request.session(), Reports.cancelRejected(order, amendment.clOrdId(), amendment.origClOrdId(),
                amendment.replace() ? CxlRejResponseTo.ORDER_CANCEL_REPLACE_REQUEST
                        : CxlRejResponseTo.ORDER_CANCEL_REQUEST,
                Reports.cxlRejReason(rejection, order), Reports.text(rejection)));
    }

    /** A resent request the engine had applied: the order's state as it is now, if the gateway knows it. */
    private void reportStatus(OrderRequest request) {
        String orderId = request instanceof OrderRequest.Amendment amendment ? orderIdOf(amendment)
                : request.clOrdId();
        TrackedOrder order = own(find(orderId), request);
        if (order != null) {
            Sessions.send(request.session(), Reports.execution(order, "S-" + (++localReports), ExecType.ORDER_STATUS,
                    clock.millis()));
        }
    }

    private static Message unavailable(OrderRequest request, Throwable failure) {
        BusinessMessageReject reject = new BusinessMessageReject();
        reject.setString(RefMsgType.FIELD, request instanceof OrderRequest.NewOrder ? MsgType.ORDER_SINGLE
                : ((OrderRequest.Amendment) request).replace() ? MsgType.ORDER_CANCEL_REPLACE_REQUEST
                : MsgType.ORDER_CANCEL_REQUEST);
        reject.setString(BusinessRejectRefID.FIELD, request.clOrdId());
        reject.setInt(BusinessRejectReason.FIELD, BusinessRejectReason.APPLICATION_NOT_AVAILABLE);
        reject.setString(Text.FIELD, "the engine is not taking commands: " + failure.getMessage());
        return reject;
    }

    /** The order if it is the requesting member's: no answer tells a member about another member's order. */
    private static TrackedOrder own(TrackedOrder order, OrderRequest request) {
        return order != null && order.memberId.equals(request.member().memberId()) ? order : null;
    }

    private TrackedOrder find(String orderId) {
        TrackedOrder order = open.get(orderId);
        return order != null ? order : done.get(orderId);
    }

    // ---- durable events ----

    void committed(List<Committed> records) {
        for (Committed record : records) {
            if (record.sequence() <= seededThrough) {
                continue;
            }
            List<Event> events = record.events();
            for (int i = 0; i < events.size(); i++) {
                String execId = record.sequence() + "-" + i;
                Event event = events.get(i);
                if (event instanceof OrderAccepted accepted) {
                    accepted(accepted, record, execId);
                } else if (event instanceof TradeExecuted trade) {
                    traded(trade, record, execId);
                } else if (event instanceof OrderCancelled cancelled) {
                    cancelled(cancelled, record, execId);
                } else if (event instanceof OrderAmended amended) {
                    amended(amended, record, execId);
                }
            }
        }
    }

    private void accepted(OrderAccepted accepted, Committed record, String execId) {
        TrackedOrder order = TrackedOrder.accepted(accepted, record.envelope().actorId());
        open.put(order.orderId, order);
        report(order, Reports.execution(order, execId, ExecType.NEW, record.timestampMillis()));
    }

    private void traded(TradeExecuted trade, Committed record, String execId) {
        fill(open.get(trade.buyOrderId()), trade, trade.buyFeeFen(), record, execId + Side.BUY.name().charAt(0));
        fill(open.get(trade.sellOrderId()), trade, trade.sellFeeFen(), record, execId + Side.SELL.name().charAt(0));
    }

    private void fill(TrackedOrder order, TradeExecuted trade, long feeFen, Committed record, String execId) {
        if (order == null) {
            return;
        }
        order.fill(trade.priceFen(), trade.quantity());
        report(order, Reports.fill(order, execId, record.timestampMillis(), trade.priceFen(), trade.quantity(),
                feeFen));
    }

    private void cancelled(OrderCancelled cancelled, Committed record, String execId) {
        TrackedOrder order = open.get(cancelled.orderId());
        if (order == null) {
            return;
        }
        String previous = order.clOrdId;
        String requested = record.envelope().command() instanceof CancelOrder ? requestClOrdId(record) : null;
        boolean expired = cancelled.reason() == CancelReason.DAY_END;
        order.end(expired ? OrdStatus.EXPIRED : OrdStatus.CANCELED);
        if (requested != null) {
            order.clOrdId = requested;
        }
        ExecutionReport report = Reports.execution(order, execId, expired ? ExecType.EXPIRED : ExecType.CANCELED,
                record.timestampMillis());
        if (requested != null) {
            report.setString(OrigClOrdID.FIELD, previous);
        } else {
            report.setString(Text.FIELD, "cancelled by the exchange: " + cancelled.reason());
        }
        report(order, report);
    }

    private void amended(OrderAmended amended, Committed record, String execId) {
        TrackedOrder order = open.get(amended.orderId());
        if (order == null) {
            return;
        }
        String previous = order.clOrdId;
        String requested = record.envelope().command() instanceof ReplaceOrder ? requestClOrdId(record) : null;
        order.amend(amended.priceFen(), amended.openQuantity());
        if (requested != null) {
            order.clOrdId = requested;
        }
        ExecutionReport report = Reports.execution(order, execId, ExecType.REPLACED, record.timestampMillis());
        report.setString(OrigClOrdID.FIELD, previous);
        report(order, report);
    }

    /** The ClOrdID of the FIX message behind a command, or null when it came from another gateway. */
    private static String requestClOrdId(Committed record) {
        Envelope envelope = record.envelope();
        return envelope.clientAddress() != null && envelope.clientAddress().startsWith("fix:")
                ? OrderRequest.clOrdIdOfKey(envelope.idempotencyKey()) : null;
    }

    private void report(TrackedOrder order, Message report) {
        if (order.done()) {
            open.remove(order.orderId);
            done.put(order.orderId, order);
        }
        sessions.sendToMember(order.memberId, report);
    }
}
