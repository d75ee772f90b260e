package org.openets.exchange;

import org.openets.core.Command;

/**
 * Lists an instrument for the registry unit {@code unit}, with its first reference price (the previous close
 * that the first day's price band is built on), lot and largest listed order; {@code maxOrderTonnes} 0 means
 * one tonne under the block minimum.
 */
public record ListInstrument(String symbol, String unit, long referencePriceFen, long lotTonnes, long maxOrderTonnes)
        implements Command {
}
