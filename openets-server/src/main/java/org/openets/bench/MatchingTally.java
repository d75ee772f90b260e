package org.openets.bench;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.openets.core.Event;
import org.openets.core.Outcome;
import org.openets.core.Rejection;
import org.openets.exchange.CancelReason;
import org.openets.exchange.OrderCancelled;
import org.openets.exchange.TradeExecuted;

/**
 * What a run of order lines gave: accepted and rejected lines, rejections by rule, cancellations by reason and
 * the trades. Every round of a benchmark must give the same tally, or the benchmark fails: a fast wrong
 * answer is no answer.
 */
public final class MatchingTally {

    private static final CancelReason[] REASONS = CancelReason.values();

    /** One trade as the trades file shows it: the taker's and the maker's order, at the maker's price. */
    public record Trade(long number, String symbol, String takerOrderId, String makerOrderId, long priceFen,
                        long quantity) {
    }

    /** A rejected order line with its reason. */
    public record Reject(int line, String text, Rejection rejection) {
    }

    private final boolean keepTrades;
    private final boolean keepRejects;
    private long accepted;
    private long rejected;
    private long trades;
    private long tradedTonnes;
    private long tradedValueFen;
    private final Map<String, Long> rejectsByRule = new TreeMap<>();
    private final Map<String, String> codeOfRule = new TreeMap<>();
    private final long[] cancellations = new long[REASONS.length];
    private final List<Trade> tradeList = new ArrayList<>();
    private final List<Reject> rejectList = new ArrayList<>();

    private MatchingTally(boolean keepTrades, boolean keepRejects) {
        this.keepTrades = keepTrades;
        this.keepRejects = keepRejects;
    }

    /** Counts only: for timed rounds. */
    public static MatchingTally counting() {
        return new MatchingTally(false, false);
    }

    /** Keeps every rejected line with its reason and, with {@code keepTrades}, every trade. */
    public static MatchingTally detailed(boolean keepTrades) {
        return new MatchingTally(keepTrades, true);
    }

    /** Counts the outcome of the order line {@code order}. */
    public void add(Workload.OrderLine order, Outcome outcome) {
        if (outcome instanceof Outcome.Accepted a) {
            accepted(a.events());
        } else if (outcome instanceof Outcome.Rejected r) {
            rejected(order, r.rejection());
        } else {
            throw new IllegalStateException("line " + order.line() + " was taken for a retry: " + outcome);
        }
    }

    /** Counts an accepted order line by the events it caused. */
    public void accepted(List<Event> events) {
        accepted++;
        for (int i = 0; i < events.size(); i++) {
            Event event = events.get(i);
            if (event instanceof TradeExecuted t) {
                trade(t);
            } else if (event instanceof OrderCancelled c) {
                cancellations[c.reason().ordinal()]++;
            }
        }
    }

    public void rejected(Workload.OrderLine order, Rejection rejection) {
        rejected++;
        rejectsByRule.merge(rejection.rule(), 1L, Long::sum);
        codeOfRule.putIfAbsent(rejection.rule(), rejection.code().toString());
        if (keepRejects) {
            rejectList.add(new Reject(order.line(), WorkloadFile.text(order.command()), rejection));
        }
    }

    private void trade(TradeExecuted t) {
        trades++;
        tradedTonnes += t.quantity();
        tradedValueFen += t.valueFen();
        if (keepTrades) {
            tradeList.add(new Trade(trades, t.symbol(), t.takerOrderId(), t.makerOrderId(), t.priceFen(),
                    t.quantity()));
        }
    }

    public long accepted() {
        return accepted;
    }

    public long rejected() {
        return rejected;
    }

    public long trades() {
        return trades;
    }

    public long tradedTonnes() {
        return tradedTonnes;
    }

    public long tradedValueFen() {
        return tradedValueFen;
    }

    /** Serial blocks the trades delivered: a trade moves the seller's lowest serials, in as many blocks as they lie. */


    /** Rejected lines by rule id, sorted. */
    public Map<String, Long> rejectsByRule() {
        return rejectsByRule;
    }

    /** The reject code each rule came with, e.g. {@code 3002 UNKNOWN_ORDER}. */
    public String codeOf(String rule) {
        return codeOfRule.get(rule);
    }

    /** Cancellations (of what was left of an order, or of a whole order) by reason; these are not rejects. */
    public Map<CancelReason, Long> cancellations() {
        EnumMap<CancelReason, Long> byReason = new EnumMap<>(CancelReason.class);
        for (CancelReason reason : REASONS) {
            if (cancellations[reason.ordinal()] != 0) {
                byReason.put(reason, cancellations[reason.ordinal()]);
            }
        }
        return byReason;
    }

    public List<Trade> tradeList() {
        return tradeList;
    }

    public List<Reject> rejectList() {
        return rejectList;
    }

    /** The figures every run of the same stream must agree on. */
    public String summary() {
        return accepted + " accepted, " + rejected + " rejected " + rejectsByRule + ", " + trades + " trades of "
                + tradedTonnes + " t worth " + tradedValueFen + " fen, cancellations " + cancellations();
    }
}
