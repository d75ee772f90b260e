package org.openets.exchange;

import org.openets.core.Command;

/** Halts an instrument or lifts its halt; the exchange operator or a regulator may. */
public record SetInstrumentHalt(String symbol, boolean halted, String reason) implements Command {
}
