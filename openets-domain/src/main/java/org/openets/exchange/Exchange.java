package org.openets.exchange;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.TreeMap;
import org.openets.clearing.Clearing;
import org.openets.core.ApplyContext;
import org.openets.core.BinaryReader;
import org.openets.core.BinaryWriter;
import org.openets.core.BoundedContext;
import org.openets.core.Catalog;
import org.openets.core.Command;
import org.openets.core.CommandHandlers;
import org.openets.core.Position;
import org.openets.core.RecordCodec;
import org.openets.core.RejectCode;
import org.openets.core.Rejection;
import org.openets.core.StateHasher;
import org.openets.registry.AccountType;
import org.openets.registry.RegistryRejects;
import org.openets.registry.SerialBlock;
import org.openets.registry.Settlement;
import org.openets.rulebook.Actor;
import org.openets.rulebook.Fields;
import org.openets.rulebook.Role;
import org.openets.rulebook.Rulebook;

/**
 * The exchange context (DOMAIN §2): instruments, the trading calendar and sessions, listed continuous trading
 * with call auctions, and the trading position of each admitted account. Trades settle at once through the
 * registry and clearing (delivery versus payment in one engine step). Query methods are for gateways on the
 * engine thread and return copies.
 */
public final class Exchange implements BoundedContext {

    private static final EnumSet<AccountType> TRADABLE = EnumSet.of(AccountType.ENTITY_HOLDING,
            AccountType.MEMBER_TRADING, AccountType.CLIENT, AccountType.PROJECT_DEVELOPER,
            AccountType.INCLUSION_OPERATOR);

    private final Rulebook rulebook;
    private final Settlement registry;
    private final Clearing clearing;
    private final ExchangeState state = new ExchangeState();
    private final Matching matching;
    private final CallAuction callAuction;
    private final OrderHandling orders;
    private final BlockTrades blocks;
    private final OneWayAuctions oneWays;
    private final CommandHandlers handlers = new CommandHandlers();
    private DayRules rules;
    private long nextActionMillis = Long.MAX_VALUE;
    private long nextActionVersion = -1;

    public Exchange(Rulebook rulebook, Settlement registry, Clearing clearing) {
        this.rulebook = rulebook;
        this.registry = registry;
        this.clearing = clearing;
        this.matching = new Matching(state, clearing, registry);
        this.callAuction = new CallAuction(state, matching);
        this.orders = new OrderHandling(state, this, registry, rulebook, matching);
        this.blocks = new BlockTrades(state, this, orders, matching, rulebook);
        this.oneWays = new OneWayAuctions(state, this, orders, matching, rulebook);
        handlers.on(ListInstrument.class, this::list);
        handlers.on(SetInstrumentHalt.class, this::halt);
        handlers.on(RegisterTradingAccount.class, this::registerAccount);
        handlers.on(SetTradingRestriction.class, this::restrict);
        handlers.on(MoveUnitsToTrading.class, (c, x) -> moveUnits(c.accountId(), c.unit(), c.quantity(), true, x));
        handlers.on(MoveUnitsFromTrading.class, (c, x) -> moveUnits(c.accountId(), c.unit(), c.quantity(), false, x));
        handlers.on(PlaceOrder.class, orders::place);
        handlers.on(CancelOrder.class, orders::cancel);
        handlers.on(ReplaceOrder.class, orders::replace);
        handlers.on(MoveOrder.class, orders::move);
        handlers.on(ReduceOrder.class, orders::reduce);
        handlers.on(ProposeBlockTrade.class, blocks::propose);
        handlers.on(ConfirmBlockTrade.class, blocks::confirm);
        handlers.on(CancelBlockTrade.class, blocks::cancel);
        handlers.on(AnnounceOneWay.class, oneWays::announce);
        handlers.on(SubmitOneWayBid.class, oneWays::bid);
    }


    @Override
    public String name() {
        return "exchange";
    }

