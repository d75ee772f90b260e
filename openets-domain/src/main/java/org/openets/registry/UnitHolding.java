package org.openets.registry;

import org.openets.core.Position;

/**
 * One account's units of one unit code, as serial blocks per {@link Position}; the trading position is a
 * quantity only, its serials being in the exchange's pool (see {@link Settlement}).
 */
final class UnitHolding {

    private final SerialBlocks[] byPosition = new SerialBlocks[Position.values().length];
    /** Tonnes in the trading position. */
    long trading;

    SerialBlocks at(Position position) {
        if (position == Position.TRADING) {
            throw new IllegalStateException("the trading position is a quantity; its serials are in the pool");
        }
        SerialBlocks blocks = byPosition[position.ordinal()];
        if (blocks == null) {
            blocks = new SerialBlocks();
            byPosition[position.ordinal()] = blocks;
        }
        return blocks;
    }

    long total(Position position) {
        if (position == Position.TRADING) {
            return trading;
        }
        SerialBlocks blocks = byPosition[position.ordinal()];
        return blocks == null ? 0 : blocks.total();
    }
}
