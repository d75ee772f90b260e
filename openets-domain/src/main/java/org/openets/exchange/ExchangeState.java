package org.openets.exchange;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.openets.core.IdSet;

/** Everything the exchange holds in memory; see {@link ExchangeSnapshot} for its canonical form. */
final class ExchangeState {

    static final String ORDER_SCOPE = "order";
    static final String BLOCK_SCOPE = "block";
    static final String ONE_WAY_SCOPE = "one-way";
    static final String BID_SCOPE = "one-way-bid";

    final Map<String, Instrument> instruments = new HashMap<>();
    final List<Instrument> bySlot = new ArrayList<>();
    final Map<String, TradingAccount> accounts = new HashMap<>();
    final Map<String, EnumSet<RestrictionReason>> restrictions = new HashMap<>();
    /** Resting orders by id. */
    final Map<String, Order> orders = new HashMap<>();
    /** Open block proposals by id. */
    final Map<String, BlockProposal> blocks = new HashMap<>();
    /** Announced one-way auctions not yet closed, by id. */
    final Map<String, OneWayAuction> oneWays = new HashMap<>();
    /** Every order, block and one-way id ever accepted (each kind in its own scope), so that none is reused. */
    IdSet usedOrderIds = new IdSet();
    long nextTradeNo = 1;
    long nextPriority = 1;
    /** The time up to which scheduled session actions are done; MIN_VALUE before the first listing. */
    long processedUntilMillis = Long.MIN_VALUE;

    void clear() {
        instruments.clear();
        bySlot.clear();
        accounts.clear();
        restrictions.clear();
        orders.clear();
        blocks.clear();
        oneWays.clear();
        usedOrderIds = new IdSet();
        nextTradeNo = 1;
        nextPriority = 1;
        processedUntilMillis = Long.MIN_VALUE;
    }
}