    @Override
    public void register(Catalog.Builder catalog) {
        List<Class<? extends Record>> commands = List.of(ListInstrument.class, SetInstrumentHalt.class,
                RegisterTradingAccount.class, SetTradingRestriction.class, MoveUnitsToTrading.class,
                MoveUnitsFromTrading.class, PlaceOrder.class, CancelOrder.class, ReplaceOrder.class, MoveOrder.class,
                ReduceOrder.class, ProposeBlockTrade.class, ConfirmBlockTrade.class, CancelBlockTrade.class,
                AnnounceOneWay.class, SubmitOneWayBid.class);
        List<Class<? extends Record>> events = List.of(InstrumentListed.class, InstrumentHaltSet.class,
                TradingAccountRegistered.class, TradingRestrictionSet.class, UnitsMovedToTrading.class,
                UnitsMovedFromTrading.class, OrderAccepted.class, OrderAmended.class, OrderCancelled.class,
                TradeExecuted.class, TradingPhaseChanged.class, TradingDayClosed.class, BlockTradeProposed.class,
                BlockTradeCancelled.class, OneWayAnnounced.class, OneWayBidSubmitted.class, OneWayBidReleased.class,
                OneWayClosed.class, BlockTradeConfirmed.class);
        // Codes are journaled: append to these lists, never reorder them. Commands 600-799, events 800-999.
        catalog.addAll(600, commands).addAll(800, events);
    }

    @Override
    public boolean handles(Class<? extends Command> type) {
        return handlers.handles(type);
    }

    @Override
    public Rejection apply(Command command, ApplyContext context) {
        Rejection rejection = handlers.apply(command, context);
        return rejection == null ? null : rejection.withRulebookVersion(rulebook.version());
    }

    Clearing clearing() {
        return clearing;
    }

    /** The rule values of the CST day of {@code millis}. */
    DayRules rules(long millis) {
        rules = DayRules.of(rulebook, Rulebook.epochDay(millis), rules);
        return rules;
    }

    /** The phase of an instrument at a moment: halted, or the calendar's phase. */
    TradingPhase phase(Instrument instrument, long millis) {
        return instrument.halted ? TradingPhase.HALTED : rules(millis).phaseAt(Rulebook.minuteOfDay(millis));
    }

    // ---- administration ----

    private Rejection list(ListInstrument c, ApplyContext context) {
        if (!Fields.isId(c.symbol())) {
            return ExchangeRejects.invalid("symbol", "symbol must be 1-64 letters, digits or . _ : -");
        }
        if (c.unit() == null || !registry.isUnitCode(c.unit())) {
            return Rejection.of(RejectCode.INVALID_FIELD, "unit", RegistryRejects.UNIT_CODE, "not a unit code");
        }
        if (c.referencePriceFen() <= 0 || c.referencePriceFen() > ExchangeRejects.MAX_PRICE_FEN) {
            return ExchangeRejects.invalid("referencePriceFen",
                    "referencePriceFen must be 1 to " + ExchangeRejects.MAX_PRICE_FEN);
        }
        if (c.lotTonnes() <= 0 || c.lotTonnes() > ExchangeRejects.MAX_QUANTITY) {
            return ExchangeRejects.invalid("lotTonnes", "lotTonnes must be 1 to " + ExchangeRejects.MAX_QUANTITY);
        }
        if (c.maxOrderTonnes() < 0 || c.maxOrderTonnes() > ExchangeRejects.MAX_QUANTITY) {
            return ExchangeRejects.invalid("maxOrderTonnes", "maxOrderTonnes must be 0 (block minimum less one) to "
                    + ExchangeRejects.MAX_QUANTITY);
        }
        Rejection unauthorised = operatorOrUnifiedRegulator(context.actorId());
        if (unauthorised != null) {
            return unauthorised;
        }
        if (state.instruments.containsKey(c.symbol())) {
            return Rejection.of(ExchangeRejects.INSTRUMENT_EXISTS, "symbol", ExchangeRejects.INSTRUMENT_UNIQUE,
                    "an instrument with this symbol is listed");
        }
        for (Instrument other : state.bySlot) {
            if (other.unit.equals(c.unit())) {
                return Rejection.of(ExchangeRejects.INSTRUMENT_EXISTS, "unit", ExchangeRejects.UNIT_MATCHES,
                        "unit " + c.unit() + " already trades as " + other.symbol);
            }
        }
        long maxOrder = c.maxOrderTonnes() == 0 ? rules(context.timestampMillis()).blockMinTonnes - 1
                : c.maxOrderTonnes();
        Instrument instrument = new Instrument(c.symbol(), c.unit(), state.bySlot.size(), c.referencePriceFen(),
                c.lotTonnes(), maxOrder);
        state.instruments.put(c.symbol(), instrument);
        state.bySlot.add(instrument);
        if (state.processedUntilMillis == Long.MIN_VALUE) {
            state.processedUntilMillis = context.timestampMillis();
            nextActionVersion = -1;
        }
        context.emit(new InstrumentListed(c.symbol(), c.unit(), c.referencePriceFen(), c.lotTonnes(), maxOrder));
        return null;
    }

