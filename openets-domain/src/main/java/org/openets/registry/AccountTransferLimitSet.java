package org.openets.registry;

import org.openets.core.Event;

/** {@code limitTonnes} 0 means no account limit. */
public record AccountTransferLimitSet(String accountId, long limitTonnes) implements Event {}
