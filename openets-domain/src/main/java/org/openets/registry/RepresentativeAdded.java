package org.openets.registry;

import org.openets.core.Event;

public record RepresentativeAdded(String accountId, String actorId) implements Event {}
