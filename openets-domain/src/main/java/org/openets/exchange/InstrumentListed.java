package org.openets.exchange;

import org.openets.core.Event;

public record InstrumentListed(String symbol, String unit, long referencePriceFen, long lotTonnes, long maxOrderTonnes)
        implements Event {
}