    private Rejection halt(SetInstrumentHalt c, ApplyContext context) {
        Instrument instrument = state.instruments.get(c.symbol());
        if (instrument == null) {
            return Rejection.of(ExchangeRejects.UNKNOWN_INSTRUMENT, "symbol", ExchangeRejects.INSTRUMENT_KNOWN,
                    "no instrument with this symbol");
        }
        if (!Fields.isText(c.reason())) {
            return ExchangeRejects.invalid("reason", "reason must be 1-" + Fields.MAX_TEXT_LENGTH + " characters");
        }
        Actor actor = rulebook.actor(context.actorId());
        if (actor == null || actor.role() != Role.OPERATOR && actor.role() != Role.REGULATOR) {
            return Rejection.of(RejectCode.NOT_AUTHORISED, "actorId", ExchangeRejects.OPERATOR_OR_REGULATOR,
                    "only the exchange operator or a regulator may halt trading");
        }
        if (instrument.halted == c.halted()) {
            return Rejection.of(ExchangeRejects.INSTRUMENT_HALTED, "halted", RegistryRejects.STATE_CHANGE,
                    "the instrument is already " + (c.halted() ? "halted" : "trading"));
        }
        instrument.halted = c.halted();
        context.emit(new InstrumentHaltSet(c.symbol(), c.halted(), c.reason()));
        if (!c.halted() && rules(context.timestampMillis()).phaseAt(Rulebook.minuteOfDay(context.timestampMillis()))
                == TradingPhase.CONTINUOUS) {
            // Orders entered in a call auction that the halt skipped may cross: uncross them before trading.
            callAuction.uncross(instrument, context);
        }
        return null;
    }

