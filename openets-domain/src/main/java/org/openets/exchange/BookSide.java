package org.openets.exchange;

import java.util.ArrayList;
import java.util.List;

/**
 * The price levels of one side of a book in an array indexed by price (one slot per fen from {@link #base}),
 * which makes finding, adding and emptying a level constant-time; prices sit within a few price bands of
 * the reference, so the array stays small and grows only when a price falls outside it. The best level is
 * tracked and, when it empties, found by scanning towards worse prices.
 */
final class BookSide {

    private final Side side;
    private PriceLevel[] levels = new PriceLevel[0];
    private long base;
    private int best = -1;
    private int nonEmpty;

    BookSide(Side side) {
        this.side = side;
    }

    PriceLevel best() {
        return best < 0 ? null : levels[best];
    }

    boolean isEmpty() {
        return nonEmpty == 0;
    }

    /** Rests an order at the back of its price level. */
    void add(Order order) {
        int at = slot(order.priceFen);
        PriceLevel level = levels[at];
        if (level == null) {
            level = new PriceLevel(order.priceFen);
            levels[at] = level;
            nonEmpty++;
            if (best < 0 || better(at, best)) {
                best = at;
            }
        }
        level.append(order);
    }

    void remove(Order order) {
        PriceLevel level = order.level;
        level.remove(order);
        if (level.isEmpty()) {
            dropLevel(level);
        }
    }

    /** Removes an emptied level. */
    void dropLevel(PriceLevel level) {
        int at = (int) (level.priceFen - base);
        levels[at] = null;
        nonEmpty--;
        if (at == best) {
            best = nonEmpty == 0 ? -1 : nextFrom(at);
        }
    }

    /** A fill took {@code quantity} off an order in a level. */
    void reduced(PriceLevel level, long quantity) {
        level.openQuantity -= quantity;
    }

    private int nextFrom(int at) {
        int step = side == Side.BUY ? -1 : 1;
        for (int i = at + step; ; i += step) {
            if (levels[i] != null) {
                return i;
            }
        }
    }

    private boolean better(int a, int b) {
        return side == Side.BUY ? a > b : a < b;
    }

    /** The slot of {@code price}, growing the array to cover it. */
    private int slot(long price) {
        if (levels.length == 0) {
            int size = 1024;
            base = Math.max(1, price - size / 2);
            levels = new PriceLevel[size];
        }
        long offset = price - base;
        if (offset >= 0 && offset < levels.length) {
            return (int) offset;
        }
        long low = Math.min(base, price);
        long high = Math.max(base + levels.length - 1, price);
        long span = high - low + 1;
        int size = levels.length;
        while (size < span + size / 4) {
            size = Math.multiplyExact(size, 2);
        }
        long newBase = Math.max(1, low - (size - span) / 2);
        PriceLevel[] grown = new PriceLevel[size];
        int shift = (int) (base - newBase);
        System.arraycopy(levels, 0, grown, shift, levels.length);
        if (best >= 0) {
            best += shift;
        }
        levels = grown;
        base = newBase;
        return (int) (price - base);
    }

    /** The next worse level after {@code level}, or null. */
    PriceLevel after(PriceLevel level) {
        int step = side == Side.BUY ? -1 : 1;
        for (int i = (int) (level.priceFen - base) + step; i >= 0 && i < levels.length; i += step) {
            if (levels[i] != null) {
                return levels[i];
            }
        }
        return null;
    }

    /** Levels best first, at most {@code max} of them. */
    List<PriceLevel> levels(int max) {
        List<PriceLevel> result = new ArrayList<>();
        if (best < 0) {
            return result;
        }
        int step = side == Side.BUY ? -1 : 1;
        for (int i = best; i >= 0 && i < levels.length && result.size() < max; i += step) {
            if (levels[i] != null) {
                result.add(levels[i]);
            }
        }
        return result;
    }
}
