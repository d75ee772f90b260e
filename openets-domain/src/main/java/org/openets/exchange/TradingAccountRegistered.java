package org.openets.exchange;

import org.openets.core.Event;

/** {@code ownerId} is the beneficial owner (the registry holder) used for self-trade prevention. */
public record TradingAccountRegistered(String accountId, String memberId, String ownerId) implements Event {
}