    private Rejection registerAccount(RegisterTradingAccount c, ApplyContext context) {
        if (!Fields.isId(c.accountId())) {
            return ExchangeRejects.invalid("accountId", "accountId must be 1-64 letters, digits or . _ : -");
        }
        if (!Fields.isId(c.memberId())) {
            return ExchangeRejects.invalid("memberId", "memberId must be 1-64 letters, digits or . _ : -");
        }
        Actor operator = rulebook.actor(context.actorId());
        if (operator == null || operator.role() != Role.OPERATOR) {
            return Rejection.of(RejectCode.NOT_AUTHORISED, "actorId", ExchangeRejects.OPERATOR_ONLY,
                    "only the exchange operator admits accounts to trading");
        }
        AccountType type = registry.type(c.accountId());
        if (type == null) {
            return Rejection.of(RegistryRejects.UNKNOWN_ACCOUNT, "accountId", RegistryRejects.ACCOUNT_KNOWN,
                    "no such registry account");
        }
        if (!TRADABLE.contains(type)) {
            return Rejection.of(ExchangeRejects.NOT_TRADING_ACCOUNT, "accountId", ExchangeRejects.TRADABLE_ACCOUNT_TYPE,
                    type + " accounts belong to the market's administration and do not trade (REG24 Art 7)");
        }
        Actor member = rulebook.actor(c.memberId());
        if (member == null || member.role() != Role.MEMBER) {
            return Rejection.of(ExchangeRejects.NOT_TRADING_ACCOUNT, "memberId", ExchangeRejects.MEMBER_ONLY,
                    "the member must be a registered actor with the member role");
        }
        if (state.accounts.containsKey(c.accountId())) {
            return Rejection.of(RegistryRejects.ACCOUNT_EXISTS, "accountId", ExchangeRejects.TRADING_ACCOUNT_KNOWN,
                    "this account is already registered for trading");
        }
        String owner = registry.holderId(c.accountId());
        TradingAccount account = new TradingAccount(c.accountId(), c.memberId(), owner,
                clearing.open(c.accountId(), c.memberId()));
        account.ensure(state.bySlot.size());
        state.accounts.put(c.accountId(), account);
        context.emit(new TradingAccountRegistered(c.accountId(), c.memberId(), owner));
        return null;
    }

    private Rejection restrict(SetTradingRestriction c, ApplyContext context) {
        if (!Fields.isId(c.holderId())) {
            return ExchangeRejects.invalid("holderId", "holderId must be 1-64 letters, digits or . _ : -");
        }
        if (c.reason() == null) {
            return ExchangeRejects.invalid("reason", "reason must be STAFF or KEY_EMITTER");
        }
        if (!Fields.isText(c.note())) {
            return ExchangeRejects.invalid("note", "note must be 1-" + Fields.MAX_TEXT_LENGTH + " characters");
        }
        Actor actor = rulebook.actor(context.actorId());
        if (actor == null || actor.role() != Role.REGULATOR && actor.role() != Role.OPERATOR) {
            return Rejection.of(RejectCode.NOT_AUTHORISED, "actorId", ExchangeRejects.OPERATOR_OR_REGULATOR,
                    "only a regulator or the operator restricts trading");
        }
        EnumSet<RestrictionReason> reasons = state.restrictions.computeIfAbsent(c.holderId(),
                h -> EnumSet.noneOf(RestrictionReason.class));
        boolean changed = c.active() ? reasons.add(c.reason()) : reasons.remove(c.reason());
        if (reasons.isEmpty()) {
            state.restrictions.remove(c.holderId());
        }
        if (!changed) {
            return Rejection.of(ExchangeRejects.TRADING_RESTRICTED, "active", RegistryRejects.STATE_CHANGE,
                    "the restriction is already " + (c.active() ? "in force" : "lifted"));
        }
        context.emit(new TradingRestrictionSet(c.holderId(), c.reason(), c.active(), c.note()));
        return null;
    }

    /**
     * Bars {@code holderId} from trading as a key emitter on the national list, or lifts the bar, for MRV when a
     * confirmed report changes the entity's listing (DOMAIN §1). The same change and event as a regulator's
     * {@link SetTradingRestriction}; nothing happens when the bar is already as asked. Holdings stay put: only
     * orders are refused ({@link OrderHandling#checkTrader}).
     */
    public void setKeyEmitterRestriction(String holderId, boolean active, String note, ApplyContext context) {
        EnumSet<RestrictionReason> reasons = state.restrictions.computeIfAbsent(holderId,
                h -> EnumSet.noneOf(RestrictionReason.class));
        boolean changed = active ? reasons.add(RestrictionReason.KEY_EMITTER)
                : reasons.remove(RestrictionReason.KEY_EMITTER);
        if (reasons.isEmpty()) {
            state.restrictions.remove(holderId);
        }
        if (changed) {
            context.emit(new TradingRestrictionSet(holderId, RestrictionReason.KEY_EMITTER, active, note));
        }
        if (changed && active) {
            // A key emitter leaves the regional market: what it has resting leaves the book with it.
            for (Instrument instrument : state.bySlot) {
                for (BookSide side : List.of(instrument.book.bids, instrument.book.asks)) {
                    List<Order> owned = new ArrayList<>();
                    for (PriceLevel level : side.levels(Integer.MAX_VALUE)) {
                        for (Order order = level.head; order != null; order = order.next) {
                            if (order.account.ownerId.equals(holderId)) {
                                owned.add(order);
                            }
                        }
                    }
                    owned.forEach(order -> matching.cancelResting(order, CancelReason.RESTRICTED, context));
                }
            }
        }
    }

