package org.openets.registry;

import org.openets.core.Event;

public record AccountUnfrozen(String accountId, String reason, String unfrozenBy) implements Event {}
