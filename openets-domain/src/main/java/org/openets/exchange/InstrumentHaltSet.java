package org.openets.exchange;

import org.openets.core.Event;

public record InstrumentHaltSet(String symbol, boolean halted, String reason) implements Event {
}