    private Rejection moveUnits(String accountId, String unit, long quantity, boolean toTrading,
                                ApplyContext context) {
        if (!Fields.isId(accountId)) {
            return ExchangeRejects.invalid("accountId", "accountId must be 1-64 letters, digits or . _ : -");
        }
        if (quantity <= 0 || quantity > ExchangeRejects.MAX_QUANTITY) {
            return ExchangeRejects.invalid("quantity",
                    "quantity must be 1 to " + ExchangeRejects.MAX_QUANTITY + " tonnes");
        }
        TradingAccount account = state.accounts.get(accountId);
        if (account == null) {
            return Rejection.of(ExchangeRejects.NOT_TRADING_ACCOUNT, "accountId", ExchangeRejects.TRADING_ACCOUNT_KNOWN,
                    "this account is not registered for trading");
        }
        if (!clearing.mayInstruct(accountId, context.actorId())) {
            return Rejection.of(RejectCode.NOT_AUTHORISED, "actorId", ExchangeRejects.MEMBER_ONLY,
                    "only the account's member, its representatives or the operator may move its units");
        }
        if (registry.isFrozen(accountId)) {
            return Rejection.of(ExchangeRejects.ACCOUNT_FROZEN, "accountId",
                    RegistryRejects.FROZEN_ACCOUNT_SENDS_NOTHING,
                    "a frozen account moves nothing");
        }
        long movable;
        if (toTrading) {
            movable = registry.balance(accountId, unit, Position.AVAILABLE);
        } else {
            Instrument instrument = instrumentOfUnit(unit);
            movable = registry.balance(accountId, unit, Position.TRADING)
                    - (instrument == null ? 0 : account.reserved(instrument.slot));
        }
        if (quantity > movable) {
            return Rejection.of(ExchangeRejects.INSUFFICIENT_UNITS, "quantity",
                    toTrading ? RegistryRejects.AVAILABLE_ONLY : ExchangeRejects.UNITS_IN_TRADING,
                    "movable now: " + movable + " t" + (toTrading ? " available" : " not held by open sell orders"));
        }
        List<SerialBlock> blocks = toTrading
                ? registry.moveWithin(accountId, unit, Position.AVAILABLE, Position.TRADING, quantity)
                : registry.moveWithin(accountId, unit, Position.TRADING, Position.AVAILABLE, quantity);
        context.emit(toTrading ? new UnitsMovedToTrading(accountId, unit, quantity, blocks)
                : new UnitsMovedFromTrading(accountId, unit, quantity, blocks));
        return null;
    }

    private Instrument instrumentOfUnit(String unit) {
        for (Instrument instrument : state.bySlot) {
            if (instrument.unit.equals(unit)) {
                return instrument;
            }
        }
        return null;
    }

    private Rejection operatorOrUnifiedRegulator(String actorId) {
        Actor actor = rulebook.actor(actorId);
        if (actor != null && (actor.role() == Role.OPERATOR || actor.isUnifiedAuthority())) {
            return null;
        }
        return Rejection.of(RejectCode.NOT_AUTHORISED, "actorId", ExchangeRejects.OPERATOR_OR_REGULATOR,
                "only the exchange operator or the unified-market authority lists instruments");
    }


