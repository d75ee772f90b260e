package org.openets.registry;

import org.openets.core.Event;

public record AccountFrozen(String accountId, String reason, String frozenBy) implements Event {}
