package org.openets.exchange;

import org.openets.core.Event;

/** Every listed instrument not halted entered {@code phase} on trading day {@code epochDay} (CST). */
public record TradingPhaseChanged(long epochDay, TradingPhase phase) implements Event {
}