    // ---- the session schedule ----

    @Override
    public long nextDueAtMillis() {
        long session = nextSessionActionMillis();
        return state.oneWays.isEmpty() ? session : Math.min(session, oneWays.nextCloseMillis());
    }

    /** Something was scheduled or unscheduled outside the session calendar. */
    void scheduleChanged() {
        nextActionVersion = -1;
    }

    private long nextSessionActionMillis() {
        if (state.processedUntilMillis == Long.MIN_VALUE) {
            return Long.MAX_VALUE;
        }
        if (nextActionVersion != rulebook.version()) {
            nextActionMillis = nextActionAfter(state.processedUntilMillis);
            nextActionVersion = rulebook.version();
        }
        return nextActionMillis;
    }

    private long nextActionAfter(long afterMillis) {
        long day = Rulebook.epochDay(afterMillis);
        for (int i = 0; i < 800; i++, day++) {
            DayRules dayRules = DayRules.of(rulebook, day, null);
            if (!dayRules.tradingDay) {
                continue;
            }
            for (int minute : dayRules.actionMinutes()) {
                long at = Rulebook.epochMillisAt(day, minute);
                if (at > afterMillis) {
                    return at;
                }
            }
        }
        return Long.MAX_VALUE;
    }

    @Override
    public void advanceTime(ApplyContext context) {
        long now = context.timestampMillis();
        while (true) {
            long session = nextSessionActionMillis();
            long oneWay = oneWays.nextCloseMillis();
            if (Math.min(session, oneWay) > now) {
                return;
            }
            if (oneWay <= session) {
                oneWays.closeDue(oneWay, context);
            } else {
                sessionAction(session, context);
                state.processedUntilMillis = session;
                nextActionVersion = -1;
            }
        }
    }

    private void sessionAction(long due, ApplyContext context) {
        long day = Rulebook.epochDay(due);
        int minute = Rulebook.minuteOfDay(due);
        DayRules dayRules = DayRules.of(rulebook, day, null);
        if (minute == dayRules.morningOpen) {
            context.emit(new TradingPhaseChanged(day, TradingPhase.CONTINUOUS));
            uncrossAll(context);
        }
        if (minute == dayRules.closingCallStart && dayRules.closingCallStart < dayRules.close) {
            context.emit(new TradingPhaseChanged(day, TradingPhase.CALL_AUCTION));
        }
        if (minute == dayRules.close) {
            if (dayRules.closingCallStart < dayRules.close) {
                uncrossAll(context);
            }
            blocks.expireAll(context);
            closeDay(day, context);
            context.emit(new TradingPhaseChanged(day, TradingPhase.CLOSED));
        }
    }

    private void uncrossAll(ApplyContext context) {
        for (Instrument instrument : state.bySlot) {
            if (!instrument.halted) {
                callAuction.uncross(instrument, context);
            }
        }
    }

    /** Day orders expire; the close (VWAP of listed trades, else the previous close) becomes the reference. */
    private void closeDay(long day, ApplyContext context) {
        for (Instrument instrument : state.bySlot) {
            for (BookSide side : List.of(instrument.book.bids, instrument.book.asks)) {
                List<Order> expiring = new ArrayList<>();
                for (PriceLevel level : side.levels(Integer.MAX_VALUE)) {
                    for (Order order = level.head; order != null; order = order.next) {
                        if (order.timeInForce == TimeInForce.DAY) {
                            expiring.add(order);
                        }
                    }
                }
                expiring.forEach(order -> matching.cancelResting(order, CancelReason.DAY_END, context));
            }
            Instrument.DayStatistics today = instrument.today;
            long close = today.volume == 0 ? instrument.referencePriceFen : today.vwapFen();
            context.emit(new TradingDayClosed(instrument.symbol, day, today.openFen, today.highFen, today.lowFen, close,
                    today.volume, today.turnoverFen, today.vwapFen(), today.trades, today.blockVolume,
                    today.blockTurnoverFen));
            instrument.referencePriceFen = close;
            today.clear();
            cancelOutsideBand(instrument, day, context);
        }
    }

