package org.openets.exchange;

import java.time.DayOfWeek;
import java.time.LocalDate;
import org.openets.rulebook.Rule;
import org.openets.rulebook.Rulebook;

/**
 * The exchange's rule values for one CST day under one rulebook version. Rules change by day and by
 * amendment, so these are read once per (version, day) instead of once per order.
 */
final class DayRules {

    final long version;
    final long epochDay;
    final boolean tradingDay;
    final long tickFen;
    final long listedBandBps;
    final long blockBandBps;
    final long blockMinTonnes;
    final int maxLevels;
    final boolean tPlusOne;
    final boolean marketOrders;
    final long buyFeeBps;
    final long sellFeeBps;
    final int openingCall;
    final int morningOpen;
    final int morningClose;
    final int afternoonOpen;
    final int close;
    final int closingCallStart;

    private DayRules(Rulebook rulebook, long epochDay) {
        this.version = rulebook.version();
        this.epochDay = epochDay;
        long at = Rulebook.epochMillisAt(epochDay, 0);
        DayOfWeek weekday = LocalDate.ofEpochDay(epochDay).getDayOfWeek();
        boolean weekend = weekday == DayOfWeek.SATURDAY || weekday == DayOfWeek.SUNDAY;
        this.tradingDay = weekend ? rulebook.valueAt(Rule.EXC_WEEKEND_TRADING, at) == 1
                : rulebook.calendar().isWorkingDay(epochDay);
        this.tickFen = rulebook.valueAt(Rule.EXC_TICK_SIZE_FEN, at);
        this.listedBandBps = rulebook.valueAt(Rule.EXC_PRICE_LIMIT_LISTED_BPS, at);
        this.blockBandBps = rulebook.valueAt(Rule.EXC_PRICE_LIMIT_BLOCK_BPS, at);
        this.blockMinTonnes = rulebook.valueAt(Rule.EXC_BLOCK_MIN_TONNES, at);
        this.maxLevels = (int) rulebook.valueAt(Rule.EXC_MAX_LEVELS_SWEPT, at);
        this.tPlusOne = rulebook.valueAt(Rule.EXC_HOLDING_T_PLUS_1, at) == 1;
        this.marketOrders = rulebook.valueAt(Rule.EXC_MARKET_ORDERS, at) == 1;
        this.buyFeeBps = rulebook.valueAt(Rule.CLR_FEE_BUY_BPS, at);
        this.sellFeeBps = rulebook.valueAt(Rule.CLR_FEE_SELL_BPS, at);
        this.openingCall = (int) rulebook.valueAt(Rule.EXC_OPENING_CALL_MINUTE, at);
        this.morningOpen = (int) rulebook.valueAt(Rule.EXC_MORNING_OPEN_MINUTE, at);
        this.morningClose = (int) rulebook.valueAt(Rule.EXC_MORNING_CLOSE_MINUTE, at);
        this.afternoonOpen = (int) rulebook.valueAt(Rule.EXC_AFTERNOON_OPEN_MINUTE, at);
        this.close = (int) rulebook.valueAt(Rule.EXC_AFTERNOON_CLOSE_MINUTE, at);
        this.closingCallStart = Math.max(afternoonOpen,
                close - (int) rulebook.valueAt(Rule.EXC_CLOSING_CALL_MINUTES, at));
    }

    /** The rules of {@code epochDay}, reusing {@code cached} when it is still current. */
    static DayRules of(Rulebook rulebook, long epochDay, DayRules cached) {
        if (cached != null && cached.epochDay == epochDay && cached.version == rulebook.version()) {
            return cached;
        }
        return new DayRules(rulebook, epochDay);
    }

    /** The calendar's phase at a minute of this day, before any halt. */
    TradingPhase phaseAt(int minute) {
        if (!tradingDay) {
            return TradingPhase.CLOSED;
        } else if (minute < openingCall) {
            return TradingPhase.PRE_OPEN;
        } else if (minute < morningOpen) {
            return TradingPhase.CALL_AUCTION;
        } else if (minute < morningClose) {
            return TradingPhase.CONTINUOUS;
        } else if (minute < afternoonOpen) {
            return TradingPhase.BREAK;
        } else if (minute < closingCallStart) {
            return TradingPhase.CONTINUOUS;
        } else if (minute < close) {
            return TradingPhase.CALL_AUCTION;
        }
        return TradingPhase.CLOSED;
    }

    boolean isBlockHours(int minute) {
        return tradingDay && minute >= afternoonOpen && minute < close;
    }

    /** Lowest price in a band of {@code bps} around {@code reference}: rounded inward to the tick (DOMAIN §2). */
    long bandLow(long reference, long bps) {
        long raw = Math.multiplyExact(reference, 10_000 - bps);
        long low = (raw + 9_999) / 10_000;
        return ceilToTick(low);
    }

    long bandHigh(long reference, long bps) {
        long high = Math.multiplyExact(reference, 10_000 + bps) / 10_000;
        return high - high % tickFen;
    }

    private long ceilToTick(long price) {
        long rest = price % tickFen;
        return rest == 0 ? price : price + tickFen - rest;
    }

    /** The day's actions in order: opening uncross, closing-call start, close (minutes). */
    int[] actionMinutes() {
        return new int[] {morningOpen, closingCallStart, close};
    }
}
