package org.openets.registry;

import org.openets.core.Position;

/** One account's units of one unit code, as serial blocks per {@link Position}. */
final class UnitHolding {

    private final SerialBlocks[] byPosition = new SerialBlocks[Position.values().length];

    SerialBlocks at(Position position) {
        SerialBlocks blocks = byPosition[position.ordinal()];
        if (blocks == null) {
            blocks = new SerialBlocks();
            byPosition[position.ordinal()] = blocks;
        }
        return blocks;
    }

    long total(Position position) {
        SerialBlocks blocks = byPosition[position.ordinal()];
        return blocks == null ? 0 : blocks.total();
    }
}