    /**
     * Good-till-cancelled orders that the new close leaves outside the next trading day's band are cancelled, so
     * that no trade is ever made outside the band of its day.
     */
    private void cancelOutsideBand(Instrument instrument, long day, ApplyContext context) {
        long next = day + 1;
        DayRules nextRules = DayRules.of(rulebook, next, null);
        while (!nextRules.tradingDay && next < day + 60) {
            nextRules = DayRules.of(rulebook, ++next, null);
        }
        long low = nextRules.bandLow(instrument.referencePriceFen, nextRules.listedBandBps);
        long high = nextRules.bandHigh(instrument.referencePriceFen, nextRules.listedBandBps);
        for (BookSide side : List.of(instrument.book.bids, instrument.book.asks)) {
            List<Order> outside = new ArrayList<>();
            for (PriceLevel level : side.levels(Integer.MAX_VALUE)) {
                if (level.priceFen < low || level.priceFen > high) {
                    for (Order order = level.head; order != null; order = order.next) {
                        outside.add(order);
                    }
                }
            }
            outside.forEach(order -> matching.cancelResting(order, CancelReason.OUTSIDE_BAND, context));
        }
    }

    // ---- state ----

    @Override
    public void hashState(StateHasher hasher) {
        BinaryWriter out = new BinaryWriter(1 << 12);
        ExchangeSnapshot.write(state, out);
        hasher.putBytes(out.toByteArray());
    }

    @Override
    public void writeSnapshot(BinaryWriter out, RecordCodec codec) {
        ExchangeSnapshot.write(state, out);
    }

    @Override
    public void readSnapshot(BinaryReader in, RecordCodec codec) {
        ExchangeSnapshot.read(state, in, clearing);
        rules = null;
        nextActionVersion = -1;
    }

    // ---- queries (engine thread) ----

    /** Every instrument with its phase at {@code nowMillis}, price band and today's statistics, by symbol. */
    public List<InstrumentView> instruments(long nowMillis) {
        List<InstrumentView> views = new ArrayList<>();
        new TreeMap<>(state.instruments).values().forEach(i -> views.add(view(i, nowMillis)));
        return views;
    }

    /** The instrument, or null. */
    public InstrumentView instrument(String symbol, long nowMillis) {
        Instrument instrument = state.instruments.get(symbol);
        return instrument == null ? null : view(instrument, nowMillis);
    }

    private InstrumentView view(Instrument i, long nowMillis) {
        DayRules r = rules(nowMillis);
        Instrument.DayStatistics t = i.today;
        return new InstrumentView(i.symbol, i.unit, phase(i, nowMillis), i.halted, i.referencePriceFen,
                r.bandLow(i.referencePriceFen, r.listedBandBps), r.bandHigh(i.referencePriceFen, r.listedBandBps),
                r.tickFen, i.lotTonnes, i.maxOrderTonnes, t.openFen, t.highFen, t.lowFen, t.lastFen, t.volume,
                t.turnoverFen, t.vwapFen(), t.trades);
    }

    /** The best {@code levels} price levels of each side, or null for an unknown symbol. */
    public Depth depth(String symbol, int levels) {
        Instrument instrument = state.instruments.get(symbol);
        if (instrument == null) {
            return null;
        }
        return new Depth(symbol, levelsOf(instrument.book.bids, levels), levelsOf(instrument.book.asks, levels));
    }

    private static List<Depth.Level> levelsOf(BookSide side, int max) {
        List<Depth.Level> result = new ArrayList<>();
        for (PriceLevel level : side.levels(max)) {
            result.add(new Depth.Level(level.priceFen, level.openQuantity, level.orders));
        }
        return result;
    }

