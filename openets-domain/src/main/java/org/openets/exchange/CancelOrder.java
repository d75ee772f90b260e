package org.openets.exchange;

import org.openets.core.Command;

public record CancelOrder(String orderId) implements Command {
}
