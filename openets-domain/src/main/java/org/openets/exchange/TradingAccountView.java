package org.openets.exchange;

import java.util.List;

/** A trading account's money and, per instrument, its trading position. */
public record TradingAccountView(String accountId, String memberId, String ownerId, long availableFen,
                                 long reservedFen, long withdrawableFen, List<Position> positions) {

    /** Units in the trading position, held by open sell orders, bought today, and sellable now. */
    public record Position(String symbol, String unit, long inTrading, long reservedForSells, long boughtToday,
                           long sellable) {
    }
}