    /** A resting order, or null when it is not in the book. */
    public OrderView order(String orderId) {
        Order order = state.orders.get(orderId);
        return order == null ? null : view(order);
    }

    /**
     * The block trades proposed and not yet confirmed, cancelled or expired, by block id, with their terms as
     * proposed ({@code reservedFen}: the buyer's money held for it; 0 for a seller).
     */
    public List<BlockTradeProposed> blockProposals() {
        List<BlockTradeProposed> proposals = new ArrayList<>();
        for (BlockProposal p : new TreeMap<>(state.blocks).values()) {
            Order o = p.proposer();
            proposals.add(new BlockTradeProposed(p.blockId(), o.account.accountId, p.counterparty().accountId,
                    o.instrument.symbol, o.side, o.priceFen, o.openQuantity, o.reservedFen));
        }
        return proposals;
    }

    /** The resting orders of an account, by symbol, side and priority. */
    public List<OrderView> openOrders(String accountId) {
        List<OrderView> views = new ArrayList<>();
        for (Instrument instrument : new TreeMap<>(state.instruments).values()) {
            for (BookSide side : List.of(instrument.book.bids, instrument.book.asks)) {
                for (PriceLevel level : side.levels(Integer.MAX_VALUE)) {
                    for (Order o = level.head; o != null; o = o.next) {
                        if (accountId == null || o.account.accountId.equals(accountId)) {
                            views.add(view(o));
                        }
                    }
                }
            }
        }
        return views;
    }

    private static OrderView view(Order o) {
        return new OrderView(o.orderId, o.account.accountId, o.instrument.symbol, o.side, o.type, o.timeInForce,
                o.priceFen, o.openQuantity, o.filledQuantity, o.filledValueFen, o.reservedFen, o.priority);
    }

    /** The member through which the account trades, or null when it is not a trading account. */
    public String memberOf(String accountId) {
        TradingAccount account = state.accounts.get(accountId);
        return account == null ? null : account.memberId;
    }

    /** The trading account's member, owner and, per unit, sellable and reserved quantities; null if unknown. */
    public TradingAccountView tradingAccount(String accountId, long nowMillis) {
        TradingAccount account = state.accounts.get(accountId);
        if (account == null) {
            return null;
        }
        long day = Rulebook.epochDay(nowMillis);
        boolean tPlusOne = rules(nowMillis).tPlusOne;
        List<TradingAccountView.Position> positions = new ArrayList<>();
        for (Instrument i : state.bySlot) {
            long inTrading = registry.balance(accountId, i.unit, Position.TRADING);
            long reserved = account.reserved(i.slot);
            long bought = account.boughtOn(i.slot, day);
            if (inTrading != 0 || reserved != 0) {
                long sellable = Math.max(0, inTrading - reserved - (tPlusOne ? bought : 0));
                positions.add(new TradingAccountView.Position(i.symbol, i.unit, inTrading, reserved, bought, sellable));
            }
        }
        return new TradingAccountView(accountId, account.memberId, account.ownerId, account.funds.availableFen(),
                account.funds.reservedFen(), account.funds.withdrawableFen(day), positions);
    }

    /** Whether {@code holderId} is barred from trading for {@code reason}. */
    public boolean isRestricted(String holderId, RestrictionReason reason) {
        EnumSet<RestrictionReason> reasons = state.restrictions.get(holderId);
        return reasons != null && reasons.contains(reason);
    }

    /**
     * The account's net allowance sales (tonnes sold minus bought, every trading mode) over the CST calendar years
     * {@code fromYear..toYear}; 0 for an account never admitted to trading. Negative for a net buyer.
     */
    public long netAllowanceSales(String accountId, int fromYear, int toYear) {
        TradingAccount account = state.accounts.get(accountId);
        return account == null ? 0 : account.netAllowanceSales.between(fromYear, toYear);
    }
}
