package org.openets.exchange;

import org.openets.core.Command;

/** Takes {@code quantity} off a resting order, keeping its time priority; at least the open quantity removes it. */
public record ReduceOrder(String orderId, long quantity) implements Command {
}
