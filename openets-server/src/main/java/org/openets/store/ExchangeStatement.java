package org.openets.store;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.openets.core.FundsState;

/**
 * An account's end-of-day statement for one CST trading day: its trades with the side it took and the cash
 * each moved, its fees, the units it bought and sold per unit type, the money it paid in or took out, and per
 * funds state the opening balance, the day's change and the closing balance.
 */
public record ExchangeStatement(String accountId, LocalDate date, List<Fill> trades, long feesFen,
                                long tradingCashFen, List<Units> units, List<Transfer> transfers,
                                List<FundsDay> funds) {

    /**
     * One trade from the account's side: {@code cashFen} is what it did to the account's money, the value less
     * the fee for a sale and minus value and fee for a purchase.
     */
    public record Fill(long tradeNo, OffsetDateTime executedAt, String symbol, String unit, String kind, String side,
                       String orderId, long priceFen, long quantity, long valueFen, long feeFen, long cashFen) {
    }

    public record Units(String unit, long bought, long sold, long net) {
    }

    public record Transfer(String kind, long amountFen, String reference, OffsetDateTime occurredAt) {
    }

    public record FundsDay(String state, long openingFen, long changeFen, long closingFen) {
        static FundsDay of(String state, long openingFen, long changeFen) {
            return new FundsDay(state, openingFen, changeFen, Math.addExact(openingFen, changeFen));
        }
    }

    /** One line per funds state, in the enum's order; a state without movements shows zeros. */
    private static List<FundsDay> everyState(List<FundsDay> found) {
        List<FundsDay> days = new ArrayList<>();
        for (FundsState state : FundsState.values()) {
            days.add(found.stream().filter(d -> d.state().equals(state.name())).findFirst()
                    .orElse(new FundsDay(state.name(), 0, 0, 0)));
        }
        return days;
    }

    static ExchangeStatement of(String accountId, LocalDate date, List<ExchangeHistory.Trade> trades,
                                List<Transfer> transfers, List<FundsDay> funds) {
        List<Fill> fills = new ArrayList<>();
        Map<String, long[]> boughtAndSold = new TreeMap<>();
        long fees = 0;
        long cash = 0;
        for (ExchangeHistory.Trade t : trades) {
            boolean bought = t.buyAccount().equals(accountId);
            long fee = bought ? t.buyFeeFen() : t.sellFeeFen();
            long cashFen = bought ? -Math.addExact(t.valueFen(), fee) : t.valueFen() - fee;
            fills.add(new Fill(t.tradeNo(), t.executedAt(), t.symbol(), t.unit(), t.kind(), bought ? "BUY" : "SELL",
                    bought ? t.buyOrderId() : t.sellOrderId(), t.priceFen(), t.quantity(), t.valueFen(), fee,
                    cashFen));
            boughtAndSold.computeIfAbsent(t.unit(), u -> new long[2])[bought ? 0 : 1] += t.quantity();
            fees = Math.addExact(fees, fee);
            cash = Math.addExact(cash, cashFen);
        }
        List<Units> units = new ArrayList<>();
        boughtAndSold.forEach((unit, q) -> units.add(new Units(unit, q[0], q[1], q[0] - q[1])));
        return new ExchangeStatement(accountId, date, fills, fees, cash, units, transfers, everyState(funds));
    }
}
